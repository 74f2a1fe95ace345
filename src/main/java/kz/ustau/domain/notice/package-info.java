/**
 * Letters the employer owes the bailiff: the notice of a debtor's dismissal (Law art. 93(4); MFC art. 167(1)) and the
 * letter returning a writ that has ended (RULES §7, §9).
 */
package kz.ustau.domain.notice;
