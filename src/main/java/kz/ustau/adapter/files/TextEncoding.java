package kz.ustau.adapter.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 2
                    && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                return new Detected(Optional.empty(), false, Optional.of("file.utf16"));
            }
            boolean bom =
                    head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean valid = true;
            if (!bom) {
                bytes.put(head);
            }
            byte[] chunk = new byte[1 << 15];
            boolean nul = false;
            for (byte b : head) {
                nul |= b == 0;
            }
            int n;
            while (true) {
                n = in.read(chunk);
                boolean end = n < 0;
                if (!end) {
                    for (int i = 0; i < n; i++) {
                        if (chunk[i] == 0) {
                            nul = true;
                        }
                    }
                    bytes.put(chunk, 0, n);
                }
                bytes.flip();
                if (valid) {
                    CoderResult r = utf8.decode(bytes, chars, end);
                    if (r.isError()) {
                        valid = false;
                    }
                    chars.clear();
                }
                bytes.compact();
                if (!valid) {
                    bytes.clear();
                }
                if (end) {
                    break;
                }
            }
            if (nul) {
                return new Detected(Optional.empty(), false, Optional.of("file.nul-byte"));
            }
            if (valid) {
                bytes.flip();
                valid = !bytes.hasRemaining() && !utf8.flush(chars).isError();
            }
            return new Detected(Optional.of(valid ? StandardCharsets.UTF_8 : WINDOWS_1251), bom, Optional.empty());
        }
    }

    /** A detected charset (and whether a UTF-8 BOM starts the file), or the code of why there is none. */
    public record Detected(Optional<Charset> charset, boolean bom, Optional<String> problem) {}
}
