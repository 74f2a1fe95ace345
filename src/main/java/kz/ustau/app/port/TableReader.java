package kz.ustau.app.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;

/** The reference tables (RULES §11): the ones built into Ustau, or those with the files of a folder put in their place. */
public interface TableReader {
    ReferenceTables builtIn();

    /** The tables with {@code overrides}' files in place of the built-in ones; empty with every problem reported. */
    Optional<ReferenceTables> load(Optional<Path> overrides, Problems problems) throws IOException;
}
