package kz.ustau.domain.writ;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.id.IdNumber;

/**
 * The debtor (борышкер / должник): an employee, known by IIN. Writs follow the person, not the post, so several
 * personnel numbers with one IIN are one debtor; outputs name the smallest of them (CONTRACT §4.1).
 */
public record Debtor(
        IdNumber iin,
        String fullName,
        List<String> employeeIds,
        Optional<LocalDate> dismissalDate,
        Optional<String> newEmployer,
        Optional<String> newAddress) {
    public Debtor {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(fullName, "fullName");
        if (employeeIds.isEmpty()) {
            throw new IllegalArgumentException("a debtor has at least one personnel number");
        }
        employeeIds = employeeIds.stream().distinct().sorted().toList();
    }

    /** The personnel number the outputs name: the smallest, compared as text. */
    public String employeeId() {
        return employeeIds.get(0);
    }

    /** {@code Surname N. P.}, as a payment purpose names the payer (RULES §8). */
    public String shortName() {
        String[] parts = fullName.strip().split("\\s+");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(' ').appendCodePoint(parts[i].codePointAt(0)).append('.');
        }
        return sb.toString();
    }
}
