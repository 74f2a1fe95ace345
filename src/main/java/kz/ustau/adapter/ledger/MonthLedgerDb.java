package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import kz.ustau.adapter.files.OwnerOnly;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;

/**
 * The month-by-month ledger (issue 5) over the registry's connection: each closed month's lines per writ (base,
 * demands, withheld, debt before and after), the payment orders exported (never the same number twice, never the
 * same money twice), and the month's events. Nothing is committed here: the caller commits once the month's files are
 * written, so a crash leaves the month as it was.
 */
public final class MonthLedgerDb {
    private final Connection db;

    MonthLedgerDb(Connection db) {
        this.db = db;
    }

    /** A closed month: locked, and the digest of the payroll it was closed with. */
    public record Month(YearMonth period, String status, String digest) {}

    public Optional<Month> month(YearMonth period) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT status, payroll_digest FROM ledger_month WHERE period = ?")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Month(period, rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** The digests of the payroll files the month was closed with. */
    public java.util.Set<String> files(YearMonth period) throws SQLException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT digest FROM month_file WHERE period = ?")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * A payroll file of a month as stored: its digest, its name as the accountant gave it, the file holding its bytes
     * (the payroll itself when storing; an owner-only temporary file, deleted at exit, when read back) and the mapping
     * it is read through.
     */
    public record StoredFile(String digest, String name, Path content, Optional<String> mapping) {}

    /** How new rows keep a file's bytes: gzip, then Base64 text (a TEXT column both H2 and PostgreSQL stream). */
    static final String GZIP_BASE64 = "gzip+base64";

    /**
     * Records the month's payroll files whole, replacing what was recorded. Each file is compressed into an owner-only
     * temporary file and streamed into the database from there: never the whole payroll in the heap.
     */
    public void files(YearMonth period, List<StoredFile> files) throws SQLException, IOException {
        exec("DELETE FROM month_file WHERE period = ?", period.toString());
        for (StoredFile f : files) {
            Path packed = OwnerOnly.tempFile(null, "ustau-store-", ".b64");
            try {
                try (OutputStream out =
                                new GZIPOutputStream(Base64.getEncoder().wrap(Files.newOutputStream(packed)), 1 << 16);
                        InputStream in = Files.newInputStream(f.content())) {
                    in.transferTo(out);
                }
                try (PreparedStatement s = db.prepareStatement("INSERT INTO month_file"
                                + " (period, digest, name, content, mapping, content_encoding) VALUES (?,?,?,?,?,?)");
                        InputStream text = Files.newInputStream(packed)) {
                    s.setString(1, period.toString());
                    s.setString(2, f.digest());
                    s.setString(3, f.name().length() > 1000 ? f.name().substring(0, 1000) : f.name());
                    long size = Files.size(packed);
                    if (size > Integer.MAX_VALUE) {
                        throw new IOException(f.name() + ": over 2 GB compressed, too large to keep in the ledger");
                    }
                    // the int-length form: the one every driver (H2, PostgreSQL) implements
                    s.setAsciiStream(4, text, (int) size);
                    s.setString(5, f.mapping().orElse(null));
                    s.setString(6, GZIP_BASE64);
                    s.executeUpdate();
                }
            } finally {
                Files.deleteIfExists(packed);
            }
        }
    }

    /**
     * The month's payroll files as stored, in the order of their digests, each streamed back into an owner-only
     * temporary file with its name's extension (deleted when the JVM exits).
     */
    public List<StoredFile> storedFiles(YearMonth period) throws SQLException, IOException {
        List<StoredFile> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT digest, name, content, mapping, content_encoding"
                + " FROM month_file WHERE period = ? ORDER BY digest")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    String fileName = Path.of(name).getFileName().toString();
                    String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : ".csv";
                    Path file = OwnerOnly.tempFile(null, "ustau-stored-", ext);
                    file.toFile().deleteOnExit();
                    try (InputStream text = rs.getAsciiStream(3)) {
                        if (text != null) {
                            InputStream bytes = Base64.getDecoder().wrap(text);
                            if (GZIP_BASE64.equals(rs.getString(5))) {
                                bytes = new GZIPInputStream(bytes, 1 << 16);
                            }
                            try (OutputStream to = Files.newOutputStream(file)) {
                                bytes.transferTo(to);
                            }
                        }
                    }
                    out.add(new StoredFile(rs.getString(1), name, file, Optional.ofNullable(rs.getString(4))));
                }
            }
        }
        return out;
    }

    /** Opens a locked month again, recording why; false when the month is not locked. */
    public boolean reopen(YearMonth period, String reason, LocalDateTime now) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("UPDATE ledger_month SET status = 'OPEN' WHERE period = ? AND status = 'LOCKED'")) {
            s.setString(1, period.toString());
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        exec(
                "INSERT INTO month_event (period, at, event, detail) VALUES (?,?,?,?)",
                period.toString(),
                Timestamp.valueOf(now),
                "REOPEN",
                reason);
        return true;
    }

    /** Each writ's debt after the latest stored month before {@code period}. */
    public Map<String, Tenge> debtsBefore(YearMonth period) throws SQLException {
        Map<String, Tenge> debts = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT l.writ_id, l.debt_after FROM ledger_line l JOIN"
                + " (SELECT writ_id, MAX(period) AS last FROM ledger_line WHERE period < ? GROUP BY writ_id) m"
                + " ON l.writ_id = m.writ_id AND l.period = m.last")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    debts.put(rs.getString(1), new Tenge(rs.getBigDecimal(2)));
                }
            }
        }
        return debts;
    }

    /** A payment order already exported. */
    /** A payment order issued for a month: its number, writ, amount, whether it corrects an earlier one, and when. */
    public record Paid(
            long number, String writId, Tenge amount, boolean correction, java.time.LocalDateTime exportedAt) {}

    public List<Paid> paid(YearMonth period) throws SQLException {
        List<Paid> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT payment_no, writ_id, amount, correction, exported_at FROM ledger_payment WHERE period = ?"
                        + " ORDER BY payment_no")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Paid(
                            rs.getLong(1),
                            rs.getString(2),
                            new Tenge(rs.getBigDecimal(3)),
                            rs.getBoolean(4),
                            rs.getTimestamp(5).toLocalDateTime()));
                }
            }
        }
        return out;
    }

    /** The next payment number: after every number ever used, and at least {@code first}. */
    public long nextNumber(long first) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT MAX(payment_no) FROM ledger_payment");
                ResultSet rs = s.executeQuery()) {
            long max = rs.next() ? rs.getLong(1) : 0;
            return Math.max(first, max + 1);
        }
    }

    /** Replaces the month's lines and marks it locked with the payroll's digest. */
    public void store(
            YearMonth period, List<DebtorMonth> months, String digest, String event, String detail, LocalDateTime now)
            throws SQLException {
        store(period, months, digest, "LOCKED", event, detail, now);
    }

    /** Replaces the month's lines and records its status: {@code OPEN} after a run, {@code LOCKED} after export. */
    public void store(
            YearMonth period,
            List<DebtorMonth> months,
            String digest,
            String status,
            String event,
            String detail,
            LocalDateTime now)
            throws SQLException {
        exec("DELETE FROM ledger_line WHERE period = ?", period.toString());
        for (DebtorMonth dm : months) {
            for (Deduction d : dm.deductions()) {
                exec(
                        "INSERT INTO ledger_line (period, writ_id, employee_id, base, demand_current, demand_debt,"
                                + " withheld_current, withheld_debt, debt_before, debt_after) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        period.toString(),
                        d.writ().id(),
                        dm.debtor().employeeId(),
                        d.base().amount(),
                        d.demandCurrent().amount(),
                        d.demandDebt().amount(),
                        d.withheldCurrent().amount(),
                        d.withheldDebt().amount(),
                        d.debtBefore().amount(),
                        d.debtAfter().amount());
            }
        }
        exec("DELETE FROM ledger_month WHERE period = ?", period.toString());
        exec(
                "INSERT INTO ledger_month (period, status, payroll_digest, closed_at) VALUES (?,?,?,?)",
                period.toString(),
                status,
                digest,
                Timestamp.valueOf(now));
        exec(
                "INSERT INTO month_event (period, at, event, detail) VALUES (?,?,?,?)",
                period.toString(),
                Timestamp.valueOf(now),
                event,
                detail);
    }

    public void pay(long number, YearMonth period, String writId, Tenge amount, boolean correction, LocalDateTime now)
            throws SQLException {
        exec(
                "INSERT INTO ledger_payment (payment_no, period, writ_id, amount, exported_at, correction) VALUES (?,?,?,?,?,?)",
                number,
                period.toString(),
                writId,
                amount.amount(),
                Timestamp.valueOf(now),
                correction);
    }

    /** One month of a writ's history. */
    public record HistoryLine(
            String period,
            String employeeId,
            Tenge base,
            Tenge demandCurrent,
            Tenge demandDebt,
            Tenge withheld,
            Tenge debtAfter,
            Tenge paid) {}

    public List<HistoryLine> history(String writId) throws SQLException {
        return lines("l.writ_id = ? ORDER BY l.period", writId).stream()
                .map(WritMonth::line)
                .toList();
    }

    /** One writ's line of a closed or stored month. */
    public record WritMonth(String writId, HistoryLine line) {}

    /** Every writ's line of a month, by employee then writ: the month's review. */
    public List<WritMonth> lines(YearMonth period) throws SQLException {
        return lines("l.period = ? ORDER BY l.employee_id, l.writ_id", period.toString());
    }

    /** The months the ledger holds, the latest first. */
    public List<Month> months() throws SQLException {
        List<Month> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                        "SELECT period, status, payroll_digest FROM ledger_month ORDER BY period DESC");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Month(YearMonth.parse(rs.getString(1).strip()), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    private List<WritMonth> lines(String where, String arg) throws SQLException {
        List<WritMonth> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT l.period, l.employee_id, l.base, l.demand_current,"
                + " l.demand_debt, l.withheld_current + l.withheld_debt, l.debt_after,"
                + " (SELECT COALESCE(SUM(p.amount), 0) FROM ledger_payment p WHERE p.period = l.period AND p.writ_id = l.writ_id),"
                + " l.writ_id FROM ledger_line l WHERE " + where)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new WritMonth(
                            rs.getString(9),
                            new HistoryLine(
                                    rs.getString(1).strip(),
                                    rs.getString(2),
                                    t(rs.getBigDecimal(3)),
                                    t(rs.getBigDecimal(4)),
                                    t(rs.getBigDecimal(5)),
                                    t(rs.getBigDecimal(6)),
                                    t(rs.getBigDecimal(7)),
                                    t(rs.getBigDecimal(8)))));
                }
            }
        }
        return out;
    }

    private static Tenge t(BigDecimal b) {
        return new Tenge(b);
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
