/**
 * The month-by-month ledger as values (issue 13): what state each month is in, the order months must be kept in, and
 * what a corrected month still owes its payees. No SQL, no files; nothing here accepts or returns {@code null}.
 */
package kz.ustau.domain.ledger;
