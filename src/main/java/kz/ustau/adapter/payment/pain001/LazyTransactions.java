package kz.ustau.adapter.payment.pain001;

import java.util.AbstractList;
import java.util.function.IntFunction;

/**
 * A payment block's transactions made one at a time as the marshaller reaches them, so that a pain.001 document of
 * any number of orders is written without all of its transactions in memory at once (issue 21). Written by hand
 * beside the classes generated from the ISO schema, to reach the block's list field that has no setter.
 */
public final class LazyTransactions {
    private LazyTransactions() {}

    /** Gives {@code block} {@code size} transactions, the i-th made by {@code transaction} each time it is read. */
    public static void fill(
            PaymentInstructionInformation3 block,
            int size,
            IntFunction<CreditTransferTransactionInformation10> transaction) {
        block.cdtTrfTxInf = new Made(size, transaction);
    }

    private static final class Made extends AbstractList<CreditTransferTransactionInformation10> {
        private final int size;
        private final IntFunction<CreditTransferTransactionInformation10> transaction;

        Made(int size, IntFunction<CreditTransferTransactionInformation10> transaction) {
            this.size = size;
            this.transaction = transaction;
        }

        @Override
        public CreditTransferTransactionInformation10 get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return transaction.apply(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
