package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kz.ustau.adapter.files.MonthFolder;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.app.Ports;
import kz.ustau.app.ledger.Publication;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.app.port.MonthFiles;
import kz.ustau.cli.Main;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.LedgerMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: faults at the true outside boundaries that a test cannot make happen for real — a disk that fills while a
 * month's files are written or published, a database connection that drops between two statements of a close —
 * simulated there with Mockito; afterwards the ledger is read whole with a sound connection, and it agrees with the
 * month's folder.
 */
class LedgerFaultsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path temp;

    String db;
    Path out;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void registry() {
        db = temp.resolve("db").toString();
        out = temp.resolve("months/2026-10");
        assertThat(ustau(
                        Main.ports(),
                        "writs",
                        "import",
                        "sample-payroll/writs.csv",
                        "--db",
                        db,
                        "--employer",
                        "sample-payroll/employer.properties"))
                .isZero();
    }

    int ustau(Ports ports, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err), CLOCK, ports);
    }

    int close(Ports ports) {
        return ustau(
                ports,
                "month",
                "close",
                "--db",
                db,
                "--period",
                "2026-10",
                "--payroll",
                "sample-payroll/payroll.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out.toString(),
                "--now",
                "2026-11-02T09:00");
    }

    /** A disk that fills once {@code room} more bytes are written into a staging folder. */
    static MonthFiles fillingAfter(long room, AtomicLong written) throws IOException {
        MonthFiles files = spy(new MonthFolder());
        doAnswer(stage -> {
                    MonthFiles.Staging real = (MonthFiles.Staging) stage.callRealMethod();
                    MonthFiles.Staging staging = spy(real);
                    doAnswer(create -> new FilterOutputStream((OutputStream) create.callRealMethod()) {
                                @Override
                                public void write(int b) throws IOException {
                                    if (written.incrementAndGet() > room) {
                                        throw new IOException("No space left on device");
                                    }
                                    out.write(b);
                                }

                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    for (int i = 0; i < len; i++) {
                                        write(b[off + i]);
                                    }
                                }
                            })
                            .when(staging)
                            .create(anyString());
                    return staging;
                })
                .when(files)
                .stage(any());
        return files;
    }

    /**
     * The disk fills at points spread over all the bytes a month writes, so that it fills in every kind of file (the
     * CSVs, the pain.001 XML, the letters' PDF and DOCX): each time one line says so, nothing is kept.
     */
    @Test
    void aDiskThatFillsWhileTheFilesAreWrittenLeavesTheLedgerAndTheFolderAsTheyWere() throws Exception {
        AtomicLong month = new AtomicLong();
        String was = db;
        Path into = out;
        db = temp.resolve("count").toString();
        out = temp.resolve("counted/2026-10");
        assertThat(ustau(
                        Main.ports(),
                        "writs",
                        "import",
                        "sample-payroll/writs.csv",
                        "--db",
                        db,
                        "--employer",
                        "sample-payroll/employer.properties"))
                .isZero();
        assertThat(close(Main.ports().withMonthFiles(fillingAfter(Long.MAX_VALUE, month))))
                .isZero();
        db = was;
        out = into;
        int points = 16;
        for (int k = 0; k < points; k++) {
            long room = month.get() * k / points;
            err.getBuffer().setLength(0);
            assertThat(close(Main.ports().withMonthFiles(fillingAfter(room, new AtomicLong()))))
                    .as("full after %d of %d bytes", room, month.get())
                    .isEqualTo(1);
            assertThat(err.toString())
                    .as("full after %d of %d bytes", room, month.get())
                    .isEqualTo("ustau: дискіде орын жоқ: ештеңе жазылмады; орын босатып, қайталаңыз\n");
            assertNothingStored();
            assertThat(out).doesNotExist();
            assertThat(staging()).as("the staging folder went with the failure").isEmpty();
        }
        // the disk has room again: the month closes as if nothing had happened, its orders from 1
        assertThat(close(Main.ports())).isZero();
        assertThat(Files.readAllLines(out.resolve("payments.csv")).get(1)).startsWith("1,");
    }

    @Test
    void aDiskThatFillsWhilePublishingLeavesTheMonthLockedWithItsFilesForTheNextCommand() throws Exception {
        MonthFiles files = spy(new MonthFolder());
        doAnswer(stage -> {
                    MonthFiles.Staging staging = spy((MonthFiles.Staging) stage.callRealMethod());
                    doAnswer(publish -> {
                                throw new IOException("No space left on device");
                            })
                            .when(staging)
                            .publish(any());
                    return staging;
                })
                .when(files)
                .stage(any());
        assertThat(close(Main.ports().withMonthFiles(files))).isEqualTo(1);
        assertThat(err.toString())
                .contains("2026-10 айы есепте сақталды, бірақ оның файлдарын", "No space left on device");
        try (LedgerDatabase ledger = open()) {
            Publication kept = ledger.read(tx -> tx.lastPublication(OCTOBER)).orElseThrow();
            assertThat(kept.publishedAt()).isEmpty();
            List<IssuedOrder> orders = ledger.read(tx -> tx.orders(OCTOBER));
            assertThat(orders).hasSize(15);
        }
        assertThat(out).doesNotExist();
        // the next command, whatever it is, writes what the ledger kept
        assertThat(ustau(Main.ports(), "month", "status", "--db", db)).isZero();
        assertThat(Files.readAllLines(out.resolve("payments.csv"))).hasSize(16);
        try (LedgerDatabase ledger = open()) {
            Publication kept = ledger.read(tx -> tx.lastPublication(OCTOBER)).orElseThrow();
            assertThat(kept.publishedAt()).isPresent();
            assertThat(kept.files()).contains("payments.csv", "payments.xml", "notices/notice-W09-kk.pdf");
        }
        assertThat(staging()).isEmpty();
    }

    /**
     * The connection drops at the {@code n}-th statement of the close, for every {@code n} the close has (reading the
     * months and the writs, storing the payroll, the lines, the orders, the files kept): every time the ledger holds
     * nothing of the month and the folder was not made.
     */
    @Test
    void aConnectionThatDropsBetweenAnyTwoStatementsOfACloseLeavesNothingOfTheMonth() throws Exception {
        String fresh = temp.resolve("count").toString();
        AtomicInteger counted = new AtomicInteger();
        Ports counting = Main.ports()
                .withLedgers((location, scope) -> LedgerDatabase.open(
                        location, ReferenceTablesCsv.builtIn(), scope, c -> dropsAt(c, counted, Integer.MAX_VALUE)));
        // the employer named from the first command, so that no close below files unnamed rows (issue 18)
        assertThat(ustau(
                        counting,
                        "writs",
                        "import",
                        "sample-payroll/writs.csv",
                        "--db",
                        fresh,
                        "--employer",
                        "sample-payroll/employer.properties"))
                .isZero();
        int before = counted.get();
        String was = db;
        Path into = out;
        db = fresh;
        out = temp.resolve("counted/2026-10");
        assertThat(close(counting)).isZero();
        db = was;
        out = into;
        int statements = counted.get() - before;
        assertThat(statements).as("statements of a close").isGreaterThan(30);
        for (int n = 1; n <= statements; n++) {
            AtomicInteger count = new AtomicInteger();
            int at = n;
            Ports dropping = Main.ports()
                    .withLedgers((location, scope) -> LedgerDatabase.open(
                            location, ReferenceTablesCsv.builtIn(), scope, c -> dropsAt(c, count, at)));
            int exit = close(dropping);
            if (n == statements) {
                // the last statement marks the files published, after the commit: the month and its folder are
                // whole, and the next command writes the same files again
                assertThat(exit).isZero();
                try (LedgerDatabase ledger = open()) {
                    List<IssuedOrder> orders = ledger.read(tx -> tx.orders(OCTOBER));
                    assertThat(orders).hasSize(15);
                }
                assertThat(Files.readAllLines(out.resolve("payments.csv"))).hasSize(16);
                continue;
            }
            assertThat(exit).as("dropped at statement %d", n).isEqualTo(1);
            assertThat(err.toString()).contains("the connection dropped");
            assertNothingStored();
            assertThat(out).as("dropped at statement %d", n).doesNotExist();
        }
        assertThat(ustau(Main.ports(), "month", "reopen", "--db", db, "--period", "2026-10", "--reason", "again"))
                .isZero();
        assertThat(close(Main.ports())).isZero();
        assertThat(Files.readAllLines(out.resolve("payments.csv")))
                .as("the same month again: nothing new to pay")
                .hasSize(1);
    }

    /** A connection whose {@code n}-th prepared statement, counted from its first, finds it gone. */
    private static Connection dropsAt(Connection real, AtomicInteger count, int n) {
        Connection c = spy(real);
        try {
            doAnswer(inv -> {
                        if (count.incrementAndGet() == n) {
                            throw new SQLException("the connection dropped", "08006");
                        }
                        return inv.callRealMethod();
                    })
                    .when(c)
                    .prepareStatement(anyString());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    private LedgerDatabase open() throws IOException {
        return LedgerDatabase.open(db, ReferenceTablesCsv.builtIn());
    }

    private void assertNothingStored() throws Exception {
        try (LedgerDatabase ledger = open()) {
            List<LedgerMonth> months = ledger.read(tx -> tx.months());
            List<WritLine> lines = ledger.read(tx -> tx.lines(OCTOBER));
            List<IssuedOrder> orders = ledger.read(tx -> tx.orders(OCTOBER));
            Optional<Publication> kept = ledger.read(tx -> tx.lastPublication(OCTOBER));
            assertThat(months).isEmpty();
            assertThat(lines).isEmpty();
            assertThat(orders).isEmpty();
            assertThat(kept).isEmpty();
            List<kz.ustau.app.ledger.StoredPayroll> payroll = ledger.read(tx -> tx.payroll(OCTOBER));
            assertThat(payroll).isEmpty();
        }
    }

    private List<Path> staging() throws IOException {
        Path months = temp.resolve("months");
        if (!Files.isDirectory(months)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(months)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".ustau-staging-"))
                    .toList();
        }
    }
}
