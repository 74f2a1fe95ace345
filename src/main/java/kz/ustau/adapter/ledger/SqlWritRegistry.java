package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.WritColumns;
import kz.ustau.app.WritRecord;
import kz.ustau.app.port.WritRegistry;
import kz.ustau.app.registry.EndedWrit;
import kz.ustau.app.registry.ImportResult;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.app.registry.RegistryEntry;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.EndReason;
import kz.ustau.domain.writ.Writ;
import kz.ustau.domain.writ.WritStatus;

/**
 * The writ registry inside a transaction of {@link LedgerDatabase} (issue 5; issue 13): each version of a writ as
 * typed columns ({@link WritRows}) beside the line of the bailiff's file it came from, kept as imported for people to
 * read; the status with its reason; the events.
 */
final class SqlWritRegistry implements WritRegistry {
    /**
     * The page's password is the server's, not an employer's: these two statements alone are not scoped (accounts per
     * employer are docs/bureau.md §3).
     */
    private static final String PAGE_PASSWORD = "SELECT hash FROM web_password WHERE id = 1";

    private static final String NEW_PAGE_PASSWORD = "INSERT INTO web_password (id, hash, set_at) VALUES (1, ?, ?)";

    private final Connection db;
    private final String location;
    /** The BIN of the employer whose writs these are (issue 18). */
    private final String employer;
    /** The audit trail of the transaction (docs/bureau.md §4): every writ's event is a step of it. */
    private final Audit audit;

    /** Adds a step to the audit trail, in the same transaction. */
    @FunctionalInterface
    interface Audit {
        void add(String action, String subject, String detail, LocalDateTime at) throws SQLException;
    }

    SqlWritRegistry(Connection db, String location, String employer, Audit audit) {
        this.db = db;
        this.location = location;
        this.employer = employer;
        this.audit = audit;
    }

    @Override
    public ImportResult importWrits(List<WritRecord> writs, String source, LocalDateTime at) throws IOException {
        return sql(() -> {
            int added = 0;
            int unchanged = 0;
            List<String> changed = new ArrayList<>();
            List<String> addedIds = new ArrayList<>();
            for (WritRecord r : writs) {
                String content = content(r.cells());
                String digest = sha256(content);
                String id = r.writ().id();
                Optional<Integer> current = version(id);
                if (current.isEmpty()) {
                    exec(
                            "INSERT INTO writ (employer_bin, writ_id, debtor_iin, kind, status, version,"
                                    + " first_imported) VALUES (:employer,?,?,?,?,?,?)",
                            id,
                            r.writ().debtorIin().digits(),
                            r.writ().kind().code(),
                            WritStatus.ACTIVE.name(),
                            1,
                            at);
                    insertVersion(r, 1, content, digest, source, at);
                    event(id, at, "IMPORTED", source + ":" + r.row());
                    added++;
                    addedIds.add(id);
                } else if (digest(id, current.get()).equals(digest)) {
                    unchanged++;
                } else {
                    int v = current.get() + 1;
                    exec(
                            "UPDATE writ SET debtor_iin = ?, kind = ?, version = ? WHERE employer_bin = :employer AND writ_id = ?",
                            r.writ().debtorIin().digits(),
                            r.writ().kind().code(),
                            v,
                            id);
                    insertVersion(r, v, content, digest, source, at);
                    event(id, at, "UPDATED", source + ":" + r.row() + ", version " + v);
                    changed.add(id);
                }
            }
            return new ImportResult(added, changed.size(), unchanged, changed, addedIds);
        });
    }

    @Override
    public List<RegistryEntry> list() throws IOException {
        return sql(() -> {
            List<RegistryEntry> out = new ArrayList<>();
            try (PreparedStatement s =
                            prepare("SELECT writ_id, debtor_iin, kind, status, status_reason, version FROM writ"
                                    + " WHERE employer_bin = :employer ORDER BY writ_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new RegistryEntry(
                            rs.getString(1),
                            rs.getString(2).strip(),
                            rs.getString(3),
                            WritStatus.valueOf(rs.getString(4).strip()),
                            Optional.ofNullable(rs.getString(5)),
                            rs.getInt(6)));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<RegistryCard> card(String writId) throws IOException {
        Optional<RegistryEntry> entry =
                list().stream().filter(e -> e.writId().equals(writId)).findFirst();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return sql(() -> {
            List<RegistryCard.Version> versions = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT version, content, source, source_row, imported_at"
                    + " FROM writ_version WHERE employer_bin = :employer AND writ_id = ? ORDER BY version")) {
                s.setString(1, writId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        versions.add(new RegistryCard.Version(
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getObject(5, LocalDateTime.class)));
                    }
                }
            }
            List<RegistryCard.Event> events = new ArrayList<>();
            try (PreparedStatement s =
                    prepare("SELECT at, event, detail FROM writ_event WHERE employer_bin = :employer AND writ_id = ?"
                            + " ORDER BY id")) {
                s.setString(1, writId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new RegistryCard.Event(
                                rs.getObject(1, LocalDateTime.class),
                                rs.getString(2),
                                Optional.ofNullable(rs.getString(3))));
                    }
                }
            }
            return Optional.of(new RegistryCard(entry.get(), versions, events));
        });
    }

    @Override
    public List<Unanswered> unanswered() throws IOException {
        return sql(() -> {
            List<Unanswered> out = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT w.writ_id, MIN(e.at) FROM writ w JOIN writ_event e"
                            + " ON e.employer_bin = w.employer_bin AND e.writ_id = w.writ_id AND e.event = 'IMPORTED'"
                            + " WHERE w.employer_bin = :employer AND w.status <> 'ENDED'"
                            // an agreement or a sentence is answered to no bailiff (RULES §11.1)
                            + " AND w.kind NOT IN ('AGREEMENT', 'CORRECTIONAL')"
                            + " AND NOT EXISTS (SELECT 1 FROM writ_event a WHERE a.employer_bin = w.employer_bin"
                            + " AND a.writ_id = w.writ_id"
                            + " AND a.event = 'ANSWERED')"
                            + " AND NOT EXISTS (SELECT 1 FROM ledger_line l WHERE l.employer_bin = w.employer_bin"
                            + " AND l.writ_id = w.writ_id)"
                            + " GROUP BY w.writ_id ORDER BY MIN(e.at), w.writ_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Unanswered(rs.getString(1), rs.getObject(2, LocalDateTime.class)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean answered(String writId, String answer, LocalDateTime at) throws IOException {
        return sql(() -> {
            if (version(writId).isEmpty()) {
                return false;
            }
            event(writId, at, "ANSWERED", answer);
            return true;
        });
    }

    @Override
    public boolean status(String writId, WritStatus status, String reason, LocalDateTime at) throws IOException {
        return sql(() -> {
            int n = exec(
                    "UPDATE writ SET status = ?, status_reason = ? WHERE employer_bin = :employer AND writ_id = ?",
                    status.name(),
                    SqlTransaction.bounded(reason),
                    writId);
            if (n == 0) {
                return false;
            }
            event(writId, at, status.name(), reason);
            return true;
        });
    }

    @Override
    public List<WritRecord> active(ReferenceTables tables, Map<String, Tenge> debts, Problems problems)
            throws IOException {
        return sql(() -> {
            List<WritRecord> out = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT w.writ_id, w.debtor_iin, w.kind, " + WritRows.SELECT
                    + ", v.source_row FROM writ w JOIN writ_version v ON v.employer_bin = w.employer_bin"
                    + " AND v.writ_id = w.writ_id AND v.version = w.version"
                    + " WHERE w.employer_bin = :employer AND w.status = ? ORDER BY w.writ_id")) {
                s.setString(1, WritStatus.ACTIVE.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long row = rs.getLong(4 + WritRows.COLUMNS.size());
                        WritRows.read(rs, 1, tables, where(), row, problems)
                                .ifPresent(w -> out.add(new WritRecord(owing(w, debts), row)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<WritRecord> writs(
            java.util.Collection<String> ids, ReferenceTables tables, Map<String, Tenge> debts, Problems problems)
            throws IOException {
        return sql(() -> {
            List<WritRecord> out = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT w.writ_id, w.debtor_iin, w.kind, " + WritRows.SELECT
                    + ", v.source_row FROM writ w JOIN writ_version v ON v.employer_bin = w.employer_bin"
                    + " AND v.writ_id = w.writ_id AND v.version = w.version"
                    + " WHERE w.employer_bin = :employer AND w.writ_id = ?")) {
                for (String id : new java.util.TreeSet<>(ids)) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            long row = rs.getLong(4 + WritRows.COLUMNS.size());
                            WritRows.read(rs, 1, tables, where(), row, problems)
                                    .ifPresent(w -> out.add(new WritRecord(owing(w, debts), row)));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<EndedWrit> awaitingLetter(
            YearMonth period, ReferenceTables tables, Map<String, Tenge> debts, Problems problems) throws IOException {
        return sql(() -> {
            List<EndedWrit> out = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT w.writ_id, w.debtor_iin, w.kind, " + WritRows.SELECT
                    + ", v.source_row, w.status_reason,"
                    + " (SELECT MAX(e.at) FROM writ_event e WHERE e.employer_bin = w.employer_bin"
                    + " AND e.writ_id = w.writ_id AND e.event = ?)"
                    + " FROM writ w JOIN writ_version v ON v.employer_bin = w.employer_bin AND v.writ_id = w.writ_id"
                    + " AND v.version = w.version"
                    + " WHERE w.employer_bin = :employer AND w.status = ? AND NOT EXISTS (SELECT 1 FROM writ_event l"
                    + " WHERE l.employer_bin = w.employer_bin AND l.writ_id = w.writ_id AND l.event = 'LETTER' AND l.detail <> ?)"
                    + " ORDER BY w.writ_id")) {
                s.setString(1, WritStatus.ENDED.name());
                s.setString(2, WritStatus.ENDED.name());
                s.setString(3, letterOf(period));
                try (ResultSet rs = s.executeQuery()) {
                    int after = 4 + WritRows.COLUMNS.size();
                    while (rs.next()) {
                        long row = rs.getLong(after);
                        String reason =
                                Optional.ofNullable(rs.getString(after + 1)).orElse(EndReason.OTHER.name());
                        LocalDateTime ended = rs.getObject(after + 2, LocalDateTime.class);
                        if (reason.startsWith(EndReason.RETURNED_TO_BAILIFF.name()) || ended == null) {
                            continue;
                        }
                        Optional<Writ> writ = WritRows.read(rs, 1, tables, where(), row, problems);
                        if (writ.isPresent()) {
                            out.add(new EndedWrit(new WritRecord(owing(writ.get(), debts), row), reason, ended));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void lettersSent(List<String> writIds, YearMonth period, LocalDateTime at) throws IOException {
        sql(() -> {
            for (String id : writIds) {
                event(id, at, "LETTER", letterOf(period));
            }
            return null;
        });
    }

    @Override
    public Optional<String> webPassword() throws IOException {
        return sql(() -> {
            try (PreparedStatement s = db.prepareStatement(PAGE_PASSWORD);
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void webPassword(String hash, LocalDateTime at) throws IOException {
        sql(() -> {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM web_password")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement(NEW_PAGE_PASSWORD)) {
                s.setString(1, hash);
                s.setObject(2, at);
                s.executeUpdate();
                audit.add("PASSWORD", "", "", at);
            }
            return null;
        });
    }

    // ---- helpers ----

    private String where() {
        return location + "[writs]";
    }

    private static Writ owing(Writ w, Map<String, Tenge> debts) {
        Tenge debt = debts.get(w.id());
        return debt == null ? w : w.withDebt(debt);
    }

    /** The event detail that marks a month's letter (the registry has always written it so). */
    static String letterOf(YearMonth period) {
        return "letter of " + period;
    }

    private void insertVersion(WritRecord r, int v, String content, String digest, String source, LocalDateTime at)
            throws SQLException {
        StringBuilder sql =
                new StringBuilder("INSERT INTO writ_version (employer_bin, writ_id, version, content, digest,"
                        + " source, source_row, imported_at, " + String.join(", ", WritRows.COLUMNS)
                        + ") VALUES (:employer,?,?,?,?,?,?,?");
        sql.append(",?".repeat(WritRows.COLUMNS.size())).append(')');
        try (PreparedStatement s = prepare(sql.toString())) {
            s.setString(1, r.writ().id());
            s.setInt(2, v);
            s.setString(3, content);
            s.setString(4, digest);
            s.setString(5, SqlTransaction.bounded(source));
            s.setLong(6, r.row());
            s.setObject(7, at);
            WritRows.bind(s, 8, r.writ());
            s.executeUpdate();
        }
    }

    /** The line of the writs file as imported, by the columns of CONTRACT §4.2: what people read in the registry. */
    static String content(Map<String, String> cells) {
        StringWriter w = new StringWriter();
        List<String> values =
                WritColumns.ALL.stream().map(c -> cells.getOrDefault(c, "")).toList();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = values.get(i);
            boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
            w.write(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        w.write('\n');
        return w.toString();
    }

    private Optional<Integer> version(String id) throws SQLException {
        try (PreparedStatement s = prepare("SELECT version FROM writ WHERE employer_bin = :employer AND writ_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    private String digest(String id, int version) throws SQLException {
        try (PreparedStatement s = prepare(
                "SELECT digest FROM writ_version WHERE employer_bin = :employer AND writ_id = ? AND version = ?")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1).strip() : "";
            }
        }
    }

    private void event(String id, LocalDateTime at, String event, String detail) throws SQLException {
        exec(
                "INSERT INTO writ_event (employer_bin, writ_id, at, event, detail) VALUES (:employer,?,?,?,?)",
                id,
                at,
                event,
                SqlTransaction.bounded(detail));
        audit.add(event, id, detail, at);
    }

    /** A statement of this employer's writs ({@link Scoped}). */
    private PreparedStatement prepare(String sql) throws SQLException {
        return db.prepareStatement(Scoped.sql(sql, employer));
    }

    private int exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T sql(SqlTransaction.Sql<T> work) throws IOException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IOException("the ledger " + location + ": " + e.getMessage(), e);
        }
    }
}
