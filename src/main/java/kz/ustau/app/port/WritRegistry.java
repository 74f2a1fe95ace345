package kz.ustau.app.port;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.WritRecord;
import kz.ustau.app.registry.EndedWrit;
import kz.ustau.app.registry.ImportResult;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.app.registry.RegistryEntry;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.WritStatus;

/**
 * The writ registry (реестр исполнительных документов), inside one transaction of the {@link Ledger}: writs as typed
 * rows, version by version, with their status and events (issue 5, issue 13). Re-importing the same writ changes
 * nothing; a changed writ gets a new version and keeps the old ones.
 */
public interface WritRegistry {
    ImportResult importWrits(List<WritRecord> writs, String source, LocalDateTime at) throws IOException;

    List<RegistryEntry> list() throws IOException;

    Optional<RegistryCard> card(String writId) throws IOException;

    /** Sets a writ's status with its reason, recorded as an event; false when there is no such writ. */
    boolean status(String writId, WritStatus status, String reason, LocalDateTime at) throws IOException;

    /**
     * The current version of every active writ as the domain's writ, each owing its debt from {@code debts} where the
     * ledger has one (else the imported debt). A stored writ that no longer fits the tables is a problem.
     */
    List<WritRecord> active(ReferenceTables tables, Map<String, Tenge> debts, Problems problems) throws IOException;

    /**
     * The current version of each of these writs whatever its status now, as {@link #active} gives them: a month
     * computed again takes the writs it had, also one suspended or ended since.
     */
    List<WritRecord> writs(
            java.util.Collection<String> ids, ReferenceTables tables, Map<String, Tenge> debts, Problems problems)
            throws IOException;

    /**
     * Every writ ended in the registry that no letter has gone out for in another month than {@code period} (ended as
     * returned to the bailiff: none is owed), with the ledger's debts as {@link #active}.
     */
    List<EndedWrit> awaitingLetter(
            YearMonth period, ReferenceTables tables, Map<String, Tenge> debts, Problems problems) throws IOException;

    /**
     * Records the employer's answer to a writ on its arrival (issue 16, RULES §9.1: accepted for execution, or returned
     * and why), event {@code ANSWERED}; false when there is no such writ.
     */
    boolean answered(String writId, String answer, LocalDateTime at) throws IOException;

    /**
     * The writs awaiting an answer: not answered, never withheld under (a writ the ledger has a line of was accepted in
     * deed), not ended; with when each was first imported, oldest first.
     */
    List<Unanswered> unanswered() throws IOException;

    /** A writ awaiting its answer, and when it arrived. */
    record Unanswered(String writId, LocalDateTime importedAt) {}

    /** Records that {@code period}'s letters went out for these writs. */
    void lettersSent(List<String> writIds, YearMonth period, LocalDateTime at) throws IOException;

    /** The web page's password hash ({@code pbkdf2-sha256$…}), when one was set (issue 8). */
    Optional<String> webPassword() throws IOException;

    void webPassword(String hash, LocalDateTime at) throws IOException;
}
