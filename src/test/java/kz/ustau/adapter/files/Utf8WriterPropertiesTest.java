package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast UTF-8 writer (issue 21) writes of any text, cut into writes anywhere (a surrogate pair too) and through a
 * buffer of any size, the bytes the JDK's encoder writes of the whole text, a lone surrogate as {@code ?}.
 */
class Utf8WriterPropertiesTest {
    @Property(tries = 5000)
    void writesWhatTheJdkEncoderWrites(
            @ForAll("texts") String text, @ForAll("cuts") List<Integer> cuts, @ForAll("sizes") int size)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes, size)) {
            int at = 0;
            int turn = 0;
            for (int cut : cuts) {
                int end = Math.min(text.length(), at + cut);
                switch (turn++ % 3) {
                    case 0 -> w.write(text, at, end - at);
                    case 1 -> w.write(text.substring(at, end).toCharArray(), 0, end - at);
                    default -> text.substring(at, end).chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
                at = end;
            }
            w.append(text.substring(at));
        }
        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void writesKazakhRussianAndTheTengeSign() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            w.append("Ұстау — 1 296 826,83 ₸, 𝄞\n");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Ұстау — 1 296 826,83 ₸, 𝄞\n");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('\u0400', '\u04FF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0080', '\u07FF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0800', '\uFFFF')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDFFF')));
        return one.list().ofMaxSize(200).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.of(16, 17, 64, 1 << 16);
    }
}
