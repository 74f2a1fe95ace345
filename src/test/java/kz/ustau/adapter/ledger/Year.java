package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.UnaryOperator;

/**
 * A year of a small company, October 2026 to September 2027 (issue 5, issue 13): five employees, five writs — a pay
 * rise, a hire, a dismissal, the MRP of 1 January, a writ that ends with arrears, a cap that binds for seven months and
 * then frees. Bases are the salaries (no taxes) so that the arithmetic stays readable.
 */
public final class Year {
    public static final String WRIT_HEADER = "writ_id,debtor_iin,kind,share,fixed_amount,fixed_unit,children,"
            + "start_period,end_period,debt,claimant_name,claimant_iin,claimant_iban,claimant_bic,bailiff_name,"
            + "case_number,writ_number,writ_date\n";
    static final String CLAIMANT = "Сейтқалиева Дина Маратқызы,900303460005,KZ90601A100000000001,HSBKKZKX,"
            + "Жеке сот орындаушысы Тұрсынов А.Б.";
    static final String A = "880514312008";
    static final String B = "910228322104";
    static final String C = "930711444106";
    static final String D = "850101333001";
    static final String E = "790930355204";
    /** The first month of the year. */
    public static final YearMonth FIRST = YearMonth.of(2026, 10);

    private final Path dir;

    public Year(Path dir) {
        this.dir = dir;
    }

    /** The five writs. */
    public Path writs() throws IOException {
        return Files.writeString(
                dir.resolve("writs.csv"),
                WRIT_HEADER
                        + "A1," + A + ",CHILD_SUPPORT,1/4,,,1,2026-01,,," + CLAIMANT + ",A1-26,2-A1/26,2026-01-10\n"
                        + "B1," + B + ",CHILD_SUPPORT,1/3,,,2,2023-05,,," + CLAIMANT + ",B1-23,2-B1/23,2023-05-10\n"
                        + "B2," + B + ",CHILD_SUPPORT,1/4,,,1,2024-02,2027-04,," + CLAIMANT
                        + ",B2-24,2-B2/24,2024-02-01\n"
                        + "C1," + C + ",SPOUSE_SUPPORT,,10,MRP,,2025-01,,," + CLAIMANT + ",C1-25,2-C1/25,2025-01-15\n"
                        + "D1," + D + ",CHILD_SUPPORT,1/4,,,1,2026-01,,," + CLAIMANT + ",D1-26,2-D1/26,2026-01-20\n");
    }

    /** The tables with test figures for 2027 (an MRP of 4 500). */
    public Path tables() throws IOException {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(
                tables.resolve("mrp.csv"),
                Files.readString(Path.of("src/main/resources/kz/ustau/tables/mrp.csv"))
                        + "2027-01-01,4500,53000,90000,test figures\n");
        return tables;
    }

    /** The month of the year ({@code n} from 1 for October 2026). */
    public static YearMonth month(int n) {
        return FIRST.plusMonths(n - 1);
    }

    /** The payroll of month {@code n} (1 = October 2026). */
    public Path payroll(int n) throws IOException {
        return payroll(n, UnaryOperator.identity(), "payroll-");
    }

    /** The payroll of month {@code n} with its text changed by {@code edit}, saved under {@code prefix}. */
    public Path payroll(int n, UnaryOperator<String> edit, String prefix) throws IOException {
        YearMonth m = month(n);
        StringBuilder sb = new StringBuilder("employee_id,iin,full_name,period,pay_date,code,amount,dismissal_date\n");
        sb.append(line("T01", A, "Сейтқали Ерлан Бақытұлы", m, "SALARY", n <= 4 ? "400000.00" : "500000.00", ""));
        sb.append(line("T02", B, "Иванов Сергей Петрович", m, "SALARY", n <= 7 ? "300000.00" : "1200000.00", ""));
        sb.append(line("T03", C, "Ахметова Әйгерім Қайратқызы", m, "SALARY", "200000.00", ""));
        if (n >= 3 && n <= 6) {
            sb.append(
                    line("T04", D, "Жұмабеков Нұрлан Серікұлы", m, "SALARY", "240000.00", n == 6 ? "2027-03-20" : ""));
        }
        sb.append(line("T05", E, "Ким Виктор Александрович", m, "SALARY", "350000.00", ""));
        return Files.writeString(dir.resolve(prefix + m + ".csv"), edit.apply(sb.toString()));
    }

    /** The time a month is closed at: the 3rd of the next month, before its transfers are due. */
    public static String closedAt(YearMonth m) {
        return m.plusMonths(1).atDay(3) + "T09:00";
    }

    private static String line(
            String id, String iin, String name, YearMonth m, String code, String amount, String dismissal) {
        String pay = m.plusMonths(1).atDay(5).toString();
        return String.join(",", id, iin, name, m.toString(), pay, code, amount, dismissal) + "\n";
    }
}
