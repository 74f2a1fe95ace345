package kz.ustau.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import kz.ustau.adapter.notice.NoticeFiles;
import kz.ustau.adapter.payment.Mt100Txt;
import kz.ustau.adapter.payment.OneCExchangeTxt;
import kz.ustau.adapter.payment.Pain001Xml;
import kz.ustau.adapter.payment.PaymentsCsv;
import kz.ustau.adapter.report.DeductionsCsv;
import kz.ustau.adapter.report.ExplainText;
import kz.ustau.adapter.report.WarningsText;
import kz.ustau.app.port.MonthDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ustau}: the command line of CONTRACT §1–§2. The only place that wires adapters into use cases.
 */
@Command(
        name = "ustau",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Ustau (ұстау): алимент пен өзге өндірістерді жалақыдан заң бойынша ұстау.",
            "Удержание алиментов и других взысканий из заработной платы по закону РК.",
            ""
        },
        subcommands = {
            RunCommand.class,
            MonthCommand.class,
            WritsCommand.class,
            MappingCommand.class,
            ServeCommand.class,
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
        return execute(args, out, err, clock, run -> {});
    }

    /** The same, with each monthly command set up by {@code setup} first (the web page's progress and file names). */
    static int execute(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            Clock clock,
            java.util.function.Consumer<RunCommand> setup) {
        CommandLine cl = new CommandLine(new Main(), new Factory(clock, setup));
        cl.setOut(out);
        cl.setErr(err);
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, arguments) -> {
            if (e instanceof Refusal) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
            return usage.handleParseException(e, arguments);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("ustau: " + e);
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

    /** The documents a run writes into DIR (CONTRACT §5). */
    static List<MonthDocument> documents() {
        return List.of(
                new DeductionsCsv(),
                new PaymentsCsv(),
                new OneCExchangeTxt(),
                new Mt100Txt(),
                new Pain001Xml(),
                new NoticeFiles(),
                new ExplainText(),
                new WarningsText());
    }

    /** Builds commands with what they need. */
    private static final class Factory implements CommandLine.IFactory {
        private final Clock clock;
        private final java.util.function.Consumer<RunCommand> setup;

        Factory(Clock clock, java.util.function.Consumer<RunCommand> setup) {
            this.clock = clock;
            this.setup = setup;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == RunCommand.class) {
                RunCommand run = new RunCommand(clock);
                setup.accept(run);
                return cls.cast(run);
            }
            for (var ctor : cls.getDeclaredConstructors()) {
                if (ctor.getParameterCount() == 1 && ctor.getParameterTypes()[0] == Clock.class) {
                    ctor.setAccessible(true);
                    K made = cls.cast(ctor.newInstance(clock));
                    if (made instanceof RunCommand run) {
                        setup.accept(run);
                    }
                    return made;
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
