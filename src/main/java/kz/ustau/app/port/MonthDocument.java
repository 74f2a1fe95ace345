package kz.ustau.app.port;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.ustau.app.MonthResult;

/**
 * One kind of output of the monthly job (a deductions file, a register, an explanation, orders, notices), written by
 * an adapter. An output directory asks each document which files it writes for a result and which file names it owns,
 * so that files an earlier run wrote and this one did not are removed (CONTRACT §2).
 */
public interface MonthDocument {
    /** The files this document writes for {@code result}, as paths relative to the output directory. */
    List<String> files(MonthResult result);

    /** Whether {@code relativePath} is a file this document may have written in any run. */
    boolean owns(String relativePath);

    void write(MonthResult result, String file, OutputStream out) throws IOException;
}
