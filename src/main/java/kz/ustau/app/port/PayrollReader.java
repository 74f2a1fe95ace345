package kz.ustau.app.port;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Opens a payroll file as a {@link PayrollSource}: canonical CSV or XLSX, or any layout through a mapping (a file, a
 * {@code preset:} or a {@code saved:} one); {@code name} is how messages name the file.
 */
public interface PayrollReader {
    PayrollSource open(
            Path file,
            String name,
            Optional<String> mapping,
            Optional<Charset> encoding,
            Optional<YearMonth> period,
            Optional<Long> maxRows)
            throws IOException;
}
