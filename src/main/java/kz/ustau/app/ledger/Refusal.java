package kz.ustau.app.ledger;

import java.util.List;
import java.util.Locale;
import kz.ustau.app.Messages;

/**
 * Why a month command was refused (issue 13): the month's state or the order of months stands in the way, or another
 * writer is at work. Nothing was changed; the command line exits 2 with {@link #message}, the page shows it.
 */
public record Refusal(Reason reason, List<String> args) {
    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(Reason reason, Object... args) {
        return new Refusal(
                reason, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The refusal as one line in {@code language}. */
    public String message(Locale language) {
        return Messages.text(language, "month.refused." + reason.key(), args);
    }

    /** The kinds of refusal; each has its text in the message bundles. */
    public enum Reason {
        /** Another process writes to the ledger now ({0}: the ledger's location); every other reason gives the month of the step ({0}) and the month that stands in the way ({1}). */
        BUSY("busy"),
        /** The month is locked ({0}). */
        LOCKED("locked"),
        /** The month was skipped ({0}). */
        SKIPPED("skipped"),
        /** The month was never run ({0}). */
        NOT_RUN("not-run"),
        /** The month is stale ({0}) since an earlier month changed ({1}). */
        STALE("stale"),
        /** An earlier month ({1}) is not closed, so {0} cannot be run or exported. */
        EARLIER_NOT_CLOSED("earlier-not-closed"),
        /** {0} is before the ledger's first month {1}. */
        BEFORE_FIRST("before-first"),
        /** {0} is locked with another payroll. */
        CLOSED_WITH_OTHER("closed-other"),
        /** {0} has no payroll stored and none was given. */
        NEEDS_PAYROLL("needs-payroll"),
        /** {0} is neither locked nor skipped. */
        NOT_CLOSED("not-closed"),
        /** Orders were issued for {0}: it cannot be skipped. */
        ORDERS_ISSUED("orders-issued"),
        /** Four eyes (docs/bureau.md §3): {0} was run by {1}, who asks to lock it; another user locks it. */
        FOUR_EYES("four-eyes"),
        /** Four eyes: {0} cannot be run and locked in one step by one user ({1}). */
        FOUR_EYES_CLOSE("four-eyes-close");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
