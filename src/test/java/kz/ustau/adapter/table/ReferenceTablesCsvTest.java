package kz.ustau.adapter.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Problems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceTablesCsvTest {
    static final Path SHARED = Path.of(System.getProperty("ustau.shared", "../shared"), "domain");

    @TempDir
    Path temp;

    static java.util.List<String> tables() {
        return ReferenceTablesCsv.FILES;
    }

    /**
     * RULES §11: the built-in copy equals shared/domain whenever that folder is present, so that a correction there
     * reaches the product through this failing test. CI always has it beside the project; elsewhere the test is
     * reported skipped with the reason.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theBuiltInCopyIsTheSharedTable(String file) throws IOException {
        Path shared = SHARED.resolve(file);
        Assumptions.assumeTrue(
                Files.exists(shared),
                "no " + shared + ": the built-in table is compared only where ../shared is beside");
        try (InputStream in = ReferenceTablesCsv.class.getResourceAsStream(ReferenceTablesCsv.RESOURCES + file)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("src/main/resources/kz/ustau/tables/%s differs from %s: copy it over", file, shared)
                    .isEqualTo(Files.readString(shared));
        }
    }

    @Test
    void theBuiltInTablesLoad() {
        var t = ReferenceTablesCsv.builtIn();
        // priority.csv's twelve kinds, then the two outside the order of arts. 110–112 (RULES §11.1)
        assertThat(t.priority().codes()).hasSize(14).endsWith("AGREEMENT", "CORRECTIONAL");
        assertThat(t.priority().kind("AGREEMENT").orElseThrow().outsideOrder()).isTrue();
        assertThat(t.incomeTypes().knows("SALARY")).isTrue();
        assertThat(t.calendar().years()).contains(2025, 2026, 2027);
    }

    @Test
    void aBrokenOverrideIsReportedWithItsRowAndColumn() throws IOException {
        Files.writeString(
                temp.resolve("mrp.csv"), "from,mrp,pm,mzp,status\n2026-01-01,4325,abc,85000,x\n2026-01-01,1,1,1,x\n");
        Problems problems = new Problems();
        assertThat(ReferenceTablesCsv.load(Optional.of(temp), problems)).isEmpty();
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            assertThat(e.problems())
                    .extracting(p -> p.row() + ":" + p.column() + ":" + p.code())
                    .containsExactly("2:pm:amount.not-a-number", "3:from:table.duplicate-row");
            assertThat(e.problems().get(0).file()).endsWith("mrp.csv");
            return;
        }
        throw new AssertionError("no problem reported");
    }
}
