package kz.ustau.adapter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.ustau.cases.SampleRuns;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a letter's outgoing number is the one {@code notices.csv} registers (a bailiff's reply quotes it): the
 * sample month's letters, in both languages, printed from a real run.
 */
class OutgoingNumberTest {
    @TempDir
    Path temp;

    @Test
    void everyLetterCarriesTheNumberTheRegisterHolds() throws Exception {
        Path out = SampleRuns.sampleMonth(temp.resolve("out"), "2026-11-02T09:00");
        List<String> rows = Files.readAllLines(out.resolve("notices.csv"), StandardCharsets.UTF_8);
        assertThat(rows).hasSizeGreaterThan(1);
        for (String row : rows.subList(1, rows.size())) {
            String number = row.substring(0, row.indexOf(','));
            assertThat(number).matches("\\d{2}\\.\\d{4}/\\d+");
            String writ = row.split(",")[3];
            for (String lang : List.of("kk", "ru")) {
                try (PDDocument pdf = Loader.loadPDF(out.resolve("notices/notice-" + writ + "-" + lang + ".pdf")
                        .toFile())) {
                    assertThat(new PDFTextStripper().getText(pdf))
                            .as(writ + " " + lang)
                            .contains(number);
                }
            }
        }
    }
}
