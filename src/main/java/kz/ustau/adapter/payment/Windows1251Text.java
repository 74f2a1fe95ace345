package kz.ustau.adapter.payment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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

    /** The bytes of {@code text} in windows-1251, transliterated first. */
    static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(transliterate(text)));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("windows-1251 replacement failed", e);
        }
    }
}
