package kz.ustau.adapter.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kz.ustau.app.MonthDocuments;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;

/**
 * A run's output folder for integrators (docs/library.md): {@link MonthDocuments#publish} through a
 * {@link MonthFolder}, whole or not at all (CONTRACT §2).
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
    public void publish(MonthResult result, List<MonthDocument> documents) throws IOException {
        MonthDocuments.publish(new MonthFolder(), documents, result, dir);
    }
}
