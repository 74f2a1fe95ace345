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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import kz.ustau.adapter.files.OwnerOnly;
import kz.ustau.app.ledger.Actor;
import kz.ustau.app.ledger.AuditEvent;
import kz.ustau.app.ledger.HeldMoney;
import kz.ustau.app.ledger.MonthRecord;
import kz.ustau.app.ledger.Publication;
import kz.ustau.app.ledger.StagedFile;
import kz.ustau.app.ledger.StoredPayroll;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.WritRegistry;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.MonthEvent;
import kz.ustau.domain.ledger.MonthStatus;
import kz.ustau.domain.ledger.Overpayment;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;

/**
 * The ledger inside one transaction of {@link LedgerDatabase} (issue 13), in SQL that SQLite and PostgreSQL both run:
 * money as exact decimals, dates and times as {@code java.time} values, sums made in Java, never in SQL. Nothing here
 * commits: the database does, once the whole step has worked.
 */
final class SqlTransaction implements Ledger.Transaction {
    /** How older rows keep a payroll file: gzip, then Base64 text (before files were kept in chunks). */
    static final String GZIP_BASE64 = "gzip+base64";

    private final Connection db;
    private final LedgerDatabase database;
    /** The BIN of the employer whose rows this transaction reads and writes (issue 18). */
    private final String employer;
    /** Whom the audit trail records this transaction's changes as. */
    private final Actor actor;

    SqlTransaction(Connection db, LedgerDatabase database, Actor actor) {
        this.db = db;
        this.database = database;
        this.employer = database.employer();
        this.actor = actor;
    }

    @Override
    public WritRegistry writs() {
        return new SqlWritRegistry(db, database.location(), employer, this::audited);
    }

    @Override
    public kz.ustau.app.port.Accounts accounts() {
        return new SqlAccounts(db, database.location(), employer, this::audited);
    }

    @Override
    public String employer() {
        return employer;
    }

    @Override
    public void record(String action, String subject, String detail, LocalDateTime at) throws IOException {
        sql(() -> {
            audited(action, subject, detail, at);
            return null;
        });
    }

    /**
     * Adds a step to the audit trail (docs/bureau.md §4), in this transaction: its actor, the action, of what, and the
     * detail, every IIN in them masked ({@link Actor#clean}).
     */
    void audited(String action, String subject, String detail, LocalDateTime at) throws SQLException {
        exec(
                "INSERT INTO audit_event (employer_bin, at, login, origin, action, subject, detail)"
                        + " VALUES (:employer,?,?,?,?,?,?)",
                at,
                actor.login(),
                actor.origin(),
                Actor.clean(action, 20),
                Actor.clean(subject, Actor.MAX),
                Actor.clean(detail == null ? "" : detail, 1000));
    }

    @Override
    public List<AuditEvent> audit(Optional<String> subject, Optional<LocalDateTime> from, Optional<LocalDateTime> to)
            throws IOException {
        return sql(() -> {
            StringBuilder q = new StringBuilder("SELECT id, at, login, origin, action, subject, detail FROM audit_event"
                    + " WHERE employer_bin = :employer");
            List<Object> args = new ArrayList<>();
            subject.ifPresent(x -> {
                q.append(" AND subject = ?");
                args.add(x);
            });
            from.ifPresent(x -> {
                q.append(" AND at >= ?");
                args.add(x);
            });
            to.ifPresent(x -> {
                q.append(" AND at < ?");
                args.add(x);
            });
            q.append(" ORDER BY id");
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement s = prepare(q.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new AuditEvent(
                                rs.getLong(1),
                                rs.getObject(2, LocalDateTime.class),
                                new Actor(rs.getString(3), rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)));
                    }
                }
            }
            return events;
        });
    }

    @Override
    public List<LedgerMonth> months() throws IOException {
        return sql(() -> {
            Set<String> issued = new TreeSet<>();
            try (PreparedStatement s =
                            prepare("SELECT DISTINCT period FROM ledger_payment WHERE employer_bin = :employer");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    issued.add(rs.getString(1).strip());
                }
            }
            List<LedgerMonth> out = new ArrayList<>();
            try (PreparedStatement s = prepare(
                            "SELECT period, status, stale_since, note FROM ledger_month WHERE employer_bin = :employer"
                                    + " ORDER BY period");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String period = rs.getString(1).strip();
                    out.add(new LedgerMonth(
                            YearMonth.parse(period),
                            MonthStatus.valueOf(rs.getString(2).strip()),
                            Optional.ofNullable(rs.getString(3)).map(m -> YearMonth.parse(m.strip())),
                            Optional.ofNullable(rs.getString(4)),
                            issued.contains(period)));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<MonthRecord> month(YearMonth period) throws IOException {
        Optional<LedgerMonth> month =
                months().stream().filter(m -> m.period().equals(period)).findFirst();
        if (month.isEmpty()) {
            return Optional.empty();
        }
        return sql(() -> {
            String digest;
            try (PreparedStatement s =
                    prepare("SELECT payroll_digest FROM ledger_month WHERE employer_bin = :employer AND period = ?")) {
                s.setString(1, period.toString());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    digest = rs.getString(1).strip();
                }
            }
            Set<String> files = new TreeSet<>();
            try (PreparedStatement s =
                    prepare("SELECT digest FROM month_file WHERE employer_bin = :employer AND period = ?")) {
                s.setString(1, period.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        files.add(rs.getString(1).strip());
                    }
                }
            }
            return Optional.of(new MonthRecord(month.get(), digest, files));
        });
    }

    @Override
    public void saveMonth(
            YearMonth period, MonthStatus status, String payrollDigest, Iterable<DebtorMonth> debtors, LocalDateTime at)
            throws IOException {
        sql(() -> {
            exec("DELETE FROM ledger_line WHERE employer_bin = :employer AND period = ?", period.toString());
            try (PreparedStatement s = prepare(
                    "INSERT INTO ledger_line (employer_bin, period, writ_id, employee_id, base, demand_current, demand_debt,"
                            + " withheld_current, withheld_debt, debt_before, debt_after, held, debtor_name)"
                            + " VALUES (:employer,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (DebtorMonth dm : debtors) {
                    for (Deduction d : dm.deductions()) {
                        s.setString(1, period.toString());
                        s.setString(2, d.writ().id());
                        s.setString(3, dm.debtor().employeeId());
                        s.setBigDecimal(4, d.base().amount());
                        s.setBigDecimal(5, d.demandCurrent().amount());
                        s.setBigDecimal(6, d.demandDebt().amount());
                        s.setBigDecimal(7, d.withheldCurrent().amount());
                        s.setBigDecimal(8, d.withheldDebt().amount());
                        s.setBigDecimal(9, d.debtBefore().amount());
                        s.setBigDecimal(10, d.debtAfter().amount());
                        // RULES §11.1: without an account the money is held until the details arrive
                        s.setBigDecimal(11, d.held().amount());
                        s.setString(12, dm.debtor().fullName());
                        s.executeUpdate();
                    }
                }
            }
            exec("DELETE FROM ledger_month WHERE employer_bin = :employer AND period = ?", period.toString());
            exec(
                    "INSERT INTO ledger_month (employer_bin, period, status, payroll_digest, closed_at)"
                            + " VALUES (:employer,?,?,?,?)",
                    period.toString(),
                    status.name(),
                    payrollDigest,
                    at);
            return null;
        });
    }

    @Override
    public void status(
            YearMonth period,
            MonthStatus status,
            Optional<YearMonth> staleSince,
            Optional<String> note,
            LocalDateTime at)
            throws IOException {
        sql(() -> {
            int n = exec(
                    "UPDATE ledger_month SET status = ?, stale_since = ?, note = ?, closed_at = ?"
                            + " WHERE employer_bin = :employer AND period = ?",
                    status.name(),
                    staleSince.map(YearMonth::toString).orElse(null),
                    note.map(SqlTransaction::bounded).orElse(null),
                    at,
                    period.toString());
            if (n == 0) {
                exec(
                        "INSERT INTO ledger_month (employer_bin, period, status, payroll_digest, closed_at, stale_since,"
                                + " note) VALUES (:employer,?,?,?,?,?,?)",
                        period.toString(),
                        status.name(),
                        "",
                        at,
                        staleSince.map(YearMonth::toString).orElse(null),
                        note.map(SqlTransaction::bounded).orElse(null));
            }
            return null;
        });
    }

    @Override
    public void event(YearMonth period, MonthEvent event, String detail, LocalDateTime at) throws IOException {
        sql(() -> {
            exec(
                    "INSERT INTO month_event (employer_bin, period, at, event, detail) VALUES (:employer,?,?,?,?)",
                    period.toString(),
                    at,
                    event.name(),
                    bounded(detail));
            audited(event.name(), period.toString(), detail, at);
            return null;
        });
    }

    @Override
    public Map<String, Tenge> debtsBefore(YearMonth period) throws IOException {
        return sql(() -> {
            Map<String, Tenge> debts = new HashMap<>();
            try (PreparedStatement s = prepare("SELECT l.writ_id, l.debt_after FROM ledger_line l JOIN"
                    + " (SELECT writ_id, MAX(period) AS last FROM ledger_line WHERE employer_bin = :employer"
                    + " AND period < ? GROUP BY writ_id) m ON l.writ_id = m.writ_id AND l.period = m.last"
                    + " WHERE l.employer_bin = :employer")) {
                s.setString(1, period.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        debts.put(rs.getString(1), new Tenge(rs.getBigDecimal(2)));
                    }
                }
            }
            return debts;
        });
    }

    @Override
    public List<WritLine> lines(YearMonth period) throws IOException {
        return lines("l.period = ? ORDER BY l.employee_id, l.writ_id", period.toString());
    }

    @Override
    public List<HeldMoney> held(YearMonth period) throws IOException {
        return sql(() -> {
            List<Object[]> rows = new ArrayList<>();
            // held is TEXT in SQLite and NUMERIC in PostgreSQL: compared as a number in both
            try (PreparedStatement s = prepare("SELECT l.period, l.writ_id, l.employee_id, l.held"
                    + " FROM ledger_line l JOIN ledger_month m ON m.employer_bin = l.employer_bin AND m.period = l.period"
                    + " WHERE l.employer_bin = :employer AND l.period < ? AND m.status = 'LOCKED' AND CAST(l.held AS REAL) > 0"
                    + " ORDER BY l.period, l.writ_id")) {
                s.setString(1, period.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {
                            YearMonth.parse(rs.getString(1).strip()),
                            rs.getString(2),
                            rs.getString(3),
                            t(rs.getBigDecimal(4))
                        });
                    }
                }
            }
            List<HeldMoney> out = new ArrayList<>();
            for (Object[] r : rows) {
                Tenge paid = Tenge.ZERO;
                try (PreparedStatement s = prepare("SELECT amount FROM ledger_payment"
                        + " WHERE employer_bin = :employer AND period = ? AND writ_id = ?")) {
                    s.setString(1, r[0].toString());
                    s.setString(2, (String) r[1]);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            paid = paid.plus(t(rs.getBigDecimal(1)));
                        }
                    }
                }
                Tenge left = ((Tenge) r[3]).minus(paid);
                if (left.isPositive()) {
                    out.add(new HeldMoney((YearMonth) r[0], (String) r[1], (String) r[2], left));
                }
            }
            return out;
        });
    }

    @Override
    public List<WritLine> history(String writId) throws IOException {
        return lines("l.writ_id = ? ORDER BY l.period", writId);
    }

    private List<WritLine> lines(String where, String arg) throws IOException {
        return sql(() -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT l.period, l.writ_id, l.employee_id, l.base,"
                    + " l.demand_current, l.demand_debt, l.withheld_current, l.withheld_debt, l.debt_before,"
                    + " l.debt_after, l.held, l.debtor_name FROM ledger_line l WHERE l.employer_bin = :employer AND "
                    + where)) {
                s.setString(1, arg);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {
                            YearMonth.parse(rs.getString(1).strip()),
                            rs.getString(2),
                            rs.getString(3),
                            t(rs.getBigDecimal(4)),
                            t(rs.getBigDecimal(5)),
                            t(rs.getBigDecimal(6)),
                            t(rs.getBigDecimal(7)),
                            t(rs.getBigDecimal(8)),
                            t(rs.getBigDecimal(9)),
                            t(rs.getBigDecimal(10)),
                            t(rs.getBigDecimal(11)),
                            rs.getString(12) == null ? "" : rs.getString(12)
                        });
                    }
                }
            }
            Map<String, Tenge> paid = new HashMap<>();
            String paidWhere = where.startsWith("l.period") ? "period = ?" : "writ_id = ?";
            try (PreparedStatement s = prepare("SELECT period, writ_id, amount FROM ledger_payment"
                    + " WHERE employer_bin = :employer AND " + paidWhere)) {
                s.setString(1, arg);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        paid.merge(
                                rs.getString(1).strip() + "|" + rs.getString(2), t(rs.getBigDecimal(3)), Tenge::plus);
                    }
                }
            }
            List<WritLine> out = new ArrayList<>();
            for (Object[] r : rows) {
                YearMonth p = (YearMonth) r[0];
                String writ = (String) r[1];
                out.add(new WritLine(
                        p,
                        writ,
                        (String) r[2],
                        (Tenge) r[3],
                        (Tenge) r[4],
                        (Tenge) r[5],
                        (Tenge) r[6],
                        (Tenge) r[7],
                        (Tenge) r[8],
                        (Tenge) r[9],
                        paid.getOrDefault(p + "|" + writ, Tenge.ZERO),
                        (Tenge) r[10],
                        (String) r[11]));
            }
            return out;
        });
    }

    @Override
    public void savePayroll(YearMonth period, List<StoredPayroll> files) throws IOException {
        sql(() -> {
            exec("DELETE FROM month_file WHERE employer_bin = :employer AND period = ?", period.toString());
            for (StoredPayroll f : files) {
                long blob = Blobs.store(db, employer, f.content(), f.digest());
                exec(
                        "INSERT INTO month_file (employer_bin, period, digest, name, mapping, blob_id)"
                                + " VALUES (:employer,?,?,?,?,?)",
                        period.toString(),
                        f.digest(),
                        bounded(f.name()),
                        f.mapping().orElse(null),
                        blob);
            }
            return null;
        });
    }

    @Override
    public List<StoredPayroll> payroll(YearMonth period) throws IOException {
        return sql(() -> {
            List<StoredPayroll> out = new ArrayList<>();
            try (PreparedStatement s = prepare(
                    "SELECT digest, name, mapping, blob_id, content,"
                            + " content_encoding FROM month_file WHERE employer_bin = :employer AND period = ? ORDER BY digest")) {
                s.setString(1, period.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(2);
                        Path file = OwnerOnly.tempFile(null, "ustau-stored-", extension(name));
                        file.toFile().deleteOnExit();
                        long blob = rs.getLong(4);
                        boolean chunked = !rs.wasNull();
                        String encoding = rs.getString(6);
                        try (OutputStream to = Files.newOutputStream(file)) {
                            if (chunked) {
                                Blobs.copy(db, employer, blob, to);
                            } else {
                                legacy(rs.getAsciiStream(5), encoding, to);
                            }
                        }
                        out.add(new StoredPayroll(
                                rs.getString(1).strip(), name, file, Optional.ofNullable(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }

    /** A payroll file kept before files were chunked: Base64 text, gzip-compressed inside unless an older row. */
    static void legacy(InputStream base64, String encoding, OutputStream to) throws IOException {
        if (base64 == null) {
            return;
        }
        try (InputStream text = base64) {
            InputStream bytes = Base64.getDecoder().wrap(text);
            if (GZIP_BASE64.equals(encoding)) {
                bytes = new GZIPInputStream(bytes, 1 << 16);
            }
            bytes.transferTo(to);
        }
    }

    private static String extension(String name) {
        String fileName = Path.of(name).getFileName().toString();
        return fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : ".csv";
    }

    @Override
    public List<IssuedOrder> orders(YearMonth period) throws IOException {
        return sql(() -> {
            List<IssuedOrder> out = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT payment_no, writ_id, amount, correction, exported_at"
                    + " FROM ledger_payment WHERE employer_bin = :employer AND period = ? ORDER BY payment_no")) {
                s.setString(1, period.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IssuedOrder(
                                rs.getLong(1),
                                period,
                                rs.getString(2),
                                t(rs.getBigDecimal(3)),
                                rs.getBoolean(4),
                                rs.getObject(5, LocalDateTime.class)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long lastOrderNumber() throws IOException {
        return sql(() -> {
            try (PreparedStatement s =
                            prepare("SELECT MAX(payment_no) FROM ledger_payment WHERE employer_bin = :employer");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public void issue(IssuedOrder o) throws IOException {
        sql(() -> exec(
                "INSERT INTO ledger_payment (employer_bin, payment_no, period, writ_id, amount, exported_at,"
                        + " correction) VALUES (:employer,?,?,?,?,?,?)",
                o.number(),
                o.period().toString(),
                o.writId(),
                o.amount().amount(),
                o.issuedAt(),
                o.correction()));
    }

    @Override
    public void overpaid(Overpayment o) throws IOException {
        sql(() -> exec(
                "INSERT INTO ledger_overpayment (employer_bin, period, writ_id, amount, found_at)"
                        + " VALUES (:employer,?,?,?,?)",
                o.period().toString(),
                o.writId(),
                o.amount().amount(),
                o.foundAt()));
    }

    @Override
    public List<Overpayment> overpayments() throws IOException {
        return sql(() -> {
            List<Overpayment> out = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT period, writ_id, amount, found_at FROM ledger_overpayment"
                            + " WHERE employer_bin = :employer ORDER BY period, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Overpayment(
                            YearMonth.parse(rs.getString(1).strip()),
                            rs.getString(2),
                            t(rs.getBigDecimal(3)),
                            rs.getObject(4, LocalDateTime.class)));
                }
            }
            return out;
        });
    }

    @Override
    public long keep(YearMonth period, Path dir, List<StagedFile> files, LocalDateTime at) throws IOException {
        return sql(() -> {
            long id;
            try (PreparedStatement s = prepare(
                    "INSERT INTO publication (employer_bin, period, dir, made_at) VALUES (:employer,?,?,?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, period.toString());
                s.setString(2, dir.toAbsolutePath().normalize().toString());
                s.setObject(3, at);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (StagedFile f : files) {
                long blob = Blobs.store(db, employer, f.content(), f.sha256());
                exec(
                        "INSERT INTO publication_file (employer_bin, publication_id, name, blob_id)"
                                + " VALUES (:employer,?,?,?)",
                        id,
                        f.name(),
                        blob);
            }
            return id;
        });
    }

    @Override
    public List<Publication> unpublished() throws IOException {
        return publications("published_at IS NULL ORDER BY id", null);
    }

    @Override
    public void published(long publication, LocalDateTime at) throws IOException {
        sql(() -> exec(
                "UPDATE publication SET published_at = ? WHERE employer_bin = :employer AND id = ?", at, publication));
    }

    @Override
    public Optional<Publication> lastPublication(YearMonth period) throws IOException {
        List<Publication> all = publications("period = ? ORDER BY id DESC", period.toString());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private List<Publication> publications(String where, String arg) throws IOException {
        return sql(() -> {
            Map<Long, Object[]> found = new LinkedHashMap<>();
            try (PreparedStatement s = prepare("SELECT id, period, dir, made_at, published_at FROM publication"
                    + " WHERE employer_bin = :employer AND " + where)) {
                if (arg != null) {
                    s.setString(1, arg);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new Object[] {
                            YearMonth.parse(rs.getString(2).strip()),
                            Path.of(rs.getString(3)),
                            rs.getObject(4, LocalDateTime.class),
                            Optional.ofNullable(rs.getObject(5, LocalDateTime.class))
                        });
                    }
                }
            }
            List<Publication> out = new ArrayList<>();
            for (Map.Entry<Long, Object[]> e : found.entrySet()) {
                List<String> names = new ArrayList<>();
                try (PreparedStatement s = prepare(
                        "SELECT name FROM publication_file WHERE employer_bin = :employer AND publication_id = ?"
                                + " ORDER BY name")) {
                    s.setLong(1, e.getKey());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            names.add(rs.getString(1));
                        }
                    }
                }
                Object[] p = e.getValue();
                @SuppressWarnings("unchecked")
                Optional<LocalDateTime> publishedAt = (Optional<LocalDateTime>) p[3];
                out.add(new Publication(
                        e.getKey(), (YearMonth) p[0], (Path) p[1], (LocalDateTime) p[2], publishedAt, names));
            }
            return out;
        });
    }

    @Override
    public void copy(long publication, String file, OutputStream out) throws IOException {
        sql(() -> {
            try (PreparedStatement s = prepare("SELECT blob_id FROM publication_file"
                    + " WHERE employer_bin = :employer AND publication_id = ? AND name = ?")) {
                s.setLong(1, publication);
                s.setString(2, file);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("the ledger keeps no " + file + " for publication " + publication);
                    }
                    Blobs.copy(db, employer, rs.getLong(1), out);
                }
            }
            return null;
        });
    }

    // ---- helpers ----

    private static Tenge t(BigDecimal b) {
        return new Tenge(b);
    }

    static String bounded(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** A statement of this employer's rows ({@link Scoped}). */
    private PreparedStatement prepare(String sql) throws SQLException {
        return db.prepareStatement(Scoped.sql(sql, employer));
    }

    private PreparedStatement prepare(String sql, int keys) throws SQLException {
        return db.prepareStatement(Scoped.sql(sql, employer), keys);
    }

    private int exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    /** SQL work whose failure is the ledger's fault, reported as an I/O failure of the ledger. */
    @FunctionalInterface
    interface Sql<T> {
        T run() throws SQLException, IOException;
    }

    <T> T sql(Sql<T> work) throws IOException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IOException("the ledger " + database.location() + ": " + e.getMessage(), e);
        }
    }
}
