package kz.ustau.domain.writ;

import java.math.BigDecimal;
import java.util.Objects;
import kz.ustau.domain.money.Tenge;

/** A fixed monthly sum of a writ (тұрақты ақша сомасы / твердая денежная сумма), in tenge or in MRP (RULES §4). */
public sealed interface FixedSum {
    /** A sum in tenge; for alimony it is indexed to the MRP (MFC art. 173). */
    record InTenge(Tenge perMonth) implements FixedSum {
        public InTenge {
            if (!perMonth.isPositive()) {
                throw new IllegalArgumentException("a fixed sum is positive, got " + perMonth);
            }
        }
    }

    /** A multiple of the MRP, re-valued by the MRP in force in the period. */
    record InMrp(BigDecimal multiple) implements FixedSum {
        public InMrp {
            Objects.requireNonNull(multiple, "multiple");
            if (multiple.signum() <= 0) {
                throw new IllegalArgumentException("an MRP multiple is positive, got " + multiple);
            }
        }
    }
}
