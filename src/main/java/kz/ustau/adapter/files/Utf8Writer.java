package kz.ustau.adapter.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered writer of UTF-8 that encodes each character straight into its byte buffer (issue 21). The JDK's
 * {@code OutputStreamWriter} goes through a {@code CharsetEncoder} whose path for non-ASCII text (every Kazakh and
 * Russian line) works a character at a time through buffers: on a month of 5,209 debtors the 23 MB of
 * {@code explain.txt} spent most of its time there. A surrogate pair may be cut between two writes; a lone
 * surrogate is written as {@code ?}, as the JDK's encoder replaces it. Not thread-safe; {@link #close} closes the stream beneath.
 */
public final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer;
    private int used;
    /** A high surrogate written last, waiting for its low half (which may come in the next write). */
    private char high;

    public Utf8Writer(OutputStream out) {
        this(out, 1 << 16);
    }

    public Utf8Writer(OutputStream out, int size) {
        this.out = out;
        this.buffer = new byte[Math.max(size, 16)];
    }

    @Override
    public void write(int c) throws IOException {
        room();
        put((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            room();
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                buffer[used++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            room();
            put(chars[i]);
        }
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    private void put(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buffer[used++] = (byte) (0xF0 | (cp >> 18));
                buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buffer[used++] = '?';
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | (c >> 12));
            buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Room for what one character may need: a lone high surrogate's {@code ?} and three bytes, or four. */
    private void room() throws IOException {
        if (buffer.length - used < 4) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (high != 0) {
                high = 0;
                room();
                buffer[used++] = '?';
            }
            flush();
        } finally {
            out.close();
        }
    }
}
