package kz.ustau.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The table-driven windows-1251 writer of the bank formats (issue 21) writes, for any text cut into writes anywhere,
 * the bytes the JDK's own encoder writes for the transliterated text with {@code ?} for what the code page lacks.
 */
class Windows1251TextPropertiesTest {
    @Property(tries = 5000)
    void writesWhatTheJdkEncoderWrites(@ForAll("texts") String text, @ForAll("cuts") List<Integer> cuts)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = Windows1251Text.writer(out)) {
            int at = 0;
            for (int cut : cuts) {
                int end = Math.min(text.length(), at + cut);
                if (cut % 2 == 0) {
                    w.write(text, at, end - at);
                } else {
                    w.write(text.toCharArray(), at, end - at);
                }
                at = end;
            }
            w.write(text.substring(at));
        }
        assertThat(out.toByteArray()).isEqualTo(jdk(text));
    }

    @Example
    void writesKazakhLettersAsTheirLookAlikes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = Windows1251Text.writer(out)) {
            w.write("Қазақстан Ұлттық Банкі, 5 000 ₸, 𝄞");
        }
        assertThat(out.toString(Windows1251Text.CHARSET)).isEqualTo("Казакстан Улттык Банкі, 5 000 тг, ?");
    }

    @Example
    void leavesTheStreamOpenAndWritesEveryByteOfALongText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        char[] many = new char[200_000];
        Arrays.fill(many, 'ә');
        Writer w = Windows1251Text.writer(out);
        w.write(many);
        w.close();
        out.write('!');
        assertThat(out.size()).isEqualTo(200_001);
        assertThat(out.toString(Windows1251Text.CHARSET)).startsWith("ааа").endsWith("а!");
    }

    private static byte[] jdk(String text) {
        try {
            ByteBuffer b = Windows1251Text.CHARSET
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(new byte[] {'?'})
                    .encode(CharBuffer.wrap(Windows1251Text.transliterate(text)));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> one = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.chars().range(' ', '~')),
                Tuple.of(4, Arbitraries.chars().range('А', 'я')),
                Tuple.of(
                        3,
                        Arbitraries.of('ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'Ә', 'Ү', 'і', 'І', '₸', '№', '\u0000')),
                Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDFFF')),
                Tuple.of(1, Arbitraries.chars()));
        return one.list().ofMaxSize(60).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 20).list().ofMaxSize(6);
    }
}
