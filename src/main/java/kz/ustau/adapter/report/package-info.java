/** The month's reports for the payroll: {@code deductions.csv}, {@code explain.txt}, {@code warnings.txt}. */
package kz.ustau.adapter.report;
