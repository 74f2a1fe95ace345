package kz.ustau.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options every monthly command takes (CONTRACT §2): the employer, the folder, the month, the encoding, the
 * clock, newer tables, the languages, the first order number and {@code --verbose}; with their checks.
 */
final class MonthOptions {
    @Option(names = "--employer", required = true, paramLabel = "FILE", description = "employer.properties.")
    Path employer;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Payroll month; default: the payroll's only one.")
    String period;

    @Option(names = "--encoding", paramLabel = "UTF-8|windows-1251", description = "Force the CSV encoding.")
    String encoding;

    @Option(names = "--now", paramLabel = "YYYY-MM-DDTHH:MM", description = "Replaces the clock (Almaty time).")
    String now;

    @Option(
            names = "--tables",
            paramLabel = "DIR",
            description = "Newer reference tables (mrp.csv, calendar.csv, ...).")
    Path tables;

    @CommandLine.Mixin
    Languages languages = new Languages();

    @Option(names = "--first-number", paramLabel = "N", description = "Number of the first payment order; default 1.")
    long firstNumber = 1;

    @Option(names = "--max-rows", paramLabel = "N", description = "Refuse a payroll of more rows than N.")
    Long maxRows;

    @Option(names = "--verbose", description = "Print the stack trace of an internal fault.")
    boolean verbose;

    /** The moment of the run: {@code --now}, else the clock. */
    LocalDateTime moment(CommandLine cl, Clock clock) {
        return moment(cl, now, clock);
    }

    /** {@code --now} as given, else the clock. */
    static LocalDateTime moment(CommandLine cl, String now, Clock clock) {
        if (now == null) {
            return LocalDateTime.now(clock);
        }
        try {
            return LocalDateTime.parse(now);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "--now takes YYYY-MM-DDTHH:MM, got " + now);
        }
    }

    /** {@code --period} as given ({@code YYYY-MM} or {@code MM.YYYY}). */
    Optional<YearMonth> period(CommandLine cl) {
        if (period == null) {
            return Optional.empty();
        }
        try {
            if (period.matches("\\d{2}\\.\\d{4}")) {
                return Optional.of(
                        YearMonth.of(Integer.parseInt(period.substring(3)), Integer.parseInt(period.substring(0, 2))));
            }
            return Optional.of(YearMonth.parse(period));
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(cl, "--period takes YYYY-MM or MM.YYYY, got " + period);
        }
    }

    Optional<Charset> charset(CommandLine cl) {
        if (encoding == null) {
            return Optional.empty();
        }
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
            case "windows-1251", "cp1251" -> Optional.of(Charset.forName("windows-1251"));
            default -> throw new CommandLine.ParameterException(
                    cl, "--encoding takes UTF-8 or windows-1251, got " + encoding);
        };
    }

    /** The first order number, checked. */
    long firstNumber(CommandLine cl) {
        if (firstNumber < 1) {
            throw new BadUsage(cl, "cli.usage.first-number", firstNumber);
        }
        return firstNumber;
    }

    List<Locale> languages(CommandLine cl) {
        return languages.locales(cl);
    }
}
