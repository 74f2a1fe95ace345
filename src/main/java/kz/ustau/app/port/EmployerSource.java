package kz.ustau.app.port;

import java.io.IOException;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.app.Problems;

/** The employer's details and settings (CONTRACT §4.3). Empty when something is wrong, each problem reported. */
public interface EmployerSource {
    String name();

    Optional<Employer> read(Problems problems) throws IOException;
}
