package kz.ustau.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An employee's part of {@code explain.txt} found from an index of the file's bytes (issue 21): the same text the page
 * showed when it read the file through, for the first and the last part, with Kazakh and Russian names on either side,
 * and made again when the file changes.
 */
class ExplanationIndexTest {
    static final String RULE = "=".repeat(78);

    @TempDir
    Path temp;

    static String part(String employee, String name, String body) {
        return RULE + "\n" + employee + "  " + name + ", ЖСН 860814****54\nТөлем күні: 05.11.2026\n" + RULE + "\n"
                + body + "\n";
    }

    @Test
    void eachPartIsReadFromItsOwnBytesToTheNextOpeningRule() throws Exception {
        Path file = temp.resolve("explain.txt");
        String head = "Ұстау — 2026 жылғы қазан\n\n";
        String others = "\n" + RULE + "\nЖұмыс берушінің өзге талаптары\n" + RULE + "\nT900  Әлиев Ә.\n";
        Files.writeString(
                file,
                head + part("T001", "Мұқанов Талғат", "1. Ұсталатын табыс\n   жалақы 350 000,00 ₸")
                        + "\n" + part("T002", "Ли Артур", "1. Включено\n   зарплата 100,00 ₸\n" + RULE + " in a body")
                        + "\n" + part("T003", "Волкова Татьяна Олеговна", "соңғы бөлік")
                        + others,
                StandardCharsets.UTF_8);

        assertThat(ExplainText.part(file, "T001"))
                .contains(RULE + "\nT001  Мұқанов Талғат, ЖСН 860814****54\nТөлем күні: 05.11.2026\n" + RULE
                        + "\n1. Ұсталатын табыс\n   жалақы 350 000,00 ₸");
        assertThat(ExplainText.part(file, "T002").orElseThrow())
                .endsWith("зарплата 100,00 ₸\n" + RULE + " in a body")
                .doesNotContain("T003");
        assertThat(ExplainText.part(file, "T003").orElseThrow())
                .as("the last employee's part runs to the section after it, not beyond it")
                .endsWith("соңғы бөлік")
                .doesNotContain("өзге талаптары");
        assertThat(ExplainText.part(file, "T00"))
                .as("a number's beginning is not a number")
                .isEmpty();
        assertThat(ExplainText.part(file, "T900"))
                .as("a line inside a section is no part")
                .isEmpty();
        assertThat(ExplainText.part(temp.resolve("none.txt"), "T001")).isEmpty();
    }

    @Test
    void aFileWrittenWithWindowsLineEndsAndWithoutALastLineEndReadsTheSame() throws Exception {
        Path file = temp.resolve("explain.txt");
        Files.writeString(
                file,
                (part("T001", "Мұқанов Талғат", "бірінші") + "\n" + part("T002", "Ли Артур", "екінші"))
                        .replace("\n", "\r\n")
                        .stripTrailing(),
                StandardCharsets.UTF_8);

        assertThat(ExplainText.part(file, "T001").orElseThrow())
                .endsWith("бірінші")
                .doesNotContain("T002");
        assertThat(ExplainText.part(file, "T002").orElseThrow()).endsWith("екінші");
    }

    @Test
    void aMonthWrittenAgainIsIndexedAgain() throws Exception {
        Path file = temp.resolve("explain.txt");
        Files.writeString(file, part("T001", "Мұқанов Талғат", "бұрынғы"), StandardCharsets.UTF_8);
        assertThat(ExplainText.part(file, "T001").orElseThrow()).endsWith("бұрынғы");

        Files.writeString(
                file,
                part("T002", "Ли Артур", "жаңа") + "\n" + part("T001", "Мұқанов Талғат", "қайта есептелген"),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));

        assertThat(ExplainText.part(file, "T001").orElseThrow()).endsWith("қайта есептелген");
        assertThat(ExplainText.part(file, "T002").orElseThrow())
                .endsWith("жаңа")
                .doesNotContain("T001");
    }
}
