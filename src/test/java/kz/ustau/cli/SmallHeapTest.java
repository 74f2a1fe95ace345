package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.ustau.domain.id.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bound, proved where CI can see it (issue 21): a 200,000-line month of 25,000 employees, a writ for every
 * sixth (4,167 debtors, an explain.txt of 21 MB), run by the command line in a JVM of its own with {@code -Xmx64m}.
 * Before explain.txt was streamed to its file it was built whole in memory, and this month ran out of heap.
 */
class SmallHeapTest {
    static final String[] CODES = {
        "SALARY,350000.00", "BONUS,50000.00", "BUSINESS_TRIP,30000.00", "ADVANCE,140000.00",
        "OPV,40000.00", "VOSMS,8000.00", "IPN,22225.00", "OPVR,12250.00"
    };

    @TempDir
    Path temp;

    /** The {@code n}-th of distinct valid IINs: born 1980–1998, a man of the 20th century, a serial number. */
    static String iin(int n) {
        for (int serial = n * 3; ; serial++) {
            String eleven = "%02d%02d%02d3%04d"
                    .formatted(80 + n % 19, 1 + n / 19 % 12, 1 + n / 228 % 28, serial % 10000)
                    .substring(0, 11);
            int check = IdNumber.checkDigit(eleven);
            if (check < 10) {
                return eleven + check;
            }
        }
    }

    /**
     * A canonical payroll of {@code employees} with eight lines each, and a child-support writ for every
     * {@code writEvery}-th of them.
     */
    static void writeMonth(Path payroll, Path writs, int employees, int writEvery) throws IOException {
        List<String> iins = new ArrayList<>();
        try (BufferedWriter p = Files.newBufferedWriter(payroll, StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(writs, StandardCharsets.UTF_8)) {
            p.write("employee_id,iin,full_name,period,pay_date,code,amount,dismissal_date,new_employer,new_address\n");
            w.write("writ_id,debtor_iin,kind,share,start_period,claimant_name,claimant_iin,claimant_iban,claimant_bic,"
                    + "bailiff_name,case_number,writ_date\n");
            for (int e = 0; e < employees; e++) {
                String iin = iin(e);
                iins.add(iin);
                for (String code : CODES) {
                    p.write("E%07d,%s,Сейтқали Ерлан Бақытұлы,2026-10,2026-11-05,%s,,,\n".formatted(e, iin, code));
                }
                if (e % writEvery == 0) {
                    w.write(("W%07d,%s,CHILD_SUPPORT,1/4,2025-01,Сейтқалиева Дина Маратқызы,900303460005,"
                                    + "KZ90601A100000000001,HSBKKZKX,Тұрсынов А.Б.,02-%d-2025,2025-01-15\n")
                            .formatted(e, iin, e));
                }
            }
        }
        assertThat(iins.stream().distinct().count()).isEqualTo(employees);
    }

    @Test
    void aMonthOfFourThousandDebtorsRunsInSixtyFourMegabytes() throws Exception {
        int employees = 25_000;
        int writEvery = 6;
        Path payroll = temp.resolve("payroll.csv");
        Path writs = temp.resolve("writs.csv");
        writeMonth(payroll, writs, employees, writEvery);

        Path out = temp.resolve("out");
        ProcessBuilder command = kz.ustau.cases.SampleRuns.secondJvm(
                List.of("-Xmx64m"),
                "run",
                "--payroll",
                payroll.toString(),
                "--writs",
                writs.toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out.toString(),
                "--now",
                "2026-11-02T09:00",
                "--lang",
                "kk,ru");
        Path log = temp.resolve("log.txt");
        Process run = command.redirectOutput(log.toFile()).start();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log);
        assertThat(run.exitValue())
                .as(printed.length() > 4000 ? printed.substring(0, 4000) : printed)
                .isZero();
        assertThat(printed).doesNotContain("OutOfMemoryError");
        assertThat(Files.lines(out.resolve("payments.csv")).count())
                .isEqualTo(1 + (employees + writEvery - 1) / writEvery);
        assertThat(Files.size(out.resolve("explain.txt"))).isGreaterThan(15_000_000L);
    }
}
