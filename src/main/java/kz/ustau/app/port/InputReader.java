package kz.ustau.app.port;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/** The input files people give: a writs file (CONTRACT §4.2) and an employer's properties (CONTRACT §4.3). */
public interface InputReader {
    /** A writs file, named {@code name} in messages. */
    WritSource writs(Path file, String name, Optional<Charset> encoding);

    /** An employer's details and settings, named {@code name} in messages. */
    EmployerSource employer(Path file, String name);
}
