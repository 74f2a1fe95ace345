package kz.ustau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder of {@code src/test/resources/cases} end to end through the command line: its inputs, its
 * {@code case.properties} (extra {@code args}, the {@code exit} status, other input files), and {@code expected/}: each
 * output file byte for byte, {@code stderr.txt} for what the run printed there, and no other output file. A new case
 * is a new folder; its {@code README.md} says what it shows.
 */
class CasesTest {
    static final Path CASES = Path.of("src/test/resources/cases");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runsAsExpected(String name) throws IOException {
        Path dir = CASES.resolve(name);
        assertThat(dir.resolve("README.md")).as("every case says what it shows").exists();
        Properties props = new Properties();
        Path propsFile = dir.resolve("case.properties");
        if (Files.exists(propsFile)) {
            try (var r = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
                props.load(r);
            }
        }
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--payroll",
                props.getProperty("payroll", dir.resolve("payroll.csv").toString()),
                "--writs",
                props.getProperty("writs", dir.resolve("writs.csv").toString()),
                "--employer",
                props.getProperty("employer", employer(dir)),
                "--out",
                out.toString(),
                "--now",
                props.getProperty("now", "2026-03-06T10:00")));
        String extra = props.getProperty("args", "").strip();
        if (!extra.isEmpty()) {
            args.addAll(Arrays.asList(extra.split("\\s+")));
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.execute(
                args.toArray(String[]::new),
                new PrintWriter(stdout),
                new PrintWriter(stderr),
                Clock.fixed(Instant.parse("2026-03-06T05:00:00Z"), Main.ALMATY));
        int expectedExit = Integer.parseInt(props.getProperty("exit", "0"));
        assertThat(exit).as("exit status; stderr:%n%s", stderr).isEqualTo(expectedExit);

        Path expected = dir.resolve("expected");
        List<AssertionError> failures = new ArrayList<>();
        check(
                failures,
                stderr.toString().replace(out.toString(), "OUT").getBytes(StandardCharsets.UTF_8),
                expected.resolve("stderr.txt"));
        if (expectedExit != 0) {
            assertThat(out).as("with exit %d DIR is not created", exit).doesNotExist();
        } else {
            List<String> written = files(out);
            for (String file : written) {
                if (file.endsWith(".xml") || file.endsWith(".pdf") || file.endsWith(".docx")) {
                    try {
                        if (file.endsWith(".xml")) {
                            Xml.assertValidAndSimilar(out.resolve(file), expected.resolve(file));
                        } else {
                            Documents.assertSame(out.resolve(file), expected.resolve(file));
                        }
                    } catch (AssertionError e) {
                        failures.add(e);
                    }
                } else {
                    check(failures, Files.readAllBytes(out.resolve(file)), expected.resolve(file));
                }
            }
            List<String> wanted = files(expected).stream()
                    .filter(f -> !f.equals("stderr.txt"))
                    .toList();
            assertThat(written).as("output files").containsExactlyInAnyOrderElementsOf(wanted);
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** Compares every file before failing, so that one update run rewrites them all. */
    private static void check(List<AssertionError> failures, byte[] actual, Path expected) throws IOException {
        try {
            Golden.assertBytesMatch(actual, expected);
        } catch (AssertionError e) {
            failures.add(e);
        }
    }

    private static String employer(Path dir) {
        Path own = dir.resolve("employer.properties");
        return Files.exists(own)
                ? own.toString()
                : CASES.resolve("employer.properties").toString();
    }

    private static List<String> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
