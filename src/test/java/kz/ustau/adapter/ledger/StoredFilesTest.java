package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.app.ledger.StoredPayroll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month's payroll files go into the ledger and come back byte for byte, streamed both ways (a million-line payroll
 * in {@code -Xmx256m}: README's ledger bench), compressed; rows an older Ustau stored as plain Base64 still read.
 */
class StoredFilesTest {
    @TempDir
    Path temp;

    private LedgerDatabase ledger() throws IOException {
        return LedgerDatabase.open(temp.resolve("db").toString(), ReferenceTablesCsv.builtIn());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("db").resolve(LedgerDatabase.SQLITE_FILE));
    }

    @Test
    void filesComeBackByteForByteWithTheirExtensionForTheOwnerOnly() throws Exception {
        byte[] xlsx = new byte[3_000_000];
        new Random(7).nextBytes(xlsx); // incompressible, with every byte value
        Path workbook = Files.write(temp.resolve("Свод 2026-10.xlsx"), xlsx);
        Path csv = Files.writeString(
                temp.resolve("payroll.csv"),
                "employee_id,iin,full_name,period,pay_date,code,amount\n".repeat(1)
                        + "T1,880514312008,Сейтқали Ерлан,2026-10,2026-11-05,SALARY,300000.00\n".repeat(100_000));
        YearMonth october = YearMonth.of(2026, 10);
        try (LedgerDatabase ledger = ledger()) {
            ledger.write(tx -> {
                tx.savePayroll(
                        october,
                        List.of(
                                new StoredPayroll("a", "Свод 2026-10.xlsx", workbook, Optional.of("preset:1c-svod")),
                                new StoredPayroll("b", "payroll.csv", csv, Optional.empty())));
                return null;
            });
        }
        try (LedgerDatabase ledger = ledger();
                Connection db = connect()) {
            List<StoredPayroll> back = ledger.read(tx -> tx.payroll(october));
            assertThat(back).extracting(StoredPayroll::name).containsExactly("Свод 2026-10.xlsx", "payroll.csv");
            assertThat(back.get(0).content()).hasBinaryContent(xlsx);
            assertThat(back.get(0).content().toString()).endsWith(".xlsx");
            assertThat(back.get(0).mapping()).contains("preset:1c-svod");
            assertThat(back.get(1).content()).hasSameBinaryContentAs(csv);
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(back.get(1).content())))
                    .isEqualTo("rw-------");
            // compressed, in chunks of at most 1 MiB: the 7 MB of payroll lines take far less in the database
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT SUM(LENGTH(c.bytes)), MAX(LENGTH(c.bytes)) FROM month_file f"
                            + " JOIN stored_chunk c ON c.blob_id = f.blob_id WHERE f.digest = 'b'")) {
                rs.next();
                assertThat(rs.getLong(1)).isLessThan(Files.size(csv) / 10);
            }
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*), MAX(LENGTH(c.bytes)) FROM month_file f"
                            + " JOIN stored_chunk c ON c.blob_id = f.blob_id WHERE f.digest = 'a'")) {
                rs.next();
                assertThat(rs.getLong(1))
                        .as("the incompressible workbook in chunks")
                        .isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(1 << 20);
            }
        }
    }

    @Test
    void aFileStoredByAnOlderUstauAsPlainBase64StillReads() throws Exception {
        byte[] content = "employee_id,iin\nT1,880514312008\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ledger().close(); // the schema
        try (Connection db = connect()) {
            try (PreparedStatement s =
                    db.prepareStatement("INSERT INTO month_file (employer_bin, period, digest, name, content, mapping)"
                            + " VALUES ('',?,?,?,?,?)")) {
                s.setString(1, "2026-09");
                s.setString(2, "old");
                s.setString(3, "payroll.csv");
                s.setString(4, Base64.getEncoder().encodeToString(content));
                s.setString(5, null);
                s.executeUpdate();
            }
        }
        try (LedgerDatabase ledger = ledger()) {
            List<StoredPayroll> back = ledger.read(tx -> tx.payroll(YearMonth.of(2026, 9)));
            assertThat(back).hasSize(1);
            assertThat(back.get(0).content()).hasBinaryContent(content);
        }
    }

    /** A file kept again under the same digest (the same payroll re-run, the same files exported again) is kept once. */
    @Test
    void theSameFileIsKeptOnce() throws Exception {
        Path csv = Files.writeString(
                temp.resolve("payroll.csv"),
                "employee_id,iin,full_name,period,pay_date,code,amount\n"
                        + "T1,880514312008,Сейтқали Ерлан,2026-10,2026-11-05,SALARY,300000.00\n".repeat(1000));
        try (LedgerDatabase ledger = ledger()) {
            for (int i = 0; i < 3; i++) {
                ledger.write(tx -> {
                    tx.savePayroll(
                            YearMonth.of(2026, 10),
                            List.of(new StoredPayroll("same", "payroll.csv", csv, Optional.empty())));
                    return null;
                });
            }
        }
        try (Connection db = connect();
                var s = db.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM stored_blob")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }
}
