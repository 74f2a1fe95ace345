package kz.ustau.domain.writ;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of claim and its place in the order of Law arts. 110–112 (RULES §1, §6; one row of {@code priority.csv}):
 * its queue (1–5), whether it asks for a sum every month (periodic) and whether it is protected from the
 * subsistence-minimum rule (Law art. 95(1)).
 */
public record WritKind(String code, int queue, boolean periodic, boolean protectedKind, String basis) {
    /** Alimony (алимент / алименты): the support kinds of RULES §1, indexed to the MRP and paid with their own KNP. */
    private static final Set<String> SUPPORT = Set.of("CHILD_SUPPORT", "SPOUSE_SUPPORT", "RELATIVE_SUPPORT");

    public WritKind {
        Objects.requireNonNull(code, "code");
        if (queue < 1 || queue > 5) {
            throw new IllegalArgumentException("a queue is 1 to 5, got " + queue + " for " + code);
        }
    }

    /** Whether this is alimony (RULES §1: child, spouse or relative support). */
    public boolean isSupport() {
        return isSupport(code);
    }

    /** Whether a kind's code is alimony's (RULES §1). */
    public static boolean isSupport(String code) {
        return SUPPORT.contains(code);
    }
}
