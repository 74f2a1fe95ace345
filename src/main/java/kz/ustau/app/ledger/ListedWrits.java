package kz.ustau.app.ledger;

import java.util.List;
import java.util.function.Consumer;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;
import kz.ustau.app.port.WritSource;

/** Writs already read and checked — the registry's, as typed rows — handed to the monthly job as its writ source. */
record ListedWrits(String name, List<WritRecord> writs) implements WritSource {
    ListedWrits {
        writs = List.copyOf(writs);
    }

    @Override
    public List<WritRecord> read(ReferenceTables tables, Problems problems, Consumer<Warning> warnings) {
        return writs;
    }
}
