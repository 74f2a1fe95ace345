/**
 * What the employer tells the bailiff and the debtor of one writ from the ledger (issue 16; RULES §9.1): the statement
 * of its months (выписка / үзінді), the reply to a bailiff's request for information (Law art. 100) and the certificate
 * of arrears for the employee (Law art. 33(4)(2)).
 */
package kz.ustau.app.statement;
