package kz.ustau.domain.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The MRP, subsistence minimum and minimum wage in force on a date (RULES §4, §5.2, §11; {@code mrp.csv}). A row
 * holds from its date until the next row; the last row only to the end of its year, because the MRP is set anew by
 * each year's budget law.
 */
public final class MrpTable {
    public static final String FILE = "mrp.csv";
    private final List<MrpRate> rows;

    public MrpTable(List<MrpRate> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("an MRP table needs at least one row");
        }
        this.rows = rows.stream().sorted(Comparator.comparing(MrpRate::from)).toList();
        for (int i = 1; i < this.rows.size(); i++) {
            if (this.rows.get(i).from().equals(this.rows.get(i - 1).from())) {
                throw new IllegalArgumentException(
                        "two MRP rows from " + this.rows.get(i).from());
            }
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    /** The first day the table covers. */
    public LocalDate first() {
        return rows.get(0).from();
    }

    /** The last day the table covers: 31 December of the year of its last row. */
    public LocalDate last() {
        return LocalDate.of(rows.get(rows.size() - 1).from().getYear(), 12, 31);
    }

    /** The row in force on {@code date}. */
    public MrpRate on(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideTableException(FILE, date, missing(date));
        }
        MrpRate found = rows.get(0);
        for (MrpRate row : rows) {
            if (!row.from().isAfter(date)) {
                found = row;
            }
        }
        return found;
    }

    /** What to tell the user when {@code date} is outside the table. */
    public String missing(LocalDate date) {
        return "no MRP for " + date + ": add the " + date.getYear() + " row to " + FILE;
    }

    public List<MrpRate> rows() {
        return rows;
    }
}
