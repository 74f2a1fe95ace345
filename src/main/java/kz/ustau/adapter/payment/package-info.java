/** Payment orders in the files banks and accountants take: the register {@code payments.csv} (CONTRACT §5.2). */
package kz.ustau.adapter.payment;
