package kz.ustau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.ledger.LedgerBusyException;
import kz.ustau.app.port.Ledger;
import kz.ustau.web.Password;
import kz.ustau.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ustau serve}: the local web page over the registry (issue 8; docs/web.md), until stopped with Ctrl+C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"The local web page: the writ registry, the months and the letters (127.0.0.1 by default)."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The language of what the command says on the console; the page speaks the browser's (decision #14). */
    @CommandLine.Mixin
    Languages languages = new Languages();

    @Option(
            names = "--db",
            paramLabel = "DIR|JDBC-URL",
            description = "The registry; default $USTAU_DB or ~/.ustau/db.")
    String db;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port; 0 for any free one. Default ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on. Beyond loopback the page asks for a password, set at the first"
                    + " start. Default ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--employer",
            paramLabel = "FILE",
            description = "employer.properties, for running months from the page; without it the page only shows.")
    Path employer;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where each month's files go (DIR/YYYY-MM); default ~/.ustau/months.")
    Path out;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "Serve over HTTPS with this PKCS#12 certificate (its password in USTAU_TLS_PASSWORD):"
                    + " Secure cookies and HSTS. Meant for the page beyond loopback.")
    Path tlsKeystore;

    @Option(
            names = "--now",
            paramLabel = "YYYY-MM-DDTHH:MM",
            description = "Serve as if it were this moment, the clock moving on from it (a demo, a past month's"
                    + " review): deadlines, value dates and lateness are counted from it, as --now of the month"
                    + " commands.")
    String now;

    @Option(
            names = "--set-password",
            description = "Set or change the page's password (asked twice in the terminal, or USTAU_WEB_PASSWORD).")
    boolean setPassword;

    private final Main.Context context;

    ServeCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException, InvalidInputException {
        languages.locales(spec.commandLine());
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port takes 0 to 65535, got " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        java.time.Clock clock = context.clock();
        if (now != null) {
            // issue 19: the page's clock starts at --now and moves on from there
            java.time.LocalDateTime given = MonthOptions.moment(spec.commandLine(), now, clock);
            clock = java.time.Clock.offset(
                    clock, java.time.Duration.between(java.time.LocalDateTime.now(clock), given));
        }
        // issue 18: the page shows and runs the months of the employer --employer names, or of the database's only one
        kz.ustau.app.ledger.EmployerScope scope = LedgerScope.orUnnamed(context.ports(), employer);
        try (Ledger ledger = context.ports().ledgers().open(WritsCommand.location(db), scope)) {
            if (setPassword
                    || (!WebApp.isLoopbackHost(host)
                            && ledger.read(tx -> tx.writs().webPassword()).isEmpty()
                            && !ledger.read(tx -> tx.accounts().any()))) {
                Optional<char[]> given = newPassword();
                if (given.isEmpty()) {
                    throw new BadUsage(spec.commandLine(), "cli.usage.host-password", host, Password.MIN_LENGTH);
                }
                char[] password = given.get();
                String hash = Password.hash(password);
                java.util.Arrays.fill(password, '\0');
                try {
                    ledger.write(tx -> {
                        tx.writs().webPassword(hash, java.time.LocalDateTime.now(context.clock()));
                        return null;
                    });
                } catch (LedgerBusyException e) {
                    throw new Refusal(
                            spec.commandLine(),
                            kz.ustau.app.ledger.Refusal.of(
                                            kz.ustau.app.ledger.Refusal.Reason.BUSY, WritsCommand.location(db))
                                    .message(languages.first(spec.commandLine())));
                }
                out.println("Ustau: құпиясөз сақталды (тек хэші) / пароль сохранён (только его хэш)");
            }
        }
        Optional<WebApp.Tls> tls = Optional.empty();
        if (tlsKeystore != null) {
            String pass = System.getenv("USTAU_TLS_PASSWORD");
            if (pass == null || pass.isEmpty()) {
                throw new BadUsage(spec.commandLine(), "cli.usage.tls-password");
            }
            tls = Optional.of(new WebApp.Tls(tlsKeystore, pass.toCharArray()));
        } else if (!WebApp.isLoopbackHost(host)) {
            spec.commandLine()
                    .getErr()
                    .println("Ustau: " + host + " — HTTPS жоқ: құпиясөз бен деректер желі арқылы ашық жіберіледі;"
                            + " --tls-keystore беріңіз / без HTTPS пароль и данные идут по сети открыто; укажите"
                            + " --tls-keystore");
        }
        try (Ledger ledger = context.ports().ledgers().open(WritsCommand.location(db), scope);
                WebApp web = start(ledger, clock, tls)) {
            if (web == null) {
                // the port is another program's: one line in both languages, what to do (issue 20)
                spec.commandLine()
                        .getErr()
                        .println("ustau: "
                                + languages.locales(spec.commandLine()).stream()
                                        .map(l -> kz.ustau.app.Messages.text(l, "cli.serve.port-busy", port))
                                        .collect(java.util.stream.Collectors.joining(" / ")));
                return ExitCodes.SOFTWARE;
            }
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.println("Ustau: " + (tls.isPresent() ? "https" : "http") + "://" + shown + ":" + web.port()
                    + "/ (Ctrl+C — тоқтату / остановить)");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    /** The page started on the port asked for, or null when another program holds the port. */
    private WebApp start(Ledger ledger, java.time.Clock clock, Optional<WebApp.Tls> tls) throws java.io.IOException {
        try {
            return WebApp.start(
                    ledger,
                    context.ports(),
                    host,
                    port,
                    clock,
                    Optional.ofNullable(employer),
                    this.out != null ? this.out : WebApp.defaultMonths(),
                    tls);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    return null;
                }
            }
            throw e;
        }
    }

    /** A new password: typed twice in the terminal (not shown), or from USTAU_WEB_PASSWORD without a terminal. */
    private Optional<char[]> newPassword() {
        java.io.Console console = System.console();
        if (console == null) {
            String env = System.getenv("USTAU_WEB_PASSWORD");
            if (env == null || env.length() < Password.MIN_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(env.toCharArray());
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            char[] first = console.readPassword("Жаңа құпиясөз / Новый пароль (%d+): ", Password.MIN_LENGTH);
            char[] second = console.readPassword("Қайталаңыз / Повторите: ");
            if (first != null && first.length >= Password.MIN_LENGTH && java.util.Arrays.equals(first, second)) {
                java.util.Arrays.fill(second, '\0');
                return Optional.of(first);
            }
            console.printf("Сәйкес емес немесе қысқа / Не совпадают или короче %d символов%n", Password.MIN_LENGTH);
        }
        return Optional.empty();
    }
}
