package kz.ustau.app.port;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.ledger.Actor;
import kz.ustau.app.ledger.AuditEvent;
import kz.ustau.app.ledger.LedgerBusyException;
import kz.ustau.app.ledger.MonthRecord;
import kz.ustau.app.ledger.Publication;
import kz.ustau.app.ledger.StagedFile;
import kz.ustau.app.ledger.StoredPayroll;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.MonthEvent;
import kz.ustau.domain.ledger.MonthStatus;
import kz.ustau.domain.ledger.Overpayment;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.DebtorMonth;

/**
 * The month-by-month ledger and the writ registry beside it (issue 5, issue 13), as one database. Every change is one
 * transaction under the ledger's single-writer lock: it commits whole when the work returns and leaves nothing when it
 * throws, and a second writer is refused at once ({@link LedgerBusyException}), never made to wait or to fail halfway.
 * Readers see committed months only.
 */
public interface Ledger extends AutoCloseable {
    /** Where the ledger is, for messages: a folder, or a server without its password. */
    String location();

    /**
     * The employer whose rows an earlier release kept without a BIN and which the last write filed under the named
     * employer (its BIN masked), said once: empty before and after (issue 18).
     */
    default Optional<String> claimed() {
        return Optional.empty();
    }

    /**
     * The same ledger, whose writes the audit trail records as {@code actor}'s (issue 18, docs/bureau.md §4): the page
     * gives each request its user and address; a command's ledger is its user's on its host from the start.
     */
    Ledger as(Actor actor);

    /** Who this ledger's writes are recorded as. */
    Actor actor();

    /**
     * Records a step that changes nothing else (a login, a failed one, a logout, a new password) in the audit trail as
     * {@link #actor()}'s, in a write transaction of its own.
     */
    default void record(String action, String subject, String detail, LocalDateTime at)
            throws LedgerBusyException, IOException, InvalidInputException {
        write(tx -> {
            tx.record(action, subject, detail, at);
            return null;
        });
    }

    /** Runs {@code work} in one write transaction; commits when it returns, rolls back when it throws. */
    <T> T write(Work<T> work) throws LedgerBusyException, IOException, InvalidInputException;

    /** Runs {@code work} on the committed ledger, changing nothing. */
    <T> T read(Work<T> work) throws IOException, InvalidInputException;

    @Override
    void close() throws IOException;

    /** What runs inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T in(Transaction tx) throws IOException, InvalidInputException;
    }

    /** The ledger inside one transaction. */
    interface Transaction {
        /** The registry, in the same transaction. */
        WritRegistry writs();

        /** The page's accounts, in the same transaction; roles are this transaction's employer's. */
        Accounts accounts();

        /** The BIN of the employer whose rows this transaction reads and writes ('' for one not yet named). */
        String employer();

        /**
         * Adds a step to the audit trail as the transaction's actor's. Every writ's and month's event is recorded there
         * by the ledger itself; this is for the steps that change nothing else.
         */
        void record(String action, String subject, String detail, LocalDateTime at) throws IOException;

        /**
         * The audit trail, oldest first: of {@code subject} (a writ's id, a month) or of everything when it is empty,
         * from {@code from} (inclusive) to {@code to} (exclusive), each when given.
         */
        List<AuditEvent> audit(Optional<String> subject, Optional<LocalDateTime> from, Optional<LocalDateTime> to)
                throws IOException;

        /** Every month the ledger holds, in order. */
        List<LedgerMonth> months() throws IOException;

        Optional<MonthRecord> month(YearMonth period) throws IOException;

        /**
         * Stores a computed month: every writ's line replaces the month's lines, the month takes {@code status}
         * (OPEN after a run, LOCKED after an export), no longer stale, its note cleared.
         */
        void saveMonth(
                YearMonth period,
                MonthStatus status,
                String payrollDigest,
                Iterable<DebtorMonth> debtors,
                LocalDateTime at)
                throws IOException;

        /** Sets a month's state (a month that is not there yet is added without lines: a skipped month). */
        void status(
                YearMonth period,
                MonthStatus status,
                Optional<YearMonth> staleSince,
                Optional<String> note,
                LocalDateTime at)
                throws IOException;

        void event(YearMonth period, MonthEvent event, String detail, LocalDateTime at) throws IOException;

        /** Each writ's debt after the latest stored month before {@code period}. */
        Map<String, Tenge> debtsBefore(YearMonth period) throws IOException;

        /** Every writ's line of a month, by employee then writ. */
        List<WritLine> lines(YearMonth period) throws IOException;

        /**
         * What locked months before {@code period} withheld and held because the writ gave no account (RULES §11.1),
         * and is still unpaid, by month then writ.
         */
        List<kz.ustau.app.ledger.HeldMoney> held(YearMonth period) throws IOException;

        /** Every stored month of a writ, in order. */
        List<WritLine> history(String writId) throws IOException;

        /** Records the month's payroll files whole (replacing what was recorded), streamed, never whole in memory. */
        void savePayroll(YearMonth period, List<StoredPayroll> files) throws IOException;

        /** The month's payroll files as stored, each streamed back into an owner-only temporary file. */
        List<StoredPayroll> payroll(YearMonth period) throws IOException;

        /** Every order issued for a month, by number. */
        List<IssuedOrder> orders(YearMonth period) throws IOException;

        /** The highest order number ever issued; 0 before the first. */
        long lastOrderNumber() throws IOException;

        void issue(IssuedOrder order) throws IOException;

        void overpaid(Overpayment overpayment) throws IOException;

        /** Every overpayment recorded, by month. */
        List<Overpayment> overpayments() throws IOException;

        /**
         * Keeps a month command's files (streamed from where they are staged) to be published into {@code dir}; the
         * publication is unpublished until {@link #published}.
         */
        long keep(YearMonth period, Path dir, List<StagedFile> files, LocalDateTime at) throws IOException;

        /** The publications whose files have not been recorded as reaching their folder, oldest first. */
        List<Publication> unpublished() throws IOException;

        void published(long publication, LocalDateTime at) throws IOException;

        /** The latest publication of a month, published or not. */
        Optional<Publication> lastPublication(YearMonth period) throws IOException;

        /** Streams a kept file of a publication into {@code out}. */
        void copy(long publication, String file, OutputStream out) throws IOException;
    }
}
