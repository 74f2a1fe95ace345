package kz.ustau.adapter.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.ustau.app.WritColumns;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a newcomer with the project alone finds every column of every input file in docs/formats.md — the
 * canonical payroll's, the writs', every key employer.properties accepts — each as {@code `name`} in a table row.
 */
class FormatsDocumentedTest {
    static final Path FORMATS = Path.of("docs/formats.md");

    @Test
    void everyColumnAndKeyIsDocumented() throws IOException {
        String doc = Files.readString(FORMATS, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        names.addAll(kz.ustau.adapter.payroll.CanonicalCsvPayroll.REQUIRED);
        names.addAll(kz.ustau.adapter.payroll.CanonicalCsvPayroll.OPTIONAL);
        names.addAll(WritColumns.REQUIRED);
        names.addAll(WritColumns.OPTIONAL);
        names.addAll(EmployerProperties.REQUIRED);
        names.addAll(EmployerProperties.OPTIONAL);
        List<String> missing = names.stream()
                .filter(n -> !doc.contains("`" + n + "`") && !doc.contains(", `" + n + "`"))
                .toList();
        assertThat(names).hasSizeGreaterThan(60);
        assertThat(missing).as("columns and keys docs/formats.md does not name").isEmpty();
    }
}
