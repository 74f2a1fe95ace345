package kz.ustau.app.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.ustau.app.Problems;

/** Mappings that read payroll exports of other layouts (docs/mapping.md): drafted from an export, checked, shipped. */
public interface MappingDrafts {
    /** The presets shipped in Ustau, without their {@code preset:} prefix. */
    List<String> presets();

    /** An export looked at: its sheets, header and kinds of accrual, and a mapping drafted for it. */
    Optional<Draft> draft(Path export, String name, Optional<String> sheet, Problems problems) throws IOException;

    /** Checks a mapping file as a run would read it; each problem named against {@code name}. */
    void check(Path mapping, String name, Problems problems) throws IOException;

    /**
     * What a look at an export found: its sheets (a workbook's), where its header is and how many rows it spans, its
     * columns, whether one row carries several accruals (wide), the kinds of accrual, the columns not recognised, and
     * the drafted mapping's text.
     */
    record Draft(
            List<String> sheets,
            int headerRow,
            int headerRows,
            List<String> headers,
            boolean wide,
            List<String> kinds,
            List<String> unrecognised,
            String mapping) {
        public Draft {
            sheets = List.copyOf(sheets);
            headers = List.copyOf(headers);
            kinds = List.copyOf(kinds);
            unrecognised = List.copyOf(unrecognised);
        }
    }
}
