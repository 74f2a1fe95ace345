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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month's payroll files go into the ledger and come back byte for byte, streamed both ways (a million-line payroll
 * in {@code -Xmx256m}: README's ledger bench), compressed; rows an older Ustau stored as plain Base64 still read.
 */
class StoredFilesTest {
    @TempDir
    Path temp;

    private Connection connect() throws SQLException {
        WritRegistryDb.open(temp.resolve("db").toString()).close(); // the schema, migrated
        return DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("db").resolve("ustau"), "sa", "");
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
        try (Connection db = connect()) {
            MonthLedgerDb ledger = new MonthLedgerDb(db);
            YearMonth october = YearMonth.of(2026, 10);
            ledger.files(
                    october,
                    List.of(
                            new MonthLedgerDb.StoredFile(
                                    "a", "Свод 2026-10.xlsx", workbook, Optional.of("preset:1c-svod")),
                            new MonthLedgerDb.StoredFile("b", "payroll.csv", csv, Optional.empty())));
            List<MonthLedgerDb.StoredFile> back = ledger.storedFiles(october);
            assertThat(back)
                    .extracting(MonthLedgerDb.StoredFile::name)
                    .containsExactly("Свод 2026-10.xlsx", "payroll.csv");
            assertThat(back.get(0).content()).hasBinaryContent(xlsx);
            assertThat(back.get(0).content().toString()).endsWith(".xlsx");
            assertThat(back.get(0).mapping()).contains("preset:1c-svod");
            assertThat(back.get(1).content()).hasSameBinaryContentAs(csv);
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(back.get(1).content())))
                    .isEqualTo("rw-------");
            // compressed: the 7 MB of payroll lines take far less in the database
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT LENGTH(content) FROM month_file WHERE digest = 'b'")) {
                rs.next();
                assertThat(rs.getLong(1)).isLessThan(Files.size(csv) / 10);
            }
        }
    }

    @Test
    void aFileStoredByAnOlderUstauAsPlainBase64StillReads() throws SQLException, IOException {
        byte[] content = "employee_id,iin\nT1,880514312008\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Connection db = connect()) {
            try (PreparedStatement s = db.prepareStatement(
                    "INSERT INTO month_file (period, digest, name, content, mapping) VALUES (?,?,?,?,?)")) {
                s.setString(1, "2026-09");
                s.setString(2, "old");
                s.setString(3, "payroll.csv");
                s.setString(4, Base64.getEncoder().encodeToString(content));
                s.setString(5, null);
                s.executeUpdate();
            }
            List<MonthLedgerDb.StoredFile> back = new MonthLedgerDb(db).storedFiles(YearMonth.of(2026, 9));
            assertThat(back).hasSize(1);
            assertThat(back.get(0).content()).hasBinaryContent(content);
        }
    }
}
