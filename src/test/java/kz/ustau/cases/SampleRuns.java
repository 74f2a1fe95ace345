package kz.ustau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.ustau.cli.Main;

/** The command line as the tests run it: the sample month written on a given day, or any command in a second JVM. */
public final class SampleRuns {
    private SampleRuns() {}

    /** {@code run} on {@code sample-payroll/} into {@code out}, written at {@code now} (Almaty); it must succeed. */
    public static Path sampleMonth(Path out, String now) {
        int exit = sampleMonth(out, now, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        return out;
    }

    /** The same with {@code more} options ({@code --lang ru}), what it says going to {@code said} and {@code err}. */
    public static int sampleMonth(Path out, String now, PrintWriter said, PrintWriter err, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--payroll",
                "sample-payroll/payroll.csv",
                "--writs",
                "sample-payroll/writs.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out.toString(),
                "--now",
                now));
        args.addAll(List.of(more));
        return Main.execute(
                args.toArray(String[]::new),
                said,
                err,
                Clock.fixed(LocalDateTime.parse(now).atZone(Main.ALMATY).toInstant(), Main.ALMATY));
    }

    /** The command line in a JVM of its own, with {@code jvmOptions} ({@code -Xmx64m}), stdout and stderr merged. */
    public static ProcessBuilder secondJvm(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
