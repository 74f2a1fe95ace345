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
    void whenPipedNothingIsPrinted() {
        StringWriter out = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(out), Messages.KAZAKH, false, System::nanoTime);
        p.accept(1000);
        p.accept(2000);
        p.done();
        assertThat(out.toString()).isEmpty();
    }
}
