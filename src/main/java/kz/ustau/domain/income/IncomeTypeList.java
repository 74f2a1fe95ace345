package kz.ustau.domain.income;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Ministry of Justice list of income that alimony is withheld from, as payroll codes (Order 372; Law art. 98;
 * RULES §2). Effective-dated: a change of the list is a new row with a later {@code valid_from}, not new code.
 */
public final class IncomeTypeList {
    public static final String FILE = "income-codes.csv";
    private final Map<String, List<IncomeType>> byCode;

    public IncomeTypeList(List<IncomeType> rows) {
        this.byCode = new TreeMap<>(rows.stream()
                .collect(Collectors.groupingBy(
                        IncomeType::code, Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                                .sorted(Comparator.comparing(IncomeType::validFrom))
                                .toList()))));
    }

    /** Whether the code is in the catalogue at all, at any date. */
    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** The row for {@code code} in force on {@code date}: the latest whose {@code valid_from} is not after it. */
    public Optional<IncomeType> on(String code, LocalDate date) {
        IncomeType found = null;
        for (IncomeType row : byCode.getOrDefault(code, List.of())) {
            if (!row.validFrom().isAfter(date)) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first date the code is valid from, if the code is known. */
    public Optional<LocalDate> firstValidFrom(String code) {
        return Optional.ofNullable(byCode.get(code)).map(list -> list.get(0).validFrom());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
