package kz.ustau.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.app.port.MonthFiles;

/**
 * A month's documents written into its folder whole or not at all (CONTRACT §2): every file of every document goes
 * into a staging folder first, and only when all are written are they moved in, replacing older ones; files an earlier
 * run wrote that this one did not produce are removed; nothing else in the folder is touched.
 */
public final class MonthDocuments {
    private MonthDocuments() {}

    /**
     * Writes every file of every document for {@code result} into {@code staging}: the documents side by side, one
     * per processor (issue 21: a large month's eight files are written in the time of the largest, not of all), the
     * files of one document one after another. When one fails the rest are stopped and the first failure is thrown;
     * the staging folder is then discarded by its owner, so that nothing half-written is published.
     */
    public static void write(MonthFiles.Staging staging, List<MonthDocument> documents, MonthResult result)
            throws IOException {
        Map<MonthDocument, List<String>> byDocument = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (MonthDocument doc : documents) {
            List<String> files = doc.files(result);
            for (String file : files) {
                if (!seen.add(file)) {
                    throw new IllegalStateException("two documents write " + file);
                }
            }
            byDocument.put(doc, files);
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byDocument.size()));
        if (threads == 1) {
            for (Map.Entry<MonthDocument, List<String>> e : byDocument.entrySet()) {
                writeFiles(staging, e.getKey(), e.getValue(), result);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ustau-document");
            t.setDaemon(true);
            return t;
        });
        Throwable failure = null;
        try {
            // taken as each one finishes, so that the first failure stops the rest at once
            CompletionService<Void> tasks = new ExecutorCompletionService<>(pool);
            for (Map.Entry<MonthDocument, List<String>> e : byDocument.entrySet()) {
                tasks.submit(() -> {
                    writeFiles(staging, e.getKey(), e.getValue(), result);
                    return null;
                });
            }
            for (int i = 0; i < byDocument.size(); i++) {
                try {
                    tasks.take().get();
                } catch (ExecutionException ex) {
                    failure = ex.getCause();
                    break;
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    failure = new InterruptedIOException("interrupted while writing the month's files");
                    break;
                }
            }
        } finally {
            // every writer stopped before anyone may remove the staging folder they write into: a document still
            // writing while the folder goes would hide the first failure behind its own
            pool.shutdownNow();
            try {
                if (!pool.awaitTermination(5, TimeUnit.MINUTES) && failure == null) {
                    failure = new InterruptedIOException("the month's files were not written in five minutes");
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new InterruptedIOException("interrupted while writing the month's files");
                }
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static void writeFiles(
            MonthFiles.Staging staging, MonthDocument doc, List<String> files, MonthResult result) throws IOException {
        for (String file : files) {
            OutputStream created;
            synchronized (staging) {
                created = staging.create(file);
            }
            try (OutputStream out = new FilterOutputStream(created) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    synchronized (staging) {
                        super.close();
                    }
                }
            }) {
                doc.write(result, file, out);
            }
        }
    }

    /** Writes and publishes the documents into {@code dir}; a failure leaves {@code dir} exactly as it was. */
    public static void publish(MonthFiles files, List<MonthDocument> documents, MonthResult result, Path dir)
            throws IOException {
        files.sweep(dir);
        try (MonthFiles.Staging staging = files.stage(dir)) {
            write(staging, documents, result);
            staging.publish(ours(documents));
        }
    }

    /** Whether a file of a month's folder is one a document may have written in any run. */
    public static Predicate<String> ours(List<MonthDocument> documents) {
        return rel -> documents.stream().anyMatch(d -> d.owns(rel));
    }
}
