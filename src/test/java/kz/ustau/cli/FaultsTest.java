package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.ustau.app.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a command that cannot finish (exit 1) says why in one line of the user's language, with what to do — never
 * Java's exception text.
 */
class FaultsTest {
    @TempDir
    Path temp;

    @Test
    void anOutputFolderUnderAFileIsSaidInRussianAsOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                MainTest.e1(file.resolve("out"), "--lang", "ru"),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                MainTest.CLOCK);
        assertThat(exit).isEqualTo(ExitCodes.SOFTWARE);
        assertThat(err.toString().lines().toList())
                .containsExactly("ustau: " + file + " — файл, а не папка: укажите другой путь");
    }

    @Test
    void aLedgerUnderAFileIsSaidInKazakhByDefault() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new String[] {"month", "status", "--db", file.resolve("db").toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                MainTest.CLOCK);
        assertThat(exit).isEqualTo(ExitCodes.SOFTWARE);
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ustau: ")
                .contains(file.toString())
                .doesNotContain("Exception", "Not a directory"));
    }

    @Test
    void eachKindOfFileFaultHasItsWords() {
        Throwable missing = catchThrowable(() -> Files.readString(temp.resolve("none.csv")));
        assertThat(Faults.said(new UncheckedIOException((IOException) missing), Messages.RUSSIAN))
                .isEqualTo("ustau: нет такого файла или папки: " + temp.resolve("none.csv"));
        Throwable exists = catchThrowable(() -> Files.createDirectory(temp));
        assertThat(Faults.said(exists, Messages.KAZAKH)).isEqualTo("ustau: " + temp + " бұрыннан бар");
        assertThat(Faults.said(
                        new IOException(
                                "write failed", new FileSystemException("/m/x", null, "No space left on device")),
                        Messages.RUSSIAN))
                .isEqualTo("ustau: на диске /m/x нет места: ничего не записано; освободите место и повторите");
        assertThat(Faults.said(new IOException("No space left on device"), Messages.RUSSIAN))
                .isEqualTo("ustau: на диске нет места: ничего не записано; освободите место и повторите");
        assertThat(Faults.said(new java.nio.file.AccessDeniedException("/m/y"), Messages.KAZAKH))
                .startsWith("ustau: /m/y файлын бұл пайдаланушы оқи да, жаза да алмайды");
        assertThat(Faults.said(new IllegalStateException("boom"), Messages.RUSSIAN))
                .isEqualTo(
                        "ustau: внутренний сбой программы (IllegalStateException: boom): повторите команду с --verbose и"
                                + " отправьте то, что она выведет, в поддержку");
        assertThat(Faults.said(
                        new IOException("the ledger jdbc:postgresql://h/db: connection refused"), Messages.RUSSIAN))
                .isEqualTo(
                        "ustau: не удалось прочитать или записать базу учёта: jdbc:postgresql://h/db: connection refused");
    }
}
