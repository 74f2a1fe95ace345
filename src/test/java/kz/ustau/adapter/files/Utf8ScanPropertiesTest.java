package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast encoding check (issue 21) says of any bytes, cut into chunks anywhere, what the JDK's strict UTF-8 decoder
 * says — valid or not — and whether a NUL byte is among them.
 */
class Utf8ScanPropertiesTest {
    @Property(tries = 20000)
    void agreesWithTheStrictDecoder(@ForAll("bytes") byte[] bytes, @ForAll("cuts") List<Integer> cuts) {
        Utf8Scan scan = new Utf8Scan();
        int at = 0;
        for (int cut : cuts) {
            int end = Math.min(bytes.length, at + cut);
            scan.scan(bytes, at, end - at);
            at = end;
        }
        scan.scan(bytes, at, bytes.length - at);
        assertThat(scan.valid(true)).as("valid").isEqualTo(decodes(bytes));
        boolean nul = false;
        for (byte b : bytes) {
            nul |= b == 0;
        }
        assertThat(scan.sawNul()).as("NUL").isEqualTo(nul);
    }

    @Example
    void readsTheEdgesOfTheCodeSpace() {
        assertThat(valid("Сейтқали ₸ 𝄞 ok")).isTrue();
        assertThat(valid(0xC0, 0x80)).as("overlong NUL").isFalse();
        assertThat(valid(0xE0, 0x9F, 0xBF)).as("overlong 3-byte").isFalse();
        assertThat(valid(0xED, 0xA0, 0x80)).as("surrogate").isFalse();
        assertThat(valid(0xF4, 0x90, 0x80, 0x80)).as("above U+10FFFF").isFalse();
        assertThat(valid(0xD0)).as("cut short at the end").isFalse();
        assertThat(valid(0xCF, 0xF0)).as("windows-1251 «Пр»").isFalse();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // mostly ASCII and the lead and continuation bytes where the edges are, so that both paths are walked
        Arbitrary<Byte> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.bytes().between((byte) 0x80, (byte) 0xBF)),
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                (byte) 0xC0,
                                (byte) 0xC2,
                                (byte) 0xD0,
                                (byte) 0xDF,
                                (byte) 0xE0,
                                (byte) 0xED,
                                (byte) 0xEF,
                                (byte) 0xF0,
                                (byte) 0xF4,
                                (byte) 0xF5,
                                (byte) 0xFF)));
        return one.array(byte[].class).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 12).list().ofMaxSize(5);
    }

    private static boolean valid(String text) {
        return valid(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean valid(int... unsigned) {
        byte[] b = new byte[unsigned.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) unsigned[i];
        }
        return valid(b);
    }

    private static boolean valid(byte[] b) {
        Utf8Scan scan = new Utf8Scan();
        scan.scan(b, 0, b.length);
        boolean v = scan.valid(true);
        assertThat(v).isEqualTo(decodes(b));
        return v;
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
