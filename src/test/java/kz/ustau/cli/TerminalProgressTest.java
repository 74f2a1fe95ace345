package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import kz.ustau.app.Messages;
import org.junit.jupiter.api.Test;

/** The lines read, rewritten in place on a terminal at most twice a second, and nothing at all when piped. */
class TerminalProgressTest {
    @Test
    void onATerminalTheLineIsRewrittenAtMostTwiceASecondThenCleared() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        TerminalProgress p = new TerminalProgress(new PrintWriter(out), Messages.RUSSIAN, true, () -> now[0]);
        p.accept(1000);
        now[0] = 100_000_000L; // 0.1 s later: not shown
        p.accept(2000);
        now[0] = 600_000_000L;
        p.accept(1_234_000);
        p.done();
        String text = out.toString();
        assertThat(text.split("\r", -1))
                .containsExactly(
                        "",
                        "[ru] прочитано строк ведомости: 1 000…",
                        "[ru] прочитано строк ведомости: 1 234 000…",
                        " ".repeat("[ru] прочитано строк ведомости: 1 234 000…".length()),
                        "");
    }

    @Test
    void theStagesFollowTheReadingEachOverwritingTheLineBefore() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        TerminalProgress p = new TerminalProgress(new PrintWriter(out), Messages.RUSSIAN, true, () -> now[0]);
        p.accept(10_000_000);
        now[0] = 1_000_000_000L;
        p.computing(12_000, 62_500);
        now[0] = 1_100_000_000L; // within half a second: the stage change is shown all the same
        p.writing();
        p.done();
        String read = "[ru] прочитано строк ведомости: 10 000 000…";
        String computing = "[ru] рассчитано должников: 12 000 из 62 500…";
        String writing = "[ru] записываются файлы месяца…";
        assertThat(out.toString().split("\r", -1))
                .containsExactly(
                        "",
                        read,
                        computing + " ".repeat(Math.max(0, read.length() - computing.length())),
                        writing + " ".repeat(Math.max(read.length(), computing.length()) - writing.length()),
                        " ".repeat(Math.max(read.length(), computing.length())),
                        "");
    }

    @Test
    void whenPipedNothingIsPrinted() {
        StringWriter out = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(out), Messages.KAZAKH, false, System::nanoTime);
        p.accept(1000);
        p.accept(2000);
        p.computing(1000, 2000);
        p.writing();
        p.done();
        assertThat(out.toString()).isEmpty();
    }
}
