package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import kz.ustau.app.port.MonthFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month's folder (issue 13): files staged owner-only from their first byte beside it, under a lock its process holds;
 * moved in whole; a staging folder nobody holds swept, one a living process holds left alone.
 */
class MonthFolderTest {
    @TempDir
    Path temp;

    final MonthFolder folder = new MonthFolder();

    @Test
    void aStagedFileIsTheOwnersOnlyBeforeItIsWrittenAndTheFolderGetsItOnlyOnPublish() throws IOException {
        Path dir = temp.resolve("months/2026-10");
        try (MonthFiles.Staging staging = folder.stage(dir)) {
            Path staged;
            try (OutputStream out = staging.create("notices/notice-W09-kk.pdf")) {
                // beside the folder, in the nearest one that exists
                staged = staging(temp).resolve("notices/notice-W09-kk.pdf");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staged)))
                        .as("owner-only while half-written")
                        .isEqualTo("rw-------");
                out.write("ИИН 780717381451".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(staging.files()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo("notices/notice-W09-kk.pdf");
                assertThat(f.size()).isEqualTo("ИИН 780717381451".getBytes(StandardCharsets.UTF_8).length);
                assertThat(f.sha256()).hasSize(64);
            });
            assertThat(dir).doesNotExist();
            assertThat(folder.sweep(dir))
                    .as("a staging folder its process holds is not swept")
                    .isZero();
            staging.publish(name -> false);
        }
        assertThat(dir.resolve("notices/notice-W09-kk.pdf")).hasContent("ИИН 780717381451");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("notices"))))
                .isEqualTo("rwx------");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("months");
        }
    }

    @Test
    void stagingFoldersOfDeadProcessesAreSweptAndAFolderThroughAFileIsRefusedAtOnce() throws IOException {
        Path months = Files.createDirectories(temp.resolve("months"));
        Path dead = Files.createDirectories(months.resolve(".ustau-staging-dead"));
        Files.writeString(dead.resolve(".lock"), "4242"); // nobody holds its lock: its process is gone
        Files.writeString(dead.resolve("payments.xml"), "<Document/>");
        Path old = Files.createDirectories(months.resolve(".ustau-staging-old"));
        Files.writeString(old.resolve("deductions.csv"), "period,iin\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path recent = Files.createDirectories(months.resolve(".ustau-staging-recent")); // an older Ustau, still at it
        assertThat(folder.sweep(months.resolve("2026-10"))).isEqualTo(2);
        assertThat(dead).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();

        Path file = Files.writeString(temp.resolve("blocker"), "a file");
        assertThatThrownBy(() -> folder.stage(file.resolve("2026-10")))
                .isInstanceOf(NotDirectoryException.class)
                .hasMessage(file.toString());
    }

    private static Path staging(Path parent) throws IOException {
        try (Stream<Path> all = Files.list(parent)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".ustau-staging-"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
