package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each preset with its example export gives the same deductions as the same month in the canonical CSV (issue 4). */
class PresetsTest {
    @TempDir
    Path temp;

    private Path run(String payroll, String... mapping) {
        Path out = temp.resolve(Path.of(payroll).getFileName().toString());
        String[] base = {
            "run",
            "--payroll",
            "sample-payroll/" + payroll,
            "--writs",
            "sample-payroll/writs.csv",
            "--employer",
            "sample-payroll/employer.properties",
            "--out",
            out.toString(),
            "--now",
            "2026-11-02T09:00"
        };
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(mapping))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                args,
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY));
        assertThat(exit).as(err.toString()).isZero();
        return out;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "1c-svod-2026-10.xlsx, preset:1c-svod",
        "1c-vedomost-2026-10.csv, preset:1c-vedomost",
        "kk-tabel-2026-10.xlsx, preset:kk-tabel",
        "1c-vedomost-2026-10.csv, src/main/resources/kz/ustau/mapping/1c-vedomost.properties"
    })
    void aPresetGivesTheCanonicalDeductions(String export, String mapping) throws IOException {
        Path canonical = run("payroll.csv");
        Path mapped = run(export, "--mapping", mapping);
        assertThat(Files.readString(mapped.resolve("deductions.csv")))
                .isEqualTo(Files.readString(canonical.resolve("deductions.csv")));
    }

    @Test
    void theMonthIsFoundInRussianAndKazakhTitles() {
        assertThat(MappedPayroll.periodIn("Свод начислений за октябрь 2026 г.")).contains(YearMonth.of(2026, 10));
        assertThat(MappedPayroll.periodIn("Расчетная ведомость за Май 2026")).contains(YearMonth.of(2026, 5));
        assertThat(MappedPayroll.periodIn("2026 жылғы қазан айына жалақы")).contains(YearMonth.of(2026, 10));
        assertThat(MappedPayroll.periodIn("ЖЕЛТОҚСАН 2025")).contains(YearMonth.of(2025, 12));
        assertThat(MappedPayroll.periodIn("за март 2026, наурыз")).contains(YearMonth.of(2026, 3));
        assertThat(MappedPayroll.periodIn("Ведомость без даты")).isEqualTo(Optional.empty());
    }
}
