package kz.ustau.app;

import java.util.Map;
import kz.ustau.domain.writ.Writ;

/**
 * A writ, the row of the writs file it was read from (so that later checks can point at it), and its cells as given,
 * by canonical column name (so that a registry can keep the writ as the bailiff wrote it).
 */
public record WritRecord(Writ writ, long row, Map<String, String> cells) {
    public WritRecord {
        cells = Map.copyOf(cells);
    }

    public WritRecord(Writ writ, long row) {
        this(writ, row, Map.of());
    }
}
