/** Payroll sources: the canonical CSV of CONTRACT §4.1 (other layouts come through a mapping). */
package kz.ustau.adapter.payroll;
