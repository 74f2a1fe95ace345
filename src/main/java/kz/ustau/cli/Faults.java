package kz.ustau.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;
import kz.ustau.app.Messages;

/**
 * A command that could not finish (exit 1) said as one line in the user's language (issue 20): a file or folder that
 * is missing, forbidden, a file where a folder must be, a full disk, a ledger that cannot be reached — with what to
 * do — and for any other fault the program's own, with {@code --verbose} to see it whole. Never Java's exception
 * text alone.
 */
final class Faults {
    private Faults() {}

    static String said(Throwable fault, Locale lang) {
        Throwable e = fault instanceof UncheckedIOException u ? u.getCause() : fault;
        if (!(e instanceof IOException io)) {
            // the program's own words stay (for support), cut to a line
            String detail = e.getMessage() == null
                    ? ""
                    : ": " + e.getMessage().lines().findFirst().orElse("");
            if (detail.length() > 200) {
                detail = detail.substring(0, 200) + "…";
            }
            return Messages.text(lang, "cli.fault.internal", e.getClass().getSimpleName() + detail);
        }
        if (full(io)) {
            Optional<String> where = file(io);
            return where.isPresent()
                    ? Messages.text(lang, "cli.fault.io.full", where.get())
                    : Messages.text(lang, "cli.fault.io.full-disk");
        }
        Optional<FileSystemException> fs = cause(io, FileSystemException.class);
        if (fs.isPresent()) {
            FileSystemException f = fs.get();
            String path = f.getFile();
            if (f instanceof NoSuchFileException) {
                return Messages.text(lang, "cli.fault.io.missing", path);
            }
            if (f instanceof AccessDeniedException) {
                return Messages.text(lang, "cli.fault.io.denied", path);
            }
            if (f instanceof NotDirectoryException || "Not a directory".equals(f.getReason())) {
                return Messages.text(lang, "cli.fault.io.not-folder", path);
            }
            if (f instanceof FileAlreadyExistsException) {
                return Messages.text(lang, "cli.fault.io.exists", path);
            }
            return Messages.text(lang, "cli.fault.io.other", path, String.valueOf(f.getReason()));
        }
        String message = String.valueOf(io.getMessage());
        if (message.startsWith(LEDGER)) {
            // the ledger's adapters say «the ledger LOCATION: what the database answered» (its own words, kept)
            return Messages.text(lang, "cli.fault.io.ledger", message.substring(LEDGER.length()));
        }
        return Messages.text(lang, "cli.fault.io.other", "—", message);
    }

    private static final String LEDGER = "the ledger ";

    private static boolean full(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> file(IOException e) {
        return cause(e, FileSystemException.class).map(FileSystemException::getFile);
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
