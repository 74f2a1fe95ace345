package kz.ustau.app.port;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;

/** The writs the employer holds (CONTRACT §4.2): a CSV file, or an integrator's registry. */
public interface WritSource {
    String name();

    /** The column as the source names it, for a canonical column of CONTRACT §4.2. */
    default String column(String canonical) {
        return canonical;
    }

    /** Every valid writ; each bad cell goes to {@code problems}. */
    List<WritRecord> read(ReferenceTables tables, Problems problems, Consumer<Warning> warnings) throws IOException;
}
