package kz.ustau.app;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import kz.ustau.app.port.PayrollSource;

/**
 * Several payroll exports of one month read as one (issue 5: a vacation pay or a final settlement paid on another
 * date is a second file of the same month; the cap and the demands apply to the month's total). Each source reports
 * its own problems under its own name.
 */
public record PayrollFilesOfMonth(List<PayrollSource> sources) implements PayrollSource {
    public PayrollFilesOfMonth {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one payroll");
        }
        sources = List.copyOf(sources);
    }

    @Override
    public String name() {
        return sources.get(0).name();
    }

    @Override
    public String column(String canonical) {
        return sources.get(0).column(canonical);
    }

    @Override
    public void read(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) throws IOException {
        for (PayrollSource s : sources) {
            s.read(lines, problems, warnings);
        }
    }
}
