package kz.ustau.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.ustau.adapter.employer.EmployerProperties;
import kz.ustau.adapter.files.CsvRegister;
import kz.ustau.adapter.files.MonthFolder;
import kz.ustau.adapter.files.OwnerOnly;
import kz.ustau.adapter.ledger.LedgerDatabase;
import kz.ustau.adapter.notice.NoticeFiles;
import kz.ustau.adapter.notice.StatementFiles;
import kz.ustau.adapter.payment.Mt100Txt;
import kz.ustau.adapter.payment.OneCExchangeTxt;
import kz.ustau.adapter.payment.Pain001Xml;
import kz.ustau.adapter.payment.PaymentsCsv;
import kz.ustau.adapter.payroll.MappingDraft;
import kz.ustau.adapter.payroll.PayrollFiles;
import kz.ustau.adapter.report.DeductionsCsv;
import kz.ustau.adapter.report.EmployerDeductionsCsv;
import kz.ustau.adapter.report.ExplainText;
import kz.ustau.adapter.report.WarningsText;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.adapter.writ.WritsCsv;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.port.EmployerSource;
import kz.ustau.app.port.InputReader;
import kz.ustau.app.port.MappingDrafts;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.app.port.MonthReports;
import kz.ustau.app.port.MonthReports.SaidWarning;
import kz.ustau.app.port.PrivateFiles;
import kz.ustau.app.port.TableReader;
import kz.ustau.app.port.WritSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ustau}: the command line of CONTRACT §1–§2, and the composition root — the only class that knows the adapters:
 * it puts each behind its port ({@link #ports()}) and hands them to the commands, which know only the use cases.
 */
@Command(
        name = "ustau",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Ustau (ұстау): alimony and other court-ordered debts withheld from pay as the law of Kazakhstan says."
        },
        subcommands = {
            RunCommand.class,
            MonthCommand.class,
            WritsCommand.class,
            ReportCommand.class,
            MappingCommand.class,
            ServeCommand.class,
            AuditCommand.class,
            UsersCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    /** Almaty time: deadlines and late orders are Kazakh dates. */
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run");
    }

    public static void main(String[] args) {
        System.exit(execute(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                Clock.system(ALMATY)));
    }

    /** Runs the command line with the given streams and clock; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return execute(args, out, err, clock, ports());
    }

    /** The same over the given ports (a test puts a faulty one in place of an adapter). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock, Ports ports) {
        CommandLine cl = commandLine(new Context(clock, ports));
        HelpTexts.apply(cl, UsageErrors.language(args));
        cl.setOut(out);
        cl.setErr(err);
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, arguments) -> {
            if (e instanceof Refusal) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
            java.util.Optional<String> said = UsageErrors.said(e, arguments);
            if (said.isPresent()) {
                err.println(said.get());
                return ExitCodes.USAGE;
            }
            return usage.handleParseException(e, arguments);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof kz.ustau.app.ledger.EmployerNotNamedException notNamed) {
                // issue 18: a database of several employers, none named: a usage error, nothing touched
                err.println("ustau: " + notNamed.message(UsageErrors.language(args)));
                return ExitCodes.USAGE;
            }
            err.println(Faults.said(e, UsageErrors.language(args)));
            if (parseResult.hasMatchedOption("--verbose")) {
                e.printStackTrace(err);
            }
            return ExitCodes.SOFTWARE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command tree, every command made with the context; its texts the annotations' (English). */
    static CommandLine commandLine(Context context) {
        return new CommandLine(new Main(), new Factory(context));
    }

    /** What every command is made with: the clock and the ports. */
    record Context(Clock clock, Ports ports) {}

    /** Every adapter behind its port. */
    public static Ports ports() {
        ReferenceTables builtIn = ReferenceTablesCsv.builtIn();
        return new Ports(
                new Tables(),
                PayrollFiles::open,
                new Inputs(),
                (location, scope) -> LedgerDatabase.open(location, builtIn, scope),
                new MonthFolder(),
                documents(),
                new Mappings(),
                new Private(),
                new Reports(),
                new StatementFiles());
    }

    /**
     * The documents a month writes into its folder (CONTRACT §5), the longest to write first: they are written side by
     * side, and the short ones then fill the processors the long ones leave (issue 21).
     */
    static List<MonthDocument> documents() {
        return List.of(
                new Pain001Xml(),
                new ExplainText(),
                new DeductionsCsv(),
                new EmployerDeductionsCsv(),
                new PaymentsCsv(),
                new OneCExchangeTxt(),
                new Mt100Txt(),
                new NoticeFiles(),
                new WarningsText());
    }

    /** The reference tables: the jar's own, or a folder's files in their place. */
    private static final class Tables implements TableReader {
        @Override
        public ReferenceTables builtIn() {
            return ReferenceTablesCsv.builtIn();
        }

        @Override
        public Optional<ReferenceTables> load(Optional<Path> overrides, Problems problems) throws IOException {
            return ReferenceTablesCsv.load(overrides, problems);
        }
    }

    /** The writs file and the employer's properties. */
    private static final class Inputs implements InputReader {
        @Override
        public WritSource writs(Path file, String name, Optional<Charset> encoding) {
            return new WritsCsv(file, name, encoding);
        }

        @Override
        public EmployerSource employer(Path file, String name) {
            return new EmployerProperties(file, name);
        }
    }

    /** Mappings drafted from an export, checked, and the presets. */
    private static final class Mappings implements MappingDrafts {
        @Override
        public List<String> presets() {
            return PayrollFiles.PRESETS;
        }

        @Override
        public Optional<Draft> draft(Path export, String name, Optional<String> sheet, Problems problems)
                throws IOException {
            return MappingDraft.inspect(export, name, sheet, Optional.empty(), problems);
        }

        @Override
        public void check(Path mapping, String name, Problems problems) throws IOException {
            PayrollFiles.checkMapping(mapping, name, problems);
        }
    }

    /** Owner-only files and folders. */
    private static final class Private implements PrivateFiles {
        @Override
        public Path folder(Path dir) throws IOException {
            return OwnerOnly.folder(dir);
        }

        @Override
        public Path newFile(Path file) throws IOException {
            return OwnerOnly.newFile(file);
        }

        @Override
        public Path tempFolder(Path dir, String prefix) throws IOException {
            return OwnerOnly.tempFolder(dir, prefix);
        }

        @Override
        public Path tempFolder(String prefix) throws IOException {
            return OwnerOnly.tempFolder(null, prefix);
        }

        @Override
        public void deleteTree(Path root) throws IOException {
            OwnerOnly.deleteTree(root);
        }
    }

    /** A month's folder read back for the page. */
    private static final class Reports implements MonthReports {
        @Override
        public List<SaidWarning> warnings(Path dir, String language) {
            return WarningsText.read(dir, language);
        }

        @Override
        public boolean explained(Path dir) {
            return Files.isRegularFile(dir.resolve(ExplainText.FILE));
        }

        @Override
        public Optional<String> explanation(Path dir, String employee) {
            return ExplainText.part(dir.resolve(ExplainText.FILE), employee);
        }

        @Override
        public List<Map<String, String>> rows(Path dir, Register register) {
            Path file = dir.resolve(
                    switch (register) {
                        case DEDUCTIONS -> DeductionsCsv.FILE;
                        case PAYMENTS -> PaymentsCsv.FILE;
                        case NOTICES -> NoticeFiles.REGISTER;
                        case EMPLOYER_CLAIMS -> EmployerDeductionsCsv.FILE;
                    });
            return CsvRegister.rows(file);
        }

        @Override
        public boolean windows1251(String file) {
            return file.equals(OneCExchangeTxt.FILE);
        }
    }

    /** Builds commands with what they need: a constructor taking the {@link Context}, or none. */
    private static final class Factory implements CommandLine.IFactory {
        private final Context context;

        Factory(Context context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (var ctor : cls.getDeclaredConstructors()) {
                if (ctor.getParameterCount() == 1 && ctor.getParameterTypes()[0] == Context.class) {
                    ctor.setAccessible(true);
                    return cls.cast(ctor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/kz/ustau/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"ustau " + p.getProperty("version", "unknown")};
        }
    }
}
