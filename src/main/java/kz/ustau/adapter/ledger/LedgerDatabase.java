package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import kz.ustau.adapter.files.OwnerOnly;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.ledger.Actor;
import kz.ustau.app.ledger.EmployerNotNamedException;
import kz.ustau.app.ledger.EmployerScope;
import kz.ustau.app.ledger.LedgerBusyException;
import kz.ustau.app.port.Ledger;
import kz.ustau.domain.id.IdNumber;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The ledger and the writ registry in one database (issue 13; docs/registry.md): embedded SQLite in a folder by default
 * ({@code DIR/ustau.sqlite}: WAL, {@code synchronous=FULL}, so a committed month survives a kill or a power cut at any
 * moment), or a PostgreSQL server for a payroll bureau. The schema comes from Flyway migrations. One writer at a time:
 * on SQLite {@code BEGIN IMMEDIATE}, on PostgreSQL one for each employer (an advisory lock of its BIN, issue 18); a
 * second writer is refused at once. A ledger an earlier Ustau kept in H2 ({@code DIR/ustau.mv.db}) is copied into SQLite the
 * first time the folder is opened ({@link H2Import}).
 */
public final class LedgerDatabase implements Ledger {
    /** The embedded database file in a {@code --db} folder. */
    public static final String SQLITE_FILE = "ustau.sqlite";

    /**
     * How long a writer waits for another's write to end before it is refused: long enough for the page's small writes
     * (a status, a password: milliseconds), far too short for a month's close — a second close is refused at once.
     */
    static final int WRITER_WAIT_MS = 250;

    private static final int READER_WAIT_MS = 30_000;

    /** The database engines Ustau keeps its ledger in. */
    enum Engine {
        SQLITE,
        POSTGRESQL
    }

    /** Every table whose rows belong to an employer (issue 18): each has {@code employer_bin}. */
    static final List<String> SCOPED_TABLES = List.of(
            "writ",
            "writ_version",
            "writ_event",
            "ledger_month",
            "month_event",
            "ledger_line",
            "ledger_payment",
            "month_file",
            "ledger_overpayment",
            "publication",
            "publication_file",
            "stored_blob",
            "stored_chunk",
            "audit_event");

    private final String location;
    private final String url;
    private final Engine engine;
    private final Properties properties;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    private Connection writer;
    private Connection reader;
    /** Every connection the ledger works through; a test puts a connection that drops in place of the real one. */
    private UnaryOperator<Connection> connections = UnaryOperator.identity();
    /** The BIN every statement is scoped to: the named employer's, or '' for the rows of one not yet named. */
    private volatile String employer = "";
    /** Whose rows this ledger was opened for. */
    private EmployerScope scope = EmployerScope.UNNAMED;
    /** The named employer that claims the unnamed rows in the next write, or null. */
    private volatile String claimTo;
    /** The claim the last write committed, masked, until {@link #claimed} says it. */
    private volatile String claimedNow;
    /** Whom the audit trail records this ledger's writes as, unless a view names another ({@link #as}). */
    private final Actor actor = processActor();

    private LedgerDatabase(String location, String url, Engine engine, Properties properties) {
        this.location = location;
        this.url = url;
        this.engine = engine;
        this.properties = properties;
    }

    /** The same ledger, its connections passed through {@code connections} (a test's faulty one). */
    static LedgerDatabase open(
            String location, ReferenceTables tables, EmployerScope scope, UnaryOperator<Connection> connections)
            throws IOException {
        LedgerDatabase db = open(location, tables, scope);
        db.connections = connections;
        return db;
    }

    /** The ledger of the database's only employer (or of the one not yet named). */
    public static LedgerDatabase open(String location, ReferenceTables tables) throws IOException {
        return open(location, tables, EmployerScope.UNNAMED);
    }

    /**
     * Opens (and migrates) the ledger at {@code location}: a folder for the embedded database, or a {@code jdbc:sqlite:}
     * or {@code jdbc:postgresql:} URL (the role in {@code USTAU_DB_USER}, its password in {@code USTAU_DB_PASSWORD}).
     * {@code tables} read the writs an earlier Ustau kept as text, once, when they are given typed columns.
     */
    public static LedgerDatabase open(String location, ReferenceTables tables, EmployerScope scope) throws IOException {
        if (location.startsWith("jdbc:h2:")) {
            throw new IOException(
                    location + ": H2 is no longer used for the ledger (its file store lost closed months);"
                            + " give the folder holding ustau.mv.db as --db DIR and Ustau copies it into SQLite");
        }
        LedgerDatabase db;
        if (location.startsWith("jdbc:postgresql:")) {
            Properties p = new Properties();
            p.setProperty("user", System.getenv().getOrDefault("USTAU_DB_USER", "ustau"));
            p.setProperty("password", System.getenv().getOrDefault("USTAU_DB_PASSWORD", ""));
            db = new LedgerDatabase(location, location, Engine.POSTGRESQL, p);
        } else if (location.startsWith("jdbc:sqlite:")) {
            db = new LedgerDatabase(location, location, Engine.SQLITE, sqlite(WRITER_WAIT_MS));
        } else if (location.startsWith("jdbc:")) {
            throw new IOException(location + ": the ledger is kept in a folder (SQLite) or on PostgreSQL"
                    + " (jdbc:postgresql://…); other databases are not supported");
        } else {
            Path dir = Path.of(location).toAbsolutePath();
            OwnerOnly.folder(dir);
            Path file = dir.resolve(SQLITE_FILE);
            if (!Files.exists(file) && Files.exists(dir.resolve(H2Import.H2_FILE))) {
                H2Import.into(dir, file, tables);
            }
            db = new LedgerDatabase(location, "jdbc:sqlite:" + file, Engine.SQLITE, sqlite(WRITER_WAIT_MS));
        }
        db.migrate(tables);
        if (db.engine == Engine.SQLITE && !location.startsWith("jdbc:")) {
            ownerOnly(Path.of(location).toAbsolutePath());
        }
        db.scope(scope);
        return db;
    }

    /**
     * Whose rows this ledger reads and writes (docs/bureau.md §1): the named employer's; with none named, the
     * database's only employer, or the rows of the one an earlier release kept without a BIN; a database of several
     * refuses. The rows kept without a BIN are claimed by the first write of a named employer when no other employer
     * is in the database.
     */
    private void scope(EmployerScope scope) throws IOException {
        this.scope = scope;
        try (Connection c = connect(READER_WAIT_MS)) {
            scope(c);
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    /**
     * The scope worked out again at the start of a transaction while it is still the rows of an employer not yet
     * named: another process may have claimed them for the BIN it named since this ledger was opened (a page opened
     * without --employer, a month closed with it beside the page).
     */
    private void rescope(Connection c) throws SQLException, IOException {
        if (employer.isEmpty()) {
            scope(c);
        }
    }

    private void scope(Connection c) throws SQLException, IOException {
        Set<String> held = new TreeSet<>();
        try (Statement s = c.createStatement();
                // on PostgreSQL past the policies, which show a role only the rows of the employer it named (V12)
                ResultSet rs = s.executeQuery(
                        engine == Engine.POSTGRESQL
                                ? "SELECT * FROM ustau_employers()"
                                : "SELECT employer_bin FROM writ UNION SELECT employer_bin FROM ledger_month UNION"
                                        + " SELECT employer_bin FROM ledger_payment")) {
            while (rs.next()) {
                held.add(rs.getString(1));
            }
        }
        Set<String> named = new TreeSet<>(held);
        named.remove("");
        if (scope.named().isPresent()) {
            String bin = scope.named().get().digits();
            boolean unnamedOnly = held.contains("") && named.stream().allMatch(bin::equals);
            if (unnamedOnly && !named.contains(bin)) {
                // rows of the one employer an earlier release kept: read as they are until the first write files
                // them under this employer
                employer = "";
                claimTo = bin;
            } else {
                employer = bin;
                claimTo = unnamedOnly ? bin : null;
            }
        } else if (named.size() > 1) {
            throw new EmployerNotNamedException(
                    location, named.stream().map(LedgerDatabase::masked).toList());
        } else {
            employer = named.isEmpty() ? "" : named.iterator().next();
        }
    }

    /** The advisory locks of Ustau's writers on PostgreSQL: this prefix, then the employer's BIN (0 for none). */
    private static final long WRITER_LOCKS = 0x5553L << 48;

    /**
     * One writer at a time for each employer (docs/bureau.md §5): on PostgreSQL a lock of the employer's own, held to
     * the end of the transaction, so that a bureau's accountants close different employers side by side and a second
     * writer of the same employer is refused at once; SQLite has one writer for the whole file (BEGIN IMMEDIATE).
     */
    private void lock(Connection c, String bin) throws SQLException, LedgerBusyException {
        if (engine != Engine.POSTGRESQL) {
            return;
        }
        long key = WRITER_LOCKS | (bin.isEmpty() ? 0L : Long.parseLong(bin));
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new LedgerBusyException(location, null);
                }
            }
        }
    }

    /**
     * Names the employer for the transaction begun on {@code c}: on PostgreSQL its policies (V12) then show and take
     * only that employer's rows, whatever a statement asks; SQLite has the scope in every statement alone.
     */
    private void named(Connection c) throws SQLException {
        if (engine == Engine.POSTGRESQL) {
            try (PreparedStatement s = c.prepareStatement("SELECT set_config('ustau.employer', ?, true)")) {
                s.setString(1, employer);
                s.execute();
            }
        }
    }

    /** A BIN as messages say it: masked, as IINs are. */
    private static String masked(String bin) {
        return IdNumber.parse(bin).map(IdNumber::masked).orElse(bin);
    }

    /** The BIN every statement is scoped to ('' for the rows of an employer not yet named). */
    String employer() {
        return employer;
    }

    @Override
    public Optional<String> claimed() {
        Optional<String> said = Optional.ofNullable(claimedNow);
        claimedNow = null;
        return said;
    }

    /** Files the rows kept without a BIN under {@code bin}, in the transaction of the write that names it. */
    private void claim(Connection c, String bin) throws SQLException {
        if (engine == Engine.POSTGRESQL) {
            try (PreparedStatement s = c.prepareStatement("SELECT ustau_claim(?)")) {
                s.setString(1, bin);
                s.execute();
            }
            return;
        }
        for (String table : SCOPED_TABLES) {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE " + table + " SET employer_bin = ? WHERE employer_bin = ''")) {
                s.setString(1, bin);
                s.executeUpdate();
            }
        }
    }

    /** SQLite as the ledger needs it: write-ahead log, every commit synced to the disk, a bounded wait for a lock. */
    static Properties sqlite(int busyTimeoutMs) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(busyTimeoutMs);
        return config.toProperties();
    }

    private void migrate(ReferenceTables tables) throws IOException {
        try {
            var config = Flyway.configure();
            if (engine == Engine.SQLITE) {
                SQLiteDataSource source = new SQLiteDataSource(new SQLiteConfig(sqlite(READER_WAIT_MS)));
                source.setUrl(url);
                config.dataSource(source).locations("classpath:db/migration/sqlite");
            } else {
                config.dataSource(url, properties.getProperty("user"), properties.getProperty("password"))
                        .locations("classpath:db/migration/portable", "classpath:db/migration/postgresql")
                        .javaMigrations(new TypedWritsMigration(tables));
            }
            config.load().migrate();
        } catch (RuntimeException e) {
            throw new IOException(location + ": the ledger's schema could not be made: " + e.getMessage(), e);
        }
    }

    /**
     * The database folder and its files readable by their owner only (they hold IINs): SQLite makes its write-ahead
     * log and index as it goes, with the process's default permissions, inside a folder that is the owner's alone.
     */
    private static void ownerOnly(Path dir) throws IOException {
        OwnerOnly.folder(dir);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ustau"))
                    .filter(Files::isRegularFile)
                    .toList()) {
                OwnerOnly.set(f, false);
            }
        }
    }

    @Override
    public String location() {
        return location;
    }

    Engine engine() {
        return engine;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Ledger as(Actor someone) {
        return new Acting(someone);
    }

    /**
     * This ledger, its writes recorded as another's (the page's user at their address): a view of the same connections,
     * which closing leaves open — the ledger that was opened is closed by whoever opened it.
     */
    private final class Acting implements Ledger {
        private final Actor someone;

        Acting(Actor someone) {
            this.someone = Objects.requireNonNull(someone, "actor");
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public Optional<String> claimed() {
            return LedgerDatabase.this.claimed();
        }

        @Override
        public Ledger as(Actor other) {
            return new Acting(other);
        }

        @Override
        public Actor actor() {
            return someone;
        }

        @Override
        public <T> T write(Work<T> work) throws LedgerBusyException, IOException, InvalidInputException {
            return LedgerDatabase.this.write(someone, work);
        }

        @Override
        public <T> T read(Work<T> work) throws IOException, InvalidInputException {
            return LedgerDatabase.this.read(work);
        }

        @Override
        public void close() {
            // the view owns nothing
        }
    }

    /**
     * The user of this process on this host ({@code cli@HOST}), from the environment and {@code /etc/hostname}: never a
     * name lookup, which may wait on the network.
     */
    static Actor processActor() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME"))
                .or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME")))
                .filter(h -> !h.isBlank())
                .orElseGet(LedgerDatabase::hostFile);
        return Actor.command(System.getProperty("user.name", ""), host);
    }

    private static String hostFile() {
        try {
            Path file = Path.of("/etc/hostname");
            return Files.isReadable(file) ? Files.readString(file).strip() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public <T> T write(Work<T> work) throws LedgerBusyException, IOException, InvalidInputException {
        return write(actor, work);
    }

    private <T> T write(Actor by, Work<T> work) throws LedgerBusyException, IOException, InvalidInputException {
        synchronized (writeLock) {
            Connection c = writer();
            begin(c);
            boolean done = false;
            String scopedBefore = employer;
            try {
                rescope(c);
                lock(c, employer);
                if (claimTo != null) {
                    lock(c, claimTo);
                    claim(c, claimTo);
                    employer = claimTo;
                }
                named(c);
                T result = work.in(new SqlTransaction(c, this, by));
                commit(c);
                done = true;
                if (claimTo != null) {
                    claimedNow = masked(claimTo);
                    claimTo = null;
                }
                return result;
            } catch (SQLException e) {
                if (busy(e)) {
                    throw new LedgerBusyException(location, e);
                }
                throw fault(e);
            } finally {
                if (!done) {
                    employer = scopedBefore;
                    rollback(c);
                }
            }
        }
    }

    @Override
    public <T> T read(Work<T> work) throws IOException, InvalidInputException {
        synchronized (readLock) {
            Connection c = reader();
            try {
                if (engine == Engine.SQLITE) {
                    exec(c, "BEGIN");
                }
                try {
                    rescope(c);
                    named(c);
                    return work.in(new SqlTransaction(c, this, actor));
                } finally {
                    if (engine == Engine.SQLITE) {
                        exec(c, "COMMIT");
                    } else {
                        c.commit();
                    }
                }
            } catch (SQLException e) {
                throw fault(e);
            }
        }
    }

    private void begin(Connection c) throws LedgerBusyException, IOException {
        try {
            if (engine == Engine.SQLITE) {
                exec(c, "BEGIN IMMEDIATE");
            }
            // PostgreSQL: the transaction begins with its first statement; its lock is the employer's (lock)
        } catch (SQLException e) {
            if (engine == Engine.POSTGRESQL) {
                rollback(c);
            }
            if (busy(e)) {
                throw new LedgerBusyException(location, e);
            }
            throw fault(e);
        }
    }

    private void commit(Connection c) throws SQLException {
        if (engine == Engine.SQLITE) {
            exec(c, "COMMIT");
        } else {
            c.commit();
        }
    }

    private void rollback(Connection c) {
        try {
            if (engine == Engine.SQLITE) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                } else {
                    exec(c, "ROLLBACK");
                }
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            // no transaction was open (BEGIN itself failed), or the connection is gone: nothing was committed
        }
    }

    /** Another writer holds the ledger: SQLite's busy or locked, PostgreSQL's lock not available. */
    static boolean busy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                int code = s.getErrorCode() & 0xff;
                if ("55P03".equals(s.getSQLState()) || code == 5 || code == 6) {
                    return true;
                }
                String m = String.valueOf(s.getMessage());
                if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
                    return true;
                }
            }
        }
        return false;
    }

    private IOException fault(SQLException e) {
        return new IOException("the ledger " + location + ": " + e.getMessage(), e);
    }

    private Connection writer() throws IOException {
        try {
            if (writer == null || writer.isClosed()) {
                writer = connect(WRITER_WAIT_MS);
                if (engine == Engine.POSTGRESQL) {
                    writer.setAutoCommit(false);
                }
            }
            return writer;
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    private Connection reader() throws IOException {
        try {
            if (reader == null || reader.isClosed()) {
                reader = connect(READER_WAIT_MS);
                if (engine == Engine.POSTGRESQL) {
                    reader.setAutoCommit(false);
                    reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    reader.setReadOnly(true);
                }
            }
            return reader;
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    private Connection connect(int waitMs) throws SQLException {
        return connections.apply(
                DriverManager.getConnection(url, engine == Engine.SQLITE ? sqlite(waitMs) : properties));
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (writeLock) {
                if (writer != null) {
                    writer.close();
                }
            }
            synchronized (readLock) {
                if (reader != null) {
                    reader.close();
                }
            }
        } catch (SQLException e) {
            throw fault(e);
        }
    }
}
