package kz.ustau.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Writes every file of every document for {@code result} into {@code staging}. */
    public static void write(MonthFiles.Staging staging, List<MonthDocument> documents, MonthResult result)
            throws IOException {
        Map<String, MonthDocument> byFile = new LinkedHashMap<>();
        for (MonthDocument doc : documents) {
            for (String file : doc.files(result)) {
                if (byFile.put(file, doc) != null) {
                    throw new IllegalStateException("two documents write " + file);
                }
            }
        }
        for (Map.Entry<String, MonthDocument> e : byFile.entrySet()) {
            try (OutputStream out = staging.create(e.getKey())) {
                e.getValue().write(result, e.getKey(), out);
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
