package kz.ustau.app.port;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import kz.ustau.app.ledger.StagedFile;

/**
 * A month's output folder (CONTRACT §2; issue 13): files are written into an owner-only staging folder beside it on the
 * same file system, marked as in use by the process writing them, and moved in only when all are written; staging
 * folders a killed process left behind are swept away.
 */
public interface MonthFiles {
    /** A new staging folder for {@code dir}; nothing in {@code dir} changes until {@link Staging#publish}. */
    Staging stage(Path dir) throws IOException;

    /** Removes the staging folders beside {@code dir} that no living process is using; how many. */
    int sweep(Path dir) throws IOException;

    /** Files being written for one folder. */
    interface Staging extends AutoCloseable {
        /** The folder the files are for. */
        Path dir();

        /** A new owner-only file; its SHA-256 and size are taken as it is written. */
        OutputStream create(String name) throws IOException;

        /** Every file written so far, in the order they were created. */
        List<StagedFile> files();

        /**
         * Moves every file into the folder (created if missing), replacing older ones, and removes from it the files
         * {@code ours} claims that this staging did not write; nothing else in the folder is touched.
         */
        void publish(Predicate<String> ours) throws IOException;

        /** Deletes the staging folder and whatever is still in it. */
        @Override
        void close() throws IOException;
    }
}
