package kz.ustau.adapter.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Text for the windows-1251 bank formats (CONTRACT §5.3): the Kazakh letters windows-1251 lacks are written as their
 * Russian look-alikes (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, capitals alike), і and І stay, ₸ becomes {@code тг};
 * anything else the code page cannot hold becomes {@code ?}.
 */
final class Windows1251Text {
    static final Charset CHARSET = Charset.forName("windows-1251");
    private static final String FROM = "әғқңөұүһӘҒҚҢӨҰҮҺ";
    private static final String TO = "агкноуухАГКНОУУХ";

    private Windows1251Text() {}

    static String transliterate(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = FROM.indexOf(c);
            if (k >= 0) {
                sb.append(TO.charAt(k));
            } else if (c == '₸') {
                sb.append("тг");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A writer of windows-1251 onto {@code out}, each character transliterated and encoded as it is written, so that a
     * file of any size streams (issue 21); closing it flushes and leaves {@code out} open.
     */
    static Writer writer(OutputStream out) {
        return new Encoding(out);
    }

    /**
     * The byte each character becomes: its windows-1251 byte, its look-alike's for the Kazakh letters the code page
     * lacks, {@code ?} where it has none; {@code 0} for ₸ (two bytes) and for surrogates (a pair is one {@code ?}, as
     * the JDK's encoder replaces it). Built once from the JDK's own charset.
     */
    private static final byte[] BYTES = table();

    private static byte[] table() {
        CharsetEncoder encoder = CHARSET.newEncoder();
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int k = FROM.indexOf(ch);
            char mapped = k >= 0 ? TO.charAt(k) : ch;
            if (Character.isSurrogate(ch) || ch == '₸') {
                continue;
            }
            if (encoder.canEncode(mapped)) {
                try {
                    table[c] = encoder.encode(java.nio.CharBuffer.wrap(new char[] {mapped}))
                            .get();
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                table[c] = '?';
            }
        }
        return table;
    }

    /** The table-driven encoder: characters into a buffer of bytes, the buffer onto the stream when full. */
    private static final class Encoding extends Writer {
        private static final byte[] TENGE = "тг".getBytes(CHARSET);
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;
        /** A high surrogate written last, waiting for its low half. */
        private boolean high;

        Encoding(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                put(chars[i]);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                put(str.charAt(i));
            }
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        private void put(char c) throws IOException {
            if (n + 2 > buf.length) {
                drain();
            }
            if (high) {
                high = false;
                if (Character.isLowSurrogate(c)) {
                    return; // the pair's one '?' is written
                }
            }
            byte b = BYTES[c];
            if (b != 0 || c == 0) {
                buf[n++] = b;
            } else if (c == '₸') {
                buf[n++] = TENGE[0];
                buf[n++] = TENGE[1];
            } else {
                buf[n++] = '?';
                high = Character.isHighSurrogate(c);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
