/**
 * The effective-dated reference tables the rules read (RULES §11): MRP and subsistence minimum, the income
 * catalogue, the priority of writ kinds, banks, and the working-day calendar. A date outside a table is refused
 * with {@link kz.ustau.domain.reference.OutsideTableException}, which names the table to extend.
 */
package kz.ustau.domain.reference;
