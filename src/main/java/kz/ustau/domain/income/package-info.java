/** Payroll lines and the effective-dated catalogue of income codes that says which enter the base (RULES §2). */
package kz.ustau.domain.income;
