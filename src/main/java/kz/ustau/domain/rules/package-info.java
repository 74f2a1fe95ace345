/**
 * The rules of withholding, one class each, named for what the law says: the base, the demand of a writ, the
 * half-of-base cap, the subsistence minimum, the order of queues and the pro-rata split, the deadlines and the late
 * penalty (RULES §3–§7). Each class cites its article and RULES section; {@link kz.ustau.domain.rules.DeductionCalculator}
 * puts them together for one debtor and one month.
 */
package kz.ustau.domain.rules;
