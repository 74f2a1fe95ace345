package kz.ustau.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import kz.ustau.app.Messages;

/**
 * The payroll lines read so far, on one line of stderr rewritten in place at most twice a second — on a terminal only
 * (issue 21): when the output is piped or redirected (a script, CI, a scheduler) nothing is printed, so logs hold no
 * carriage returns. {@link #done()} clears the line before the summary.
 */
final class TerminalProgress implements kz.ustau.app.MonthProgress {
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final Locale lang;
    private final boolean enabled;
    private final LongSupplier nanos;
    private long lastShown = Long.MIN_VALUE;
    private int width;

    TerminalProgress(PrintWriter err, Locale lang, boolean enabled, LongSupplier nanos) {
        this.err = err;
        this.lang = lang;
        this.enabled = enabled;
        this.nanos = nanos;
    }

    /** On stderr when this process has a terminal ({@code System.console()}: neither stdin nor stdout redirected). */
    static TerminalProgress of(PrintWriter err, Locale lang) {
        return new TerminalProgress(err, lang, System.console() != null, System::nanoTime);
    }

    @Override
    public void accept(long lines) {
        if (due(false)) {
            show("cli.progress.read", grouped(lines));
        }
    }

    @Override
    public void computing(long done, long of) {
        if (due(false)) {
            show("cli.progress.computing", grouped(done), grouped(of));
        }
    }

    @Override
    public void writing() {
        if (due(true)) {
            show("cli.progress.writing");
        }
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    /**
     * Whether the line is to be rewritten now: on a terminal, at most twice a second unless {@code always}; asked
     * before any text is made, since the reading reports every few lines.
     */
    private boolean due(boolean always) {
        if (!enabled) {
            return false;
        }
        long now = nanos.getAsLong();
        if (!always && lastShown != Long.MIN_VALUE && now - lastShown < EVERY_NANOS) {
            return false;
        }
        lastShown = now;
        return true;
    }

    /** The line rewritten with a message. */
    private void show(String key, String... args) {
        String text = "[" + lang.getLanguage() + "] " + Messages.text(lang, key, (Object[]) args);
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        width = Math.max(width, text.length());
        err.flush();
    }

    /** Clears the progress line, if one was shown. */
    void done() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
