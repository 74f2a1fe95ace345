/**
 * The month-by-month ledger's use cases (issue 13): a month run, exported, closed, reopened or skipped, always in the
 * order of months, one writer at a time, its files published from what the ledger committed. Over the ports
 * {@link kz.ustau.app.port.Ledger}, {@link kz.ustau.app.port.WritRegistry} and {@link kz.ustau.app.port.MonthFiles};
 * nothing here accepts or returns null.
 */
package kz.ustau.app.ledger;
