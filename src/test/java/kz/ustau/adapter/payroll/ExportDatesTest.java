package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates as 1C and Excel write them in text — one-digit days and months, a time of day after the date — are the same
 * days: the sample 1C "Расчетная ведомость" rewritten so gives the same deductions; an impossible day is still refused.
 */
class ExportDatesTest {
    static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path temp;

    int run(Path payroll, String out, StringWriter err) {
        return Main.execute(
                new String[] {
                    "run",
                    "--payroll",
                    payroll.toString(),
                    "--mapping",
                    "preset:1c-vedomost",
                    "--writs",
                    "sample-payroll/writs.csv",
                    "--employer",
                    "sample-payroll/employer.properties",
                    "--out",
                    temp.resolve(out).toString(),
                    "--lang",
                    "en"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY));
    }

    @Test
    void datesWithATimeOfDayOrOneDigitPartsAreTheSameDays() throws IOException {
        Path original = Path.of("sample-payroll/1c-vedomost-2026-10.csv");
        String text = Files.readString(original, CP1251)
                .replace("05.11.2026", "5.11.2026 0:00:00")
                .replace("20.10.2026", "20.10.2026 0:00")
                .replace("30.10.2026", "2026-10-30T00:00:00");
        Path rewritten = Files.writeString(temp.resolve("vedomost.csv"), text, CP1251);
        assertThat(run(original, "a", new StringWriter())).isZero();
        StringWriter err = new StringWriter();
        assertThat(run(rewritten, "b", err)).as(err.toString()).isZero();
        assertThat(Files.readString(temp.resolve("b/deductions.csv")))
                .isEqualTo(Files.readString(temp.resolve("a/deductions.csv")));
    }

    @Test
    void anImpossibleDayIsRefusedWhateverTheTime() throws IOException {
        String text = Files.readString(Path.of("sample-payroll/1c-vedomost-2026-10.csv"), CP1251)
                .replaceFirst("05\\.11\\.2026", "31.11.2026 0:00:00");
        Path broken = Files.writeString(temp.resolve("vedomost.csv"), text, CP1251);
        StringWriter err = new StringWriter();
        assertThat(run(broken, "c", err)).isEqualTo(3);
        assertThat(err.toString()).contains("[date.no-such-day]");
    }
}
