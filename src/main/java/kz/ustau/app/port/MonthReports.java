package kz.ustau.app.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people read back from a month's folder on the page: the warnings in one language, one employee's explanation,
 * and the rows of the deductions, payments and notices registers by column.
 */
public interface MonthReports {
    /**
     * The month's warnings in {@code language} ({@code kk}, {@code ru}) with their codes; none when the folder has no
     * warnings file.
     */
    List<SaidWarning> warnings(Path dir, String language);

    /** One warning read back from a month's folder: its stable code (to group by) and its words in one language. */
    record SaidWarning(String code, String text) {}

    /** Whether the folder holds an explanation. */
    boolean explained(Path dir);

    /** One employee's part of the explanation. */
    Optional<String> explanation(Path dir, String employee);

    /** The rows of one of the month's registers, by column; none when the folder does not hold it. */
    List<Map<String, String>> rows(Path dir, Register register);

    /** Whether a file of the folder is in windows-1251 (the bank text formats), for its download. */
    boolean windows1251(String file);

    /** The registers of a month's folder. */
    enum Register {
        DEDUCTIONS,
        PAYMENTS,
        NOTICES,
        /** {@code employer-deductions.csv}: the employer's own deductions under the one limit (RULES §11.1). */
        EMPLOYER_CLAIMS
    }
}
