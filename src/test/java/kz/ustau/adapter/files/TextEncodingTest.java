package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CONTRACT §3: valid UTF-8 is UTF-8, UTF-16 and NUL are refused, anything else is windows-1251. */
class TextEncodingTest {
    @TempDir
    Path temp;

    private TextEncoding.Detected detect(byte[] bytes) throws IOException {
        return TextEncoding.detect(Files.write(temp.resolve("f.csv"), bytes));
    }

    @Test
    void utf8WithAndWithoutBom() throws IOException {
        byte[] text = "Әбілов;Қайрат\n".getBytes(StandardCharsets.UTF_8);
        assertThat(detect(text).charset()).contains(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        TextEncoding.Detected d = detect(bom);
        assertThat(d.charset()).contains(StandardCharsets.UTF_8);
        assertThat(d.bom()).isTrue();
    }

    @Test
    void windows1251WhenTheBytesAreNotUtf8() throws IOException {
        assertThat(detect("Иванов;Сергей\n".getBytes(TextEncoding.WINDOWS_1251)).charset())
                .contains(TextEncoding.WINDOWS_1251);
    }

    @Test
    void aUtf8SequenceSplitAcrossBuffersIsStillUtf8() throws IOException {
        String big = "ә".repeat(70_000);
        assertThat(detect(big.getBytes(StandardCharsets.UTF_8)).charset()).contains(StandardCharsets.UTF_8);
    }

    @Test
    void utf16AndNulBytesAreRefused() throws IOException {
        assertThat(detect("a,b\n".getBytes(StandardCharsets.UTF_16)).problem()).contains("file.utf16");
        assertThat(detect(new byte[] {'a', 0, 'b'}).problem()).contains("file.nul-byte");
        assertThat(detect("a,b\n".getBytes(StandardCharsets.UTF_16LE)).problem())
                .isEqualTo(Optional.of("file.nul-byte"));
    }

    @Test
    void theSeparatorComesFromTheHeaderLine() {
        assertThat(CsvInput.separator("a,b,c")).isEqualTo(',');
        assertThat(CsvInput.separator("a;b;c")).isEqualTo(';');
        assertThat(CsvInput.separator("\"a,1\";b;c")).isEqualTo(';');
    }
}
