package kz.ustau.app;

import java.util.Objects;
import kz.ustau.domain.income.IncomeTypeList;
import kz.ustau.domain.reference.BankDirectory;
import kz.ustau.domain.reference.MrpTable;
import kz.ustau.domain.reference.WorkingCalendar;
import kz.ustau.domain.writ.PriorityTable;

/** The reference tables of a run (RULES §11): built in, or replaced file by file with {@code --tables DIR}. */
public record ReferenceTables(
        MrpTable mrp,
        WorkingCalendar calendar,
        IncomeTypeList incomeTypes,
        PriorityTable priority,
        BankDirectory banks) {
    public ReferenceTables {
        Objects.requireNonNull(mrp, "mrp");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(incomeTypes, "incomeTypes");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(banks, "banks");
    }
}
