package kz.ustau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.ustau.domain.id.IdNumber;

/** A generated canonical month of many employees and writs, for the tests of large months (issue 21). */
public final class GeneratedMonth {
    private GeneratedMonth() {}

    public static final String[] CODES = {
        "SALARY,350000.00", "BONUS,50000.00", "BUSINESS_TRIP,30000.00", "ADVANCE,140000.00",
        "OPV,40000.00", "VOSMS,8000.00", "IPN,22225.00", "OPVR,12250.00"
    };

    /** The {@code n}-th of distinct valid IINs: born 1980–1998, a man of the 20th century, a serial number. */
    public static String iin(int n) {
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
    public static void write(Path payroll, Path writs, int employees, int writEvery) throws IOException {
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
}
