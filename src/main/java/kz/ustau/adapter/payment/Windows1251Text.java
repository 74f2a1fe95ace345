package kz.ustau.adapter.payment;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

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
     * A writer of windows-1251 onto {@code out}, each piece transliterated as it is written, so that a file of any
     * size streams (issue 21); closing it flushes and leaves {@code out} open.
     */
    static Writer writer(OutputStream out) {
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        Writer encoded = new BufferedWriter(
                new OutputStreamWriter(
                        new FilterOutputStream(out) {
                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                            }

                            @Override
                            public void close() throws IOException {
                                flush();
                            }
                        },
                        encoder),
                1 << 16);
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                encoded.write(transliterate(new String(buf, off, len)));
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                encoded.write(transliterate(str.substring(off, off + len)));
            }

            @Override
            public void flush() throws IOException {
                encoded.flush();
            }

            @Override
            public void close() throws IOException {
                encoded.close();
            }
        };
    }
}
