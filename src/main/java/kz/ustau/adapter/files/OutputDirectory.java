package kz.ustau.adapter.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;

/**
 * Publishes a run's outputs into DIR whole or not at all (CONTRACT §2): every file is written into a staging folder
 * beside DIR on the same file system, and only when all are done are they moved in, replacing older ones; files an
 * earlier run wrote that this run did not produce are removed; nothing else in DIR is touched. Files and folders are
 * readable by their owner only where the file system allows it.
 */
public final class OutputDirectory {
    private final Path dir;

    public OutputDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path path() {
        return dir;
    }

    /** Writes every file of every document for {@code result}; a failure leaves DIR exactly as it was. */
    public List<Path> publish(MonthResult result, List<MonthDocument> documents) throws IOException {
        Map<String, MonthDocument> files = new LinkedHashMap<>();
        for (MonthDocument doc : documents) {
            for (String file : doc.files(result)) {
                if (files.put(file, doc) != null) {
                    throw new IllegalStateException("two documents write " + file);
                }
            }
        }
        Path stagingParent = existingAncestor(dir.getParent() == null ? dir : dir.getParent());
        Path staging = Files.createTempDirectory(stagingParent, ".ustau-staging-");
        OwnerOnly.set(staging, true);
        try {
            for (Map.Entry<String, MonthDocument> e : files.entrySet()) {
                Path target = staging.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                OwnerOnly.set(target.getParent(), true);
                try (OutputStream out = Files.newOutputStream(target)) {
                    e.getValue().write(result, e.getKey(), out);
                }
                OwnerOnly.set(target, false);
            }
            return moveIn(staging, files.keySet().stream().toList(), documents);
        } finally {
            OwnerOnly.deleteTree(staging);
        }
    }

    private List<Path> moveIn(Path staging, List<String> names, List<MonthDocument> documents) throws IOException {
        if (!Files.exists(dir)) {
            OwnerOnly.folder(dir); // and every parent it had to make
        }
        List<Path> written = new ArrayList<>();
        for (String name : names) {
            Path target = dir.resolve(name);
            if (!Files.isDirectory(target.getParent())) {
                OwnerOnly.folder(target.getParent()); // notices/
            }
            move(staging.resolve(name), target);
            written.add(target);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                boolean ours = documents.stream().anyMatch(d -> d.owns(rel));
                if (ours && !names.contains(rel)) {
                    Files.delete(p);
                }
            }
        }
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path existingAncestor(Path p) {
        Path q = p;
        while (q != null && !Files.isDirectory(q)) {
            q = q.getParent();
        }
        return q == null ? Path.of(".").toAbsolutePath() : q;
    }
}
