package kz.ustau.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.ustau.adapter.ledger.WritRegistryDb;
import kz.ustau.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ustau serve}: the local web page over the registry (issue 8; docs/web.md), until stopped with Ctrl+C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Жергілікті веб-бет: атқару парақтарының тізілімі (127.0.0.1).",
            "Локальная веб-страница: реестр исполнительных документов (127.0.0.1)."
        })
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
            description = "Address to listen on; loopback only for now. Default ${DEFAULT-VALUE}.")
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

    private final Clock clock;

    ServeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws SQLException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port takes 0 to 65535, got " + port);
        }
        if (!WebApp.isLoopbackHost(host)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--host " + host + ": the page listens on loopback only (127.0.0.1, ::1, localhost) until it"
                            + " has a password");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (WritRegistryDb registry = WritsCommand.open(db);
                WebApp web = WebApp.start(
                        registry,
                        host,
                        port,
                        clock,
                        new PageJobs(db, employer, this.out != null ? this.out : PageJobs.defaultFolder(), clock))) {
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.println("Ustau: http://" + shown + ":" + web.port() + "/ (Ctrl+C — тоқтату / остановить)");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
