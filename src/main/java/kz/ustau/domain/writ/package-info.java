/**
 * Writs of execution (атқару парағы / исполнительный лист) with the bailiff's terms, their parties and the
 * priority of their kinds (RULES §1, §4, §6; {@code priority.csv}).
 */
package kz.ustau.domain.writ;
