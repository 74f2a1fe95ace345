package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ustau.adapter.files.OwnerOnly;
import kz.ustau.app.ReferenceTables;
import org.flywaydb.core.Flyway;

/**
 * Moves a ledger an earlier Ustau kept in H2 ({@code DIR/ustau.mv.db}) into SQLite (issue 13: H2 2.3's file store
 * lost closed months after reopenings, h2database #4247). The H2 file itself is never opened: a copy is, brought to the
 * last schema H2 had (Flyway, portable V1–V7), and every row is copied into a new SQLite database in one transaction,
 * each writ version given its typed columns, each payroll file its chunks; the row counts are compared; only then does
 * the new file take its name, and the H2 file is kept beside it as {@code ustau.mv.db.before-sqlite}.
 */
final class H2Import {
    static final String H2_FILE = "ustau.mv.db";
    static final String KEPT = "ustau.mv.db.before-sqlite";

    /** The tables of the H2 ledger (schema V7), each with the columns copied as they are. */
    private static final Map<String, List<String>> TABLES = tables();

    private H2Import() {}

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("writ", List.of("writ_id", "debtor_iin", "kind", "status", "status_reason", "version", "first_imported"));
        t.put(
                "writ_version",
                List.of("writ_id", "version", "content", "digest", "source", "source_row", "imported_at"));
        t.put("writ_event", List.of("id", "writ_id", "at", "event", "detail"));
        t.put("ledger_month", List.of("period", "status", "payroll_digest", "closed_at"));
        t.put("month_event", List.of("id", "period", "at", "event", "detail"));
        t.put(
                "ledger_line",
                List.of(
                        "period",
                        "writ_id",
                        "employee_id",
                        "base",
                        "demand_current",
                        "demand_debt",
                        "withheld_current",
                        "withheld_debt",
                        "debt_before",
                        "debt_after"));
        t.put("ledger_payment", List.of("payment_no", "period", "writ_id", "amount", "exported_at", "correction"));
        t.put("web_password", List.of("id", "hash", "set_at"));
        return t;
    }

    /** Copies {@code dir}'s H2 ledger into the SQLite file {@code target}, which must not exist yet. */
    static void into(Path dir, Path target, ReferenceTables tables) throws IOException {
        Path lockFile = dir.resolve(".ustau-import.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock(); // released with the channel: one import at a time
            if (!lock.isValid() || Files.exists(target)) {
                return; // another ustau has just moved it
            }
            Path work = OwnerOnly.tempFolder(dir, ".ustau-import-");
            try {
                Path copy = work.resolve("ledger.mv.db");
                Files.copy(dir.resolve(H2_FILE), copy);
                Path sqlite = work.resolve(LedgerDatabase.SQLITE_FILE);
                copyRows(copy, sqlite, tables);
                OwnerOnly.set(sqlite, false);
                move(sqlite, target);
                move(dir.resolve(H2_FILE), dir.resolve(KEPT));
            } catch (SQLException | RuntimeException e) {
                throw new IOException(
                        dir.resolve(H2_FILE) + ": the H2 ledger could not be moved into SQLite, nothing"
                                + " was changed: " + e.getMessage(),
                        e);
            } finally {
                OwnerOnly.deleteTree(work);
            }
        } finally {
            Files.deleteIfExists(lockFile);
        }
    }

    private static void copyRows(Path h2File, Path sqlite, ReferenceTables tables) throws SQLException, IOException {
        String name = h2File.toString();
        String h2Url = "jdbc:h2:file:" + name.substring(0, name.length() - ".mv.db".length()) + ";FILE_LOCK=NO";
        Flyway.configure()
                .dataSource(h2Url, "sa", "")
                .locations("classpath:db/migration/portable")
                .target("7")
                .load()
                .migrate();
        String sqliteUrl = "jdbc:sqlite:" + sqlite;
        Flyway.configure()
                .dataSource(sqliteUrl, null, null)
                .locations("classpath:db/migration/sqlite")
                .load()
                .migrate();
        try (Connection from = DriverManager.getConnection(h2Url, "sa", "");
                Connection to = DriverManager.getConnection(sqliteUrl)) {
            to.setAutoCommit(false);
            for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
                copy(from, to, t.getKey(), t.getValue());
            }
            copyFiles(from, to);
            LegacyWrits.fill(to, tables);
            for (String table : TABLES.keySet()) {
                long was = count(from, table);
                long now = count(to, table);
                if (was != now) {
                    throw new SQLException(table + ": " + was + " rows in H2, " + now + " copied");
                }
            }
            if (count(from, "month_file") != count(to, "month_file")) {
                throw new SQLException("month_file: not every payroll file was copied");
            }
            to.commit();
            try (Statement s = to.createStatement()) {
                s.execute("PRAGMA journal_mode=DELETE"); // one file to move; the ledger opens it in WAL again
            }
        }
    }

    private static void copy(Connection from, Connection to, String table, List<String> columns) throws SQLException {
        String list = String.join(", ", columns);
        try (PreparedStatement read = from.prepareStatement("SELECT " + list + " FROM " + table);
                ResultSet rs = read.executeQuery();
                // the rows of the one employer H2 kept, not named yet (issue 18): claimed by the first --employer;
                // the page's password is the server's
                PreparedStatement write = to.prepareStatement(
                        LedgerDatabase.SCOPED_TABLES.contains(table)
                                ? "INSERT INTO " + table + " (employer_bin, " + list + ") VALUES (''," + marks(columns)
                                        + ")"
                                : "INSERT INTO " + table + " (" + list + ") VALUES (" + marks(columns) + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof Timestamp ts) {
                        v = ts.toLocalDateTime();
                    } else if (v instanceof String s && columns.get(i - 1).equals("period")) {
                        v = s.strip(); // CHAR(7)
                    }
                    write.setObject(i, v);
                }
                write.executeUpdate();
            }
        }
    }

    private static String marks(List<String> columns) {
        return String.join(",", columns.stream().map(c -> "?").toList());
    }

    /** Every payroll file, from the Base64 text H2 kept it in to chunks. */
    private static void copyFiles(Connection from, Connection to) throws SQLException, IOException {
        try (PreparedStatement read = from.prepareStatement(
                        "SELECT period, digest, name, mapping, content_encoding, content FROM month_file");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Path bytes = OwnerOnly.tempFile(null, "ustau-import-", ".bin");
                try {
                    String encoding = rs.getString(5);
                    try (OutputStream out = Files.newOutputStream(bytes)) {
                        SqlTransaction.legacy(rs.getAsciiStream(6), encoding, out);
                    }
                    long blob = Blobs.store(to, "", bytes, rs.getString(2).strip());
                    try (PreparedStatement write = to.prepareStatement("INSERT INTO month_file (employer_bin, period,"
                            + " digest, name, mapping, blob_id) VALUES ('',?,?,?,?,?)")) {
                        write.setString(1, rs.getString(1).strip());
                        write.setString(2, rs.getString(2).strip());
                        write.setString(3, rs.getString(3));
                        write.setString(4, rs.getString(4));
                        write.setLong(5, blob);
                        write.executeUpdate();
                    }
                } finally {
                    Files.deleteIfExists(bytes);
                }
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
