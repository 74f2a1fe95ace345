package kz.ustau.adapter.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kz.ustau.app.ledger.StagedFile;
import kz.ustau.app.port.MonthFiles;

/**
 * A month's output folder (CONTRACT §2; issue 13). A staging folder {@code .ustau-staging-*} is made beside the folder
 * on the same file system, owner-only like every file in it from the moment it exists, and holds a lock file locked by
 * the process writing it for as long as it writes; the files are moved in only when all are written. A staging folder
 * whose lock anyone can take again belongs to a process that died: {@link #sweep} removes it with what it holds.
 */
public final class MonthFolder implements MonthFiles {
    static final String PREFIX = ".ustau-staging-";
    static final String LOCK = ".lock";
    /** A staging folder of an earlier Ustau (no lock file) is taken as abandoned after this long. */
    static final Duration UNLOCKED_AGE = Duration.ofMinutes(10);

    @Override
    public Staging stage(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        for (Path p = target; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                // found before anything is kept: a folder that can never be made is refused, not published later
                throw new NotDirectoryException(p.toString());
            }
        }
        Path parent = existingAncestor(target.getParent() == null ? target : target.getParent());
        Path staging = OwnerOnly.tempFolder(parent, PREFIX);
        FileChannel lock = null;
        try {
            Path lockFile = OwnerOnly.newFile(staging.resolve(LOCK));
            lock = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock held = lock.tryLock();
            if (held == null) {
                throw new IOException(staging + ": cannot be locked for writing");
            }
            lock.write(java.nio.ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return new Folder(target, staging, lock);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            OwnerOnly.deleteTree(staging);
            throw e;
        }
    }

    @Override
    public int sweep(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        // where stage() makes them: beside the folder, in the nearest folder that exists
        Path parent = existingAncestor(target.getParent() == null ? target : target.getParent());
        int swept = 0;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(parent, PREFIX + "*")) {
            all.forEach(found::add);
        }
        for (Path staging : found) {
            if (Files.isDirectory(staging) && abandoned(staging)) {
                OwnerOnly.deleteTree(staging);
                swept++;
            }
        }
        return swept;
    }

    /** Whether no living process writes into {@code staging}: its lock can be taken, or it has none and is old. */
    private static boolean abandoned(Path staging) throws IOException {
        Path lockFile = staging.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            Instant modified = Files.getLastModifiedTime(staging).toInstant();
            return modified.isBefore(Instant.now().minus(UNLOCKED_AGE));
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very process is writing it
        }
    }

    private static Path existingAncestor(Path p) {
        Path q = p;
        while (q != null && !Files.isDirectory(q)) {
            q = q.getParent();
        }
        return q == null ? Path.of(".").toAbsolutePath() : q;
    }

    /** One staging folder, locked while it lives. */
    private static final class Folder implements Staging {
        private final Path dir;
        private final Path staging;
        private final FileChannel lock;
        private final List<StagedFile> files = new ArrayList<>();
        private final Set<String> names = new TreeSet<>();

        Folder(Path dir, Path staging, FileChannel lock) {
            this.dir = dir;
            this.staging = staging;
            this.lock = lock;
        }

        @Override
        public Path dir() {
            return dir;
        }

        @Override
        public OutputStream create(String name) throws IOException {
            if (name.startsWith("/") || name.contains("..") || name.equals(LOCK) || !names.add(name)) {
                throw new IllegalArgumentException("not a file name for a month's folder, or written twice: " + name);
            }
            Path target = staging.resolve(name);
            Path parent = target.getParent();
            if (!Files.isDirectory(parent)) {
                OwnerOnly.folder(parent);
            }
            OwnerOnly.newFile(target);
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            OutputStream raw = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING);
            return new FilterOutputStream(raw) {
                private long size;
                private boolean closed;

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    sha.update((byte) b);
                    size++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    sha.update(b, off, len);
                    size += len;
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    super.close();
                    files.add(new StagedFile(name, target, HexFormat.of().formatHex(sha.digest()), size));
                }
            };
        }

        @Override
        public List<StagedFile> files() {
            // by name: the same files in the same order, whichever document finished first
            return files.stream()
                    .sorted(java.util.Comparator.comparing(StagedFile::name))
                    .toList();
        }

        @Override
        public void publish(Predicate<String> ours) throws IOException {
            if (!Files.exists(dir)) {
                OwnerOnly.folder(dir); // and every parent it had to make
            }
            Set<String> written = new TreeSet<>();
            for (StagedFile f : files) {
                Path target = dir.resolve(f.name());
                if (!Files.isDirectory(target.getParent())) {
                    OwnerOnly.folder(target.getParent()); // notices/
                }
                move(f.content(), target);
                written.add(f.name());
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (ours.test(rel) && !written.contains(rel)) {
                        Files.delete(p);
                    }
                }
            }
        }

        private static void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                lock.close();
            } finally {
                OwnerOnly.deleteTree(staging);
            }
        }
    }
}
