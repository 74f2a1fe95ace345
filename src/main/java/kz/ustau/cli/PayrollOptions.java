package kz.ustau.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --payroll} (repeated for more payouts of one month) and {@code --mapping} (CONTRACT §2). */
final class PayrollOptions {
    @Option(
            names = "--payroll",
            paramLabel = "FILE",
            description = "Payroll export, .csv or .xlsx; repeat it for more payouts of the same month.")
    List<Path> payrolls;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "How to read a payroll in another layout (docs/mapping.md), or preset:1c-svod, "
                    + "preset:1c-vedomost, preset:kk-tabel.")
    String mapping;

    List<Path> files() {
        return payrolls == null ? List.of() : payrolls;
    }

    Optional<String> mapping() {
        return Optional.ofNullable(mapping);
    }
}
