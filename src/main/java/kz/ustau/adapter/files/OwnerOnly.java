package kz.ustau.adapter.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders only their owner can read (STYLE: personal data): {@code rw-------} for a file, {@code rwx------}
 * for a folder, made so as they are created, where the file system has POSIX permissions (elsewhere, as Windows
 * does, the user's own folders are private already). One place for every writer: outputs, uploads, the database,
 * temporary copies.
 */
public final class OwnerOnly {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Sets a file's or a folder's permissions to its owner's only. */
    public static void set(Path p, boolean folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
        }
    }

    /** A folder, made (with its parents) if missing, and its owner's only either way. */
    public static Path folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, attributes(true));
        }
        set(dir, true);
        return dir;
    }

    /** A new empty file, its owner's only from the start. */
    public static Path newFile(Path file) throws IOException {
        return Files.createFile(file, attributes(false));
    }

    /** A new temporary file in {@code dir} (null: the system's), its owner's only from the start. */
    public static Path tempFile(Path dir, String prefix, String suffix) throws IOException {
        return dir == null
                ? Files.createTempFile(prefix, suffix, attributes(false))
                : Files.createTempFile(dir, prefix, suffix, attributes(false));
    }

    /** A new temporary folder in {@code dir} (null: the system's), its owner's only from the start. */
    public static Path tempFolder(Path dir, String prefix) throws IOException {
        return dir == null
                ? Files.createTempDirectory(prefix, attributes(true))
                : Files.createTempDirectory(dir, prefix, attributes(true));
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static FileAttribute<?>[] attributes(boolean folder) {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"))
                }
                : new FileAttribute<?>[0];
    }
}
