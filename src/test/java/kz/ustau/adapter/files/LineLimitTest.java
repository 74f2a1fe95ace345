package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A line over the limit is refused with its number and a masked excerpt; lines end as the CSV readers end them. */
class LineLimitTest {
    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("LF", "ab\ncd\n123456789012xyz\n", 3L),
                Arguments.of("CRLF counts once", "ab\r\ncd\r\n123456789012xyz\r\n", 3L),
                Arguments.of("a lone CR", "ab\rcd\r123456789012xyz", 3L),
                Arguments.of("blank lines", "\n\n\r\n123456789012xyz", 4L),
                Arguments.of("the first line", "123456789012xyz", 1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void refusesTheLineOverTheLimitWithItsNumber(String name, String text, long line) {
        assertThatThrownBy(() -> drain(new LineLimit(new StringReader(text), 14)))
                .isInstanceOfSatisfying(LineLimit.TooLong.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.limit()).isEqualTo(14);
                    // the excerpt never shows a twelve-digit number in full
                    assertThat(e.excerpt()).isEqualTo("123456****12xyz…");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void passesEveryCharacterOfLinesWithinTheLimit(String name, String text, long line) throws IOException {
        assertThat(drain(new LineLimit(new StringReader(text), 15))).isEqualTo(text);
        // one character at a time, and through a buffered reader's readLine, alike
        assertThat(drainOneByOne(new LineLimit(new StringReader(text), 15))).isEqualTo(text);
        BufferedReader r = new BufferedReader(new LineLimit(new StringReader(text), 15));
        assertThat(r.lines().count()).isEqualTo(line);
    }

    @org.junit.jupiter.api.Test
    void skippingDoesNotPassALongLineUnseen() {
        LineLimit r = new LineLimit(new StringReader("x".repeat(100)), 10);
        assertThatThrownBy(() -> r.skip(50)).isInstanceOf(LineLimit.TooLong.class);
    }

    private static String drain(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4];
        int n;
        while ((n = r.read(buf, 0, buf.length)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static String drainOneByOne(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) >= 0) {
            sb.append((char) c);
        }
        return sb.toString();
    }
}
