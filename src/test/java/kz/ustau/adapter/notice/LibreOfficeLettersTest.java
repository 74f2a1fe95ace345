package kz.ustau.adapter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.ustau.cases.Documents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DOCX letters rendered by a reader that is not ours (issue 14): LibreOffice headless, from Debian's
 * {@code libreoffice-writer-nogui} ({@code .ci/run} installs it; this test runs
 * where {@code /usr/bin/soffice} is), converts every letter — the sample month's written late, and every golden one
 * of the cases — to PDF, all in one start of LibreOffice: every page is A4, and its words are the words of Ustau's own
 * PDF of the same letter (the signature rules aside: lines in our PDF, underscores in the DOCX).
 */
@org.junit.jupiter.api.condition.EnabledIf(
        value = "kz.ustau.TestEnvironment#hasLibreOffice",
        disabledReason = "no /usr/bin/soffice: apt-get install libreoffice-writer-nogui")
class LibreOfficeLettersTest {
    @TempDir
    static Path temp;

    /** Each letter, by the name it is converted under, and the PDF LibreOffice made of it. */
    static final Map<Path, Path> CONVERTED = new LinkedHashMap<>();

    @BeforeAll
    static void convertAllAtOnce() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path outDir = Files.createDirectories(temp.resolve("out"));
        List<String> command = new ArrayList<>(List.of(
                "/usr/bin/soffice",
                "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                outDir.toString()));
        int n = 0;
        try (Stream<Path> letters = DocxLettersTest.docxFiles()) {
            for (Path docx : letters.toList()) {
                String name = String.format("%02d-%s", n++, docx.getFileName());
                Path copy = Files.copy(docx, in.resolve(name));
                command.add(copy.toString());
                CONVERTED.put(docx, outDir.resolve(name.replace(".docx", ".pdf")));
            }
        }
        Path log = temp.resolve("soffice.log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice: %s", Files.readString(log)).isZero();
    }

    static Stream<Path> docxFiles() throws IOException {
        return DocxLettersTest.docxFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docxFiles")
    void libreOfficeOpensTheLetterOnA4WithTheTextOfThePdf(Path docx) throws Exception {
        Path pdf = CONVERTED.get(docx);
        assertThat(pdf).as("LibreOffice's PDF of %s", docx).isNotNull().exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 3);
            for (PDPage page : doc.getPages()) {
                // A4 is 595.28 × 841.89 points
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, Offset.offset(1f));
            }
        }
        Path ours = docx.resolveSibling(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertThat(words(pdf)).isEqualTo(words(ours));
    }

    /** The words of a PDF's text, sorted: the layouts (lines, spaces) differ, the text does not. */
    static List<String> words(Path pdf) throws IOException {
        String text = String.join(" ", Documents.pdfPages(Files.readAllBytes(pdf)))
                .replaceAll("[\\u00A0\\u2007\\u202F]", " ")
                // a layout may break a line after a hyphen (2-/N3/24): the hyphen ends a word on both sides
                .replace("-", "- ");
        return Arrays.stream(text.split("\\s+"))
                .filter(w -> !w.isEmpty() && !w.matches("_+"))
                .sorted()
                .toList();
    }
}
