package kz.ustau.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.ustau.app.port.MonthReports.SaidWarning;
import kz.ustau.cases.SampleRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: warnings.txt is words only, warnings.csv gives each warning its code; the page reads them back by code from
 * a month written now and from one an earlier release wrote, whose lines ended with the code.
 */
class WarningsTextTest {
    @TempDir
    Path temp;

    @Test
    void theSampleMonthsWarningsAreWordsInTheTextAndCodesInTheCsv() throws IOException {
        Path folder = temp.resolve("out");
        assertThat(SampleRuns.sampleMonth(
                        folder,
                        "2026-11-02T09:00",
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        new java.io.PrintWriter(new java.io.StringWriter())))
                .isZero();
        List<String> txt = Files.readAllLines(folder.resolve(WarningsText.FILE), StandardCharsets.UTF_8);
        List<String> csv = Files.readAllLines(folder.resolve(WarningsText.CSV), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("code,text_kk,text_ru");
        assertThat(txt).isNotEmpty().allMatch(l -> l.startsWith("[kk] ") || l.startsWith("[ru] "));
        assertThat(txt).noneMatch(l -> l.matches(".* \\[[a-z.-]+]$"));

        List<SaidWarning> kk = WarningsText.read(folder, "kk");
        List<SaidWarning> ru = WarningsText.read(folder, "ru");
        assertThat(kk).hasSize(csv.size() - 1).hasSameSizeAs(ru);
        assertThat(kk).extracting(SaidWarning::code).allMatch(c -> c.matches("[a-z][a-z.-]+"));
        assertThat(kk.stream().map(w -> "[kk] " + w.text()))
                .containsExactlyElementsOf(
                        txt.stream().filter(l -> l.startsWith("[kk] ")).toList());
        assertThat(ru.stream().map(w -> "[ru] " + w.text()))
                .containsExactlyElementsOf(
                        txt.stream().filter(l -> l.startsWith("[ru] ")).toList());
    }

    @Test
    void aFolderAnEarlierReleaseWroteIsReadByTheCodesItsLinesEndWith() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("2026-09"));
        Files.write(
                folder.resolve(WarningsText.FILE),
                List.of(
                        "[kk] 1 тапсырма кешікті [payment.late]",
                        "[ru] поручение 1 просрочено [payment.late]",
                        "[kk] жол [оқылмады]",
                        "[ru] строка без кода"),
                StandardCharsets.UTF_8);
        assertThat(WarningsText.read(folder, "ru"))
                .containsExactly(
                        new SaidWarning("payment.late", "поручение 1 просрочено"),
                        new SaidWarning("", "строка без кода"));
        assertThat(WarningsText.read(folder, "kk"))
                .containsExactly(
                        new SaidWarning("payment.late", "1 тапсырма кешікті"), new SaidWarning("", "жол [оқылмады]"));
        assertThat(WarningsText.read(temp.resolve("none"), "kk")).isEmpty();
    }
}
