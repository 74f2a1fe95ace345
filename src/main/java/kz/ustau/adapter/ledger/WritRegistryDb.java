package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.adapter.files.OwnerOnly;
import kz.ustau.app.WritColumns;
import kz.ustau.app.WritRecord;
import org.flywaydb.core.Flyway;

/**
 * The writ registry (реестр исполнительных документов): writs as imported, version by version, with their status
 * (active, suspended, ended with the law's reason) and events. Re-importing the same file changes nothing; a changed
 * writ gets a new version and keeps the old ones. One connection per command; a second process on the same H2 file
 * is refused with a clear message rather than sharing it.
 */
public final class WritRegistryDb implements AutoCloseable {
    private final Connection db;

    private WritRegistryDb(Connection db) {
        this.db = db;
    }

    /** Opens (and migrates) the database: a JDBC URL, or a folder for an H2 file database. */
    public static WritRegistryDb open(String location) throws SQLException {
        String url = location.startsWith("jdbc:") ? location : h2(location);
        if (!location.startsWith("jdbc:")) {
            ownerOnly(Path.of(location));
        }
        Flyway.configure()
                .dataSource(url, user(location), password(location))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Connection c = DriverManager.getConnection(url, user(location), password(location));
        c.setAutoCommit(false);
        if (!location.startsWith("jdbc:")) {
            ownerOnly(Path.of(location)); // the files H2 has just made
        }
        return new WritRegistryDb(c);
    }

    /**
     * The database folder and its files readable by their owner only (they hold IINs): the folder is made so, or made
     * so if it exists; files H2 has already written are set to {@code rw-------}.
     */
    private static void ownerOnly(Path dir) throws SQLException {
        try {
            OwnerOnly.folder(dir);
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ustau."))
                        .toList()) {
                    OwnerOnly.set(f, false);
                }
            }
        } catch (IOException e) {
            throw new SQLException(dir + ": cannot be made private to its owner: " + e.getMessage(), e);
        }
    }

    /** H2 in a file; {@code FILE_LOCK=FILE}: a second process gets "already in use" at once. */
    static String h2(String folder) {
        Path dir = Path.of(folder).toAbsolutePath();
        return "jdbc:h2:file:" + dir.resolve("ustau") + ";FILE_LOCK=FILE;AUTO_SERVER=FALSE";
    }

    private static String password(String location) {
        return location.startsWith("jdbc:") ? System.getenv().getOrDefault("USTAU_DB_PASSWORD", "") : "";
    }

    private static String user(String location) {
        return location.startsWith("jdbc:") ? System.getenv().getOrDefault("USTAU_DB_USER", "ustau") : "sa";
    }

    /** What an import did. */
    public record ImportResult(int added, int changed, int unchanged, List<String> changedIds) {}

    public ImportResult importWrits(List<WritRecord> writs, String source, LocalDateTime now) throws SQLException {
        int added = 0;
        int unchanged = 0;
        List<String> changed = new ArrayList<>();
        try {
            for (WritRecord r : writs) {
                String content = content(r.cells());
                String digest = sha256(content);
                String id = r.writ().id();
                Optional<int[]> current = version(id);
                Optional<String> lastDigest = current.isPresent() ? digest(id, current.get()[0]) : Optional.empty();
                if (current.isEmpty()) {
                    exec(
                            "INSERT INTO writ (writ_id, debtor_iin, kind, status, version, first_imported) VALUES (?,?,?,?,?,?)",
                            id,
                            r.writ().debtorIin().digits(),
                            r.writ().kind().code(),
                            "ACTIVE",
                            1,
                            Timestamp.valueOf(now));
                    insertVersion(id, 1, content, digest, source, r.row(), now);
                    event(id, now, "IMPORTED", source + ":" + r.row());
                    added++;
                } else if (lastDigest.orElse("").equals(digest)) {
                    unchanged++;
                } else {
                    int v = current.get()[0] + 1;
                    exec(
                            "UPDATE writ SET debtor_iin = ?, kind = ?, version = ? WHERE writ_id = ?",
                            r.writ().debtorIin().digits(),
                            r.writ().kind().code(),
                            v,
                            id);
                    insertVersion(id, v, content, digest, source, r.row(), now);
                    event(id, now, "UPDATED", source + ":" + r.row() + ", version " + v);
                    changed.add(id);
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
        return new ImportResult(added, changed.size(), unchanged, changed);
    }

    /** A writ in the registry as listed. */
    public record Entry(String writId, String debtorIin, String kind, String status, String reason, int version) {}

    public List<Entry> list() throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                        "SELECT writ_id, debtor_iin, kind, status, status_reason, version FROM writ ORDER BY writ_id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)));
            }
        }
        db.commit();
        return out;
    }

    /** A version of a writ as it was imported. */
    public record Version(int version, String content, String source, long row, LocalDateTime importedAt) {}

    /** What happened to a writ. */
    public record Event(LocalDateTime at, String event, String detail) {}

    /** One writ: its entry, every version and every event. */
    public record Detail(Entry entry, List<Version> versions, List<Event> events) {}

    public Optional<Detail> show(String writId) throws SQLException {
        Optional<Entry> entry =
                list().stream().filter(e -> e.writId().equals(writId)).findFirst();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        List<Version> versions = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT version, content, source, source_row, imported_at FROM writ_version WHERE writ_id = ? ORDER BY version")) {
            s.setString(1, writId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(new Version(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getTimestamp(5).toLocalDateTime()));
                }
            }
        }
        List<Event> events = new ArrayList<>();
        try (PreparedStatement s =
                db.prepareStatement("SELECT at, event, detail FROM writ_event WHERE writ_id = ? ORDER BY id")) {
            s.setString(1, writId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3)));
                }
            }
        }
        db.commit();
        return Optional.of(new Detail(entry.get(), versions, events));
    }

    /** Sets a writ's status (ACTIVE, SUSPENDED, ENDED) with its reason; false when there is no such writ. */
    public boolean setStatus(String writId, String status, String reason, LocalDateTime now) throws SQLException {
        try {
            int n = exec("UPDATE writ SET status = ?, status_reason = ? WHERE writ_id = ?", status, reason, writId);
            if (n == 0) {
                db.rollback();
                return false;
            }
            event(writId, now, status, reason);
            db.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /**
     * Writes the current version of every active writ as a writs file of CONTRACT §4.2 (canonical header), to be read
     * like any other: the registry keeps what the bailiff wrote, the reader checks it again.
     */
    public int exportActive(Path file) throws SQLException, IOException {
        return exportActive(file, Map.of());
    }

    /** The same, with each writ's {@code debt} replaced by the ledger's where it has one. */
    public int exportActive(Path file, Map<String, kz.ustau.domain.money.Tenge> debts)
            throws SQLException, IOException {
        int n = 0;
        StringBuilder text = new StringBuilder(String.join(",", WritColumns.ALL)).append('\n');
        try (PreparedStatement s = db.prepareStatement(
                        "SELECT v.content FROM writ w JOIN writ_version v ON v.writ_id = w.writ_id AND v.version = w.version"
                                + " WHERE w.status = 'ACTIVE' ORDER BY w.writ_id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                text.append(withDebt(rs.getString(1), debts));
                n++;
            }
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        db.commit();
        return n;
    }

    /** Why a writ ends, in the law's terms (Law 261-IV arts. 46–47; MFC art. 169). */
    public static final List<String> END_REASONS = List.of(
            "CHILD_CAME_OF_AGE_NO_DEBT",
            "PAID_IN_FULL",
            "ADOPTION",
            "DEATH_OF_DEBTOR",
            "DEATH_OF_CLAIMANT",
            "SETTLEMENT",
            "ACT_ANNULLED",
            "RETURNED_TO_BAILIFF",
            "WITHDRAWN_BY_CLAIMANT",
            "OTHER");

    /** A writ ended in the registry and owed its return letter: the reason as recorded and when. */
    public record Ended(String writId, String reason, LocalDateTime at) {}

    /**
     * Writes every writ ended in the registry that no letter has gone out for yet, as {@link #exportActive} writes the
     * active ones, and returns their ends. A writ ended as {@code RETURNED_TO_BAILIFF} went back already; a writ with a
     * letter recorded ({@link #lettersSent}) in another month never gets a second one, while {@code period} itself,
     * closed or exported again, gives the same letters.
     */
    public List<Ended> exportEnded(
            Path file, Map<String, kz.ustau.domain.money.Tenge> debts, java.time.YearMonth period)
            throws SQLException, IOException {
        List<Ended> ended = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.join(",", WritColumns.ALL)).append('\n');
        try (PreparedStatement s = db.prepareStatement("SELECT w.writ_id, w.status_reason, v.content,"
                + " (SELECT MAX(e.at) FROM writ_event e WHERE e.writ_id = w.writ_id AND e.event = 'ENDED')"
                + " FROM writ w JOIN writ_version v ON v.writ_id = w.writ_id AND v.version = w.version"
                + " WHERE w.status = 'ENDED' AND NOT EXISTS (SELECT 1 FROM writ_event l"
                + " WHERE l.writ_id = w.writ_id AND l.event = 'LETTER' AND l.detail <> ?)"
                + " ORDER BY w.writ_id")) {
            s.setString(1, letterOf(period));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(2) == null ? "OTHER" : rs.getString(2);
                    if (reason.startsWith("RETURNED_TO_BAILIFF") || rs.getTimestamp(4) == null) {
                        continue;
                    }
                    ended.add(new Ended(
                            rs.getString(1), reason, rs.getTimestamp(4).toLocalDateTime()));
                    text.append(withDebt(rs.getString(3), debts));
                }
            }
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        db.commit();
        return ended;
    }

    /**
     * Records that the letters of {@code period} went out for these writs (event {@code LETTER}), in the caller's
     * transaction: the month's lock commits it with everything else.
     */
    public void lettersSent(List<String> writIds, java.time.YearMonth period, LocalDateTime now) throws SQLException {
        for (String id : writIds) {
            event(id, now, "LETTER", letterOf(period));
        }
    }

    private static String letterOf(java.time.YearMonth period) {
        return "letter of " + period;
    }

    /** A stored line with its debt column replaced, when the ledger knows the writ's debt. */
    private static String withDebt(String line, Map<String, kz.ustau.domain.money.Tenge> debts) {
        if (debts.isEmpty()) {
            return line;
        }
        List<String> cells = parse(line);
        String id = cells.get(0);
        if (!debts.containsKey(id)) {
            return line;
        }
        Map<String, String> byColumn = new java.util.LinkedHashMap<>();
        for (int i = 0; i < WritColumns.ALL.size(); i++) {
            byColumn.put(WritColumns.ALL.get(i), i < cells.size() ? cells.get(i) : "");
        }
        byColumn.put("debt", debts.get(id).plain());
        return content(byColumn);
    }

    /** Splits one CSV line as {@link #content} writes it. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String content(Map<String, String> cells) {
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

    private Optional<int[]> version(String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT version FROM writ WHERE writ_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new int[] {rs.getInt(1)}) : Optional.empty();
            }
        }
    }

    private Optional<String> digest(String id, int version) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT digest FROM writ_version WHERE writ_id = ? AND version = ?")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private void insertVersion(
            String id, int v, String content, String digest, String source, long row, LocalDateTime now)
            throws SQLException {
        exec(
                "INSERT INTO writ_version (writ_id, version, content, digest, source, source_row, imported_at) VALUES (?,?,?,?,?,?,?)",
                id,
                v,
                content,
                digest,
                source,
                row,
                Timestamp.valueOf(now));
    }

    private void event(String id, LocalDateTime now, String event, String detail) throws SQLException {
        exec(
                "INSERT INTO writ_event (writ_id, at, event, detail) VALUES (?,?,?,?)",
                id,
                Timestamp.valueOf(now),
                event,
                detail);
    }

    private int exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The month ledger on the same connection and transaction. */
    public MonthLedgerDb ledger() {
        return new MonthLedgerDb(db);
    }

    /** The web page's password hash ({@code pbkdf2-sha256$…}), when one was set (issue 8). */
    public Optional<String> webPassword() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT hash FROM web_password WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            Optional<String> hash = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            db.commit();
            return hash;
        }
    }

    /** Sets or replaces the web page's password hash, at once. */
    public void webPassword(String hash, LocalDateTime at) throws SQLException {
        try (PreparedStatement d = db.prepareStatement("DELETE FROM web_password");
                PreparedStatement i =
                        db.prepareStatement("INSERT INTO web_password (id, hash, set_at) VALUES (1, ?, ?)")) {
            d.executeUpdate();
            i.setString(1, hash);
            i.setTimestamp(2, java.sql.Timestamp.valueOf(at));
            i.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    public void commit() throws SQLException {
        db.commit();
    }

    public void rollback() throws SQLException {
        db.rollback();
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
