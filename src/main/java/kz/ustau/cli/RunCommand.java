package kz.ustau.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.ustau.adapter.employer.EmployerProperties;
import kz.ustau.adapter.files.OutputDirectory;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.adapter.payroll.PayrollFiles;
import kz.ustau.adapter.report.WarningsText;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.adapter.writ.WritsCsv;
import kz.ustau.app.InputProblem;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.MonthResult;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.RunMonth;
import kz.ustau.domain.money.Tenge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ustau run}: the monthly job without a database (CONTRACT §2). */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Айдың ұстауларын есептеп, DIR ішіне жазады. / Рассчитывает удержания месяца и пишет результаты в DIR.",
            "Outputs: deductions.csv, payments.csv, explain.txt, warnings.txt (docs/cli.md).",
            "Exit: 0 done, 1 fault or I/O error, 2 wrong command line, 3 invalid input (DIR untouched)."
        })
class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--payroll",
            paramLabel = "FILE",
            description = "Payroll export, .csv or .xlsx; repeat it for more payouts of the same month.")
    List<Path> payrolls;

    @Option(
            names = "--writs",
            paramLabel = "FILE",
            description = "Writs (CONTRACT §4.2); without it, the registry of --db.")
    Path writs;

    @Option(
            names = "--db",
            paramLabel = "DIR|JDBC-URL",
            description = "Take the active writs from this registry (docs/registry.md) instead of --writs.")
    String db;

    @Option(names = "--employer", required = true, paramLabel = "FILE", description = "employer.properties.")
    Path employer;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Payroll month; default: the payroll's only one.")
    String period;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "How to read a payroll in another layout (docs/mapping.md), or preset:1c-svod, "
                    + "preset:1c-vedomost, preset:kk-tabel.")
    String mapping;

    @Option(names = "--max-rows", paramLabel = "N", description = "Refuse a payroll of more rows than N.")
    Long maxRows;

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
    Languages languageOption = new Languages();

    @Option(names = "--first-number", paramLabel = "N", description = "Number of the first payment order; default 1.")
    long firstNumber = 1;

    @Option(names = "--verbose", description = "Print the stack trace of an internal fault.")
    boolean verbose;

    private final Clock clock;

    /** Told the number of payroll lines read so far, as they are read (the web page's progress). */
    java.util.function.LongConsumer progress = lines -> {};

    /** How a payroll file is named in messages and the ledger: as given, or as the web page's user named it. */
    java.util.function.Function<Path, String> displayName = Path::toString;

    RunCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        List<Locale> languages = languages();
        LocalDateTime moment = moment();
        Optional<YearMonth> month = period();
        Optional<Charset> charset = charset();
        checkPayrollOption();
        if (firstNumber < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--first-number must be 1 or more");
        }
        Locale lang = languages.get(0);
        var err = spec.commandLine().getErr();
        try {
            Problems problems = new Problems();
            Optional<Path> writsFile = writsFile(month);
            if (writsFile.isEmpty()) {
                return ExitCodes.SOFTWARE;
            }
            String writsName = writs == null ? WritsCommand.location(db) + "[writs]" : writs.toString();
            Optional<ReferenceTables> refs = ReferenceTablesCsv.load(Optional.ofNullable(tables), problems);
            problems.throwIfAny();
            RunMonth runMonth = new RunMonth(refs.orElseThrow());
            MonthResult computed = runMonth.run(new RunMonth.Request(
                    payrollSource(charset, month),
                    new WritsCsv(writsFile.get(), writsName, writs == null ? Optional.empty() : charset),
                    new EmployerProperties(employer, employer.toString()),
                    month,
                    moment,
                    languages,
                    firstNumber,
                    endedWrits(charset)));
            MonthResult result = beforePublish(computed);
            OutputDirectory dir = new OutputDirectory(out);
            dir.publish(result, Main.documents());
            afterPublish();
            WarningsText.lines(result.warnings(), List.of(lang)).forEach(err::println);
            Tenge total =
                    Tenge.sum(result.payments().stream().map(p -> p.amount()).toList());
            spec.commandLine()
                    .getOut()
                    .println(Messages.text(
                            lang,
                            "run.done",
                            result.period().toString(),
                            Integer.toString(result.debtors().size()),
                            Long.toString(result.debtors().stream()
                                    .mapToLong(d -> d.deductions().size())
                                    .sum()),
                            Integer.toString(result.payments().size()),
                            total.plain(),
                            Integer.toString(result.warnings().size()),
                            dir.path().toString()));
            return ExitCodes.OK;
        } catch (InvalidInputException e) {
            for (InputProblem p : e.problems()) {
                err.println(p.message(lang));
            }
            failed();
            return ExitCodes.INVALID_INPUT;
        } catch (IOException | RuntimeException e) {
            failed();
            throw e;
        }
    }

    /** A usage error before anything is opened when the command needs {@code --payroll} and has none. */
    protected void checkPayrollOption() {
        payrollFiles();
    }

    /** The payroll files of this run: {@code --payroll}, required. */
    protected List<Path> payrollFiles() {
        if (payrolls == null || payrolls.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--payroll=FILE'");
        }
        return payrolls;
    }

    /** A payroll file's name in messages. */
    protected String payrollName(Path p) {
        return displayName.apply(p);
    }

    /** The mapping the payroll files are read through: {@code --mapping}. */
    protected Optional<String> mappingName() {
        return Optional.ofNullable(mapping);
    }

    private kz.ustau.app.port.PayrollSource payrollSource(Optional<Charset> charset, Optional<YearMonth> month)
            throws IOException {
        List<kz.ustau.app.port.PayrollSource> sources = new java.util.ArrayList<>();
        for (Path p : payrollFiles()) {
            sources.add(
                    PayrollFiles.open(p, payrollName(p), mappingName(), charset, month, Optional.ofNullable(maxRows)));
        }
        kz.ustau.app.port.PayrollSource all =
                sources.size() == 1 ? sources.get(0) : new kz.ustau.app.PayrollFilesOfMonth(sources);
        return new Counted(all, progress);
    }

    /** A payroll source that tells how many lines it has handed on, every 1,000 lines and at the end. */
    private record Counted(kz.ustau.app.port.PayrollSource source, java.util.function.LongConsumer progress)
            implements kz.ustau.app.port.PayrollSource {
        @Override
        public String name() {
            return source.name();
        }

        @Override
        public String column(String canonical) {
            return source.column(canonical);
        }

        @Override
        public void read(
                java.util.function.Consumer<kz.ustau.app.PayrollLine> lines,
                Problems problems,
                java.util.function.Consumer<kz.ustau.app.Warning> warnings)
                throws IOException {
            long[] read = {0};
            source.read(
                    line -> {
                        lines.accept(line);
                        if (++read[0] % 1000 == 0) {
                            progress.accept(read[0]);
                        }
                    },
                    problems,
                    warnings);
            progress.accept(read[0]);
        }
    }

    /** The writs file of this run: {@code --writs}, or the registry's active writs; empty when it cannot be had. */
    protected Optional<Path> writsFile(Optional<YearMonth> month) throws IOException {
        if (writs != null) {
            return Optional.of(writs);
        }
        if (db == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --writs FILE or --db DIR");
        }
        Path file = Files.createTempFile("ustau-registry-", ".csv");
        file.toFile().deleteOnExit();
        try (var registry = WritsCommand.open(db)) {
            registry.exportActive(file);
        } catch (java.sql.SQLException e) {
            spec.commandLine().getErr().println("ustau: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** A hook for commands that keep a registry: the writs ended between months still owed a return letter. */
    protected Optional<RunMonth.EndedWrits> endedWrits(Optional<Charset> charset) {
        return Optional.empty();
    }

    /** A hook for commands that keep a ledger: the result to publish. */
    protected MonthResult beforePublish(MonthResult result) throws IOException {
        return result;
    }

    /** A hook: every file is in DIR. */
    protected void afterPublish() throws IOException {}

    /** A hook: the run failed; nothing may be kept. */
    protected void failed() {}

    /** The languages of {@code --lang}, the first for messages. */
    List<Locale> languages() {
        return languageOption.locales(spec.commandLine());
    }

    private LocalDateTime moment() {
        if (now == null) {
            return LocalDateTime.now(clock);
        }
        try {
            return LocalDateTime.parse(now);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--now takes YYYY-MM-DDTHH:MM, got " + now);
        }
    }

    private Optional<YearMonth> period() {
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
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--period takes YYYY-MM or MM.YYYY, got " + period);
        }
    }

    private Optional<Charset> charset() {
        if (encoding == null) {
            return Optional.empty();
        }
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
            case "windows-1251", "cp1251" -> Optional.of(TextEncoding.WINDOWS_1251);
            default -> throw new CommandLine.ParameterException(
                    spec.commandLine(), "--encoding takes UTF-8 or windows-1251, got " + encoding);
        };
    }
}
