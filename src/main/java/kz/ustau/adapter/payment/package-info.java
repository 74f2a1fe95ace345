/**
 * Payment orders in the files banks and accounting software take (CONTRACT §5.2–§5.3; RULES §8): the register
 * {@code payments.csv}, the 1CClientBankExchange text, the National Bank's MT100 text and ISO 20022 pain.001.001.03.
 * Each writer translates the same {@link kz.ustau.domain.payment.PaymentOrder}s and nothing else.
 */
package kz.ustau.adapter.payment;
