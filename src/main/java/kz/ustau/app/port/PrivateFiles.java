package kz.ustau.app.port;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Files that hold personal data (STYLE: an IIN never in a file others can read): folders and files made owner-only
 * from the moment they exist, and removed whole.
 */
public interface PrivateFiles {
    /** A folder, made with its parents if missing, and its owner's only either way. */
    Path folder(Path dir) throws IOException;

    /** A new empty file, its owner's only. */
    Path newFile(Path file) throws IOException;

    /** A new temporary folder inside {@code dir}, its owner's only. */
    Path tempFolder(Path dir, String prefix) throws IOException;

    /** A new temporary folder in the system's temporary folder, its owner's only. */
    Path tempFolder(String prefix) throws IOException;

    /** A folder and everything in it removed; nothing when it is not there. */
    void deleteTree(Path root) throws IOException;
}
