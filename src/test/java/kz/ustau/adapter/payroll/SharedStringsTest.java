package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A workbook's shared strings kept off the heap read back as they were written (issue 4). */
class SharedStringsTest {
    @Test
    void everyStringReadsBackByItsNumberAndNothingStaysOnDisk() throws Exception {
        List<String> written = List.of(
                "Таб. №",
                "",
                "Сейтқали Ерлан Бақытұлы",
                "ӘәҒғҚқҢңӨөҰұҮүҺһІі",
                "860814315854",
                "₸ 350 000,00",
                "😀 emoji");
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countStrings(temp);
        try (SharedStrings strings = new SharedStrings()) {
            assertThat(countStrings(temp)).isEqualTo(before + 1);
            try (Stream<Path> files = Files.list(temp)) {
                Path file = files.filter(p -> p.getFileName().toString().startsWith("ustau-strings-"))
                        .filter(p -> {
                            try {
                                return Files.size(p) == 0;
                            } catch (java.io.IOException e) {
                                return false;
                            }
                        })
                        .findFirst()
                        .orElseThrow();
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
            for (String s : written) {
                strings.add(s);
            }
            strings.finish();
            assertThat(countStrings(temp)).as("deleted once mapped").isEqualTo(before);

            assertThat(strings.size()).isEqualTo(written.size());
            for (int i = written.size() - 1; i >= 0; i--) {
                assertThat(strings.get(i)).hasValue(written.get(i));
            }
            assertThat(strings.get(written.size())).isEqualTo(Optional.empty());
            assertThat(strings.get(-1)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aMillionStringsKeepOnlyTheirOffsetsInTheHeap() throws Exception {
        try (SharedStrings strings = new SharedStrings()) {
            for (int i = 0; i < 1_000_000; i++) {
                strings.add("Қызметкер " + i);
            }
            strings.finish();
            assertThat(strings.get(0)).hasValue("Қызметкер 0");
            assertThat(strings.get(765_432)).hasValue("Қызметкер 765432");
            assertThat(strings.get(999_999)).hasValue("Қызметкер 999999");
        }
    }

    @Test
    void closedBeforeFinishedLeavesNothing() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countStrings(temp);
        try (SharedStrings strings = new SharedStrings()) {
            strings.add("Итого");
        }
        assertThat(countStrings(temp)).isEqualTo(before);
    }

    private static long countStrings(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ustau-strings-"))
                    .count();
        }
    }
}
