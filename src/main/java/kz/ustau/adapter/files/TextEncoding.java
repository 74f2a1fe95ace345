package kz.ustau.adapter.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The encoding of a CSV input (CONTRACT §3): bytes that are valid UTF-8 are UTF-8 (a BOM is allowed and skipped); a
 * UTF-16 byte-order mark or a NUL byte is refused; anything else is windows-1251. Detection streams the file once,
 * holding no more than a buffer.
 */
public final class TextEncoding {
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextEncoding() {}

    /** The detected encoding, or what is wrong with the file ({@code file.utf16}, {@code file.nul-byte}). */
    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 2
                    && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                return new Detected(Optional.empty(), false, Optional.of("file.utf16"));
            }
            boolean bom =
                    head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
            Utf8Scan scan = new Utf8Scan();
            if (!bom) {
                scan.scan(head, 0, head.length);
            }
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                scan.scan(chunk, 0, n);
            }
            if (scan.sawNul()) {
                return new Detected(Optional.empty(), false, Optional.of("file.nul-byte"));
            }
            boolean valid = scan.valid(true);
            return new Detected(Optional.of(valid ? StandardCharsets.UTF_8 : WINDOWS_1251), bom, Optional.empty());
        }
    }

    /**
     * {@link #detect} begun on a background thread, so that a gigabyte's check runs while the writs and the employer
     * are read (issue 21); {@link Ahead#get} waits for it. Only for a regular file: anything else is reported when
     * read.
     */
    public static Ahead ahead(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Ahead(null);
        }
        return new Ahead(CompletableFuture.supplyAsync(() -> {
            try {
                return detect(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** A detection under way, or none (then the reader detects itself). */
    public static final class Ahead {
        private final CompletableFuture<Detected> future;

        private Ahead(CompletableFuture<Detected> future) {
            this.future = future;
        }

        /** The detection begun ahead, or a new one when none was begun. */
        public Detected get(Path file) throws IOException {
            if (future == null) {
                return detect(file);
            }
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw e;
            }
        }
    }

    /** A detected charset (and whether a UTF-8 BOM starts the file), or the code of why there is none. */
    public record Detected(Optional<Charset> charset, boolean bom, Optional<String> problem) {}
}
