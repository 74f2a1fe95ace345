package kz.ustau.domain.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.ustau.domain.money.Tenge;

/**
 * What a month computed again still owes its payees, given what earlier orders of the same month paid (issue 13;
 * RULES §9.1). A writ now withholding more than was paid gets an order for the difference — a correction
 * («Доплата (корректировка)») when something was paid before; one now withholding less was overpaid: the overpayment is
 * recorded and reported, and never taken back from later months (MFC art. 172: alimony paid is not set off or
 * reclaimed). A pure rule over amounts.
 */
public final class Settlement {
    private Settlement() {}

    /** A writ's total withheld in the month, as computed now. */
    public record Withheld(String writId, Tenge amount) {
        public Withheld {
            Objects.requireNonNull(writId, "writId");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("withheld is never negative, got " + amount + " on " + writId);
            }
        }
    }

    /** An order to issue now: the amount still due, and whether it corrects an earlier order of the month. */
    public record Due(String writId, Tenge amount, boolean correction) {}

    /** What earlier orders of the month paid over what the month now withholds. */
    public record Overpaid(String writId, Tenge amount) {}

    /** The orders due, in the order of {@code withheld}, and the overpayments, by writ. */
    public record Result(List<Due> due, List<Overpaid> overpaid) {
        public Result {
            due = List.copyOf(due);
            overpaid = List.copyOf(overpaid);
        }
    }

    /**
     * Settles the month: {@code withheld} as computed now (one entry per writ), {@code paid} what orders already issued
     * for the month moved, by writ. A writ paid before and withholding nothing now was overpaid by all it got.
     */
    public static Result of(List<Withheld> withheld, Map<String, Tenge> paid) {
        List<Due> due = new ArrayList<>();
        List<Overpaid> overpaid = new ArrayList<>();
        Map<String, Tenge> now = new HashMap<>();
        Set<String> writs = new LinkedHashSet<>();
        for (Withheld w : withheld) {
            if (now.put(w.writId(), w.amount()) != null) {
                throw new IllegalArgumentException("writ " + w.writId() + " is withheld from twice in one month");
            }
            writs.add(w.writId());
        }
        paid.keySet().stream().sorted().forEach(writs::add);
        for (String writ : writs) {
            Tenge earlier = paid.getOrDefault(writ, Tenge.ZERO);
            Tenge difference = now.getOrDefault(writ, Tenge.ZERO).minus(earlier);
            if (difference.isPositive()) {
                due.add(new Due(writ, difference, earlier.isPositive()));
            } else if (difference.isNegative()) {
                overpaid.add(new Overpaid(writ, earlier.minus(now.getOrDefault(writ, Tenge.ZERO))));
            }
        }
        return new Result(due, overpaid);
    }
}
