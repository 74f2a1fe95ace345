package kz.ustau.app.ledger;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import kz.ustau.app.PayrollLine;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.port.PayrollSource;

/** A payroll source that tells how many lines it has handed on, every 1,000 lines and at the end (the page's progress). */
public record CountedPayroll(PayrollSource source, LongConsumer progress) implements PayrollSource {
    @Override
    public String name() {
        return source.name();
    }

    @Override
    public String column(String canonical) {
        return source.column(canonical);
    }

    @Override
    public void read(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) throws IOException {
        long[] read = {0};
        source.read(
                line -> {
                    lines.accept(line);
                    if (++read[0] % 1000 == 0) {
                        progress.accept(read[0]);
                    }
                },
                problems,
                warnings);
        progress.accept(read[0]);
    }
}
