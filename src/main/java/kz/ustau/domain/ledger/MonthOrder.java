package kz.ustau.domain.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order the ledger's months are kept in (issue 13; RULES §4: every writ's debt carries from one month into the
 * next, so a month computed before the one it follows is closed starts from a debt that is not yet true). The ledger
 * is a run of consecutive months from its first: a month may be computed only when every earlier month of the ledger
 * is closed — locked, or skipped with a reason recorded —, exported only when it is not stale, and reopening a month
 * makes every later month that is not skipped stale, to be computed again in order. A pure rule: the caller gives the
 * ledger as it is and gets a verdict naming the month that stands in the way.
 */
public final class MonthOrder {
    private MonthOrder() {}

    /** Why a step on a month is refused; the verdict names the month concerned. */
    public enum Refusal {
        /** An earlier month of the ledger is not closed (never run, open or stale): the verdict names it. */
        EARLIER_NOT_CLOSED,
        /** The month is before the ledger's first month, whose debts were the writs' own: the verdict names the first. */
        BEFORE_FIRST,
        /** The month is locked: it must be reopened (with a reason) before it changes. */
        LOCKED,
        /** The month was skipped: it must be reopened before it is computed. */
        SKIPPED,
        /** The month was never computed. */
        NOT_RUN,
        /** The month was computed from an earlier month that has changed since: the verdict names that month. */
        STALE,
        /** The month is neither locked nor skipped: there is nothing to reopen. */
        NOT_CLOSED,
        /** Orders were issued for the month: it cannot be skipped, its money has gone out. */
        ORDERS_ISSUED
    }

    /** What the rule says of a step. */
    public sealed interface Verdict {
        /** The step may be taken. */
        record Allowed() implements Verdict {}

        /** The step is refused, for {@code why}, because of {@code month}. */
        record Refused(Refusal why, YearMonth month) implements Verdict {}

        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    private static final Verdict ALLOWED = new Verdict.Allowed();

    /** Whether {@code period} may be computed and stored (month run, month close): never over a locked month. */
    public static Verdict toRun(List<LedgerMonth> ledger, YearMonth period) {
        Optional<LedgerMonth> month = find(ledger, period);
        if (month.isPresent() && month.get().status() == MonthStatus.LOCKED) {
            return new Verdict.Refused(Refusal.LOCKED, period);
        }
        if (month.isPresent() && month.get().status() == MonthStatus.SKIPPED) {
            return new Verdict.Refused(Refusal.SKIPPED, period);
        }
        return earlierClosed(ledger, period);
    }

    /**
     * Whether {@code period}'s stored figures may be exported (its orders issued, the month locked): it was computed,
     * is not stale, and every earlier month is closed. A locked month may be exported again (the same files).
     */
    public static Verdict toExport(List<LedgerMonth> ledger, YearMonth period) {
        Optional<LedgerMonth> month = find(ledger, period);
        if (month.isEmpty()) {
            return new Verdict.Refused(Refusal.NOT_RUN, period);
        }
        return switch (month.get().status()) {
            case LOCKED -> ALLOWED;
            case SKIPPED -> new Verdict.Refused(Refusal.SKIPPED, period);
            case STALE -> new Verdict.Refused(
                    Refusal.STALE, month.get().staleSince().orElseThrow());
            case OPEN -> earlierClosed(ledger, period);
        };
    }

    /** Whether {@code period} may be skipped: not locked, no order ever issued for it, every earlier month closed. */
    public static Verdict toSkip(List<LedgerMonth> ledger, YearMonth period) {
        Optional<LedgerMonth> month = find(ledger, period);
        if (month.isPresent() && month.get().status() == MonthStatus.LOCKED) {
            return new Verdict.Refused(Refusal.LOCKED, period);
        }
        if (month.isPresent() && month.get().ordersIssued()) {
            return new Verdict.Refused(Refusal.ORDERS_ISSUED, period);
        }
        return earlierClosed(ledger, period);
    }

    /** Whether {@code period} may be reopened: it is locked or skipped. */
    public static Verdict toReopen(List<LedgerMonth> ledger, YearMonth period) {
        Optional<LedgerMonth> month = find(ledger, period);
        if (month.isEmpty()) {
            return new Verdict.Refused(Refusal.NOT_RUN, period);
        }
        return month.get().status().closed() ? ALLOWED : new Verdict.Refused(Refusal.NOT_CLOSED, period);
    }

    /**
     * The later months that a change of {@code changed} makes stale: every one that is open or locked, and every stale
     * one whose cause is later than {@code changed} (the earliest cause is the one to name). Skipped months stay
     * skipped: they hold no figures.
     */
    public static List<YearMonth> madeStale(List<LedgerMonth> ledger, YearMonth changed) {
        List<YearMonth> out = new ArrayList<>();
        for (LedgerMonth m : sorted(ledger)) {
            if (!m.period().isAfter(changed)) {
                continue;
            }
            boolean figures = m.status() == MonthStatus.OPEN || m.status() == MonthStatus.LOCKED;
            boolean laterCause = m.status() == MonthStatus.STALE
                    && m.staleSince().orElseThrow().isAfter(changed);
            if (figures || laterCause) {
                out.add(m.period());
            }
        }
        return out;
    }

    private static Verdict earlierClosed(List<LedgerMonth> ledger, YearMonth period) {
        List<LedgerMonth> months = sorted(ledger);
        if (months.isEmpty()) {
            return ALLOWED;
        }
        YearMonth first = months.get(0).period();
        if (period.isBefore(first)) {
            return new Verdict.Refused(Refusal.BEFORE_FIRST, first);
        }
        for (YearMonth m = first; m.isBefore(period); m = m.plusMonths(1)) {
            Optional<LedgerMonth> earlier = find(months, m);
            if (earlier.isEmpty() || !earlier.get().status().closed()) {
                return new Verdict.Refused(Refusal.EARLIER_NOT_CLOSED, m);
            }
        }
        return ALLOWED;
    }

    private static Optional<LedgerMonth> find(List<LedgerMonth> ledger, YearMonth period) {
        return ledger.stream().filter(m -> m.period().equals(period)).findFirst();
    }

    private static List<LedgerMonth> sorted(List<LedgerMonth> ledger) {
        return ledger.stream().sorted(Comparator.comparing(LedgerMonth::period)).toList();
    }
}
