package kz.ustau.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.Messages;
import kz.ustau.app.ledger.AuditEvent;
import kz.ustau.app.ledger.AuditTrail;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.MonthFiles;
import kz.ustau.web.RegistryWords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ustau audit list|export} (issue 18, docs/bureau.md §4; журнал действий / әрекеттер журналы): the audit trail
 * of an employer — every import, suspension, resumption, end, run, lock, export, reopening, login and failed login,
 * with who, when and from where —, of one writ or one month or of everything, between two days.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit trail: who changed what, when and from where (docs/bureau.md): list, export.",
        subcommands = {AuditCommand.ListCommand.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: list, export");
    }

    /** What part of the trail: of a writ or a month, between two days (both included). */
    abstract static class Trail extends WritsCommand.Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @Option(names = "--writ", paramLabel = "WRIT_ID", description = "Only this writ's steps.")
        String writ;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "Only this month's steps.")
        String month;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day (Almaty time).")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "To this day, itself included.")
        String to;

        Trail(Main.Context context) {
            super(context);
        }

        @Override
        Path employerFile() {
            return employer.file;
        }

        List<AuditEvent> trail(Ledger ledger) throws IOException, kz.ustau.app.InvalidInputException {
            CommandLine cl = spec.commandLine();
            if (writ != null && month != null) {
                throw new CommandLine.ParameterException(cl, "--writ and --month: one of them, not both");
            }
            Optional<String> subject = Optional.ofNullable(writ)
                    .map(String::strip)
                    .or(() -> Optional.ofNullable(month)
                            .map(m -> WritsCommand.month(cl, "--month", m).toString()));
            Optional<LocalDateTime> first =
                    Optional.ofNullable(from).map(d -> day(cl, "--from", d).atStartOfDay());
            Optional<LocalDateTime> last = Optional.ofNullable(to)
                    .map(d -> day(cl, "--to", d).plusDays(1).atStartOfDay());
            if (first.isPresent() && last.isPresent() && !last.get().isAfter(first.get())) {
                throw new BadUsage(cl, "cli.usage.to-before-from", to, from);
            }
            return ledger.read(tx -> tx.audit(subject, first, last));
        }

        private static LocalDate day(CommandLine cl, String option, String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, option + " takes YYYY-MM-DD, got " + value);
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "The audit trail on the screen, oldest first, in the language asked for.")
    static final class ListCommand extends Trail {
        ListCommand(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, kz.ustau.app.InvalidInputException {
            List<AuditEvent> steps = trail(ledger);
            PrintWriter out = spec.commandLine().getOut();
            Map<String, String> words = WritsCommand.registryWords(language());
            if (steps.isEmpty()) {
                out.println(Messages.text(language(), "cli.audit.none"));
            }
            for (AuditEvent a : steps) {
                out.println(WritsCommand.at(a.at(), words)
                        + " "
                        + (a.subject().isEmpty() ? "" : a.subject() + " ")
                        + words.getOrDefault("event." + a.action(), a.action())
                        + said(a, words)
                        + " — "
                        + AuditTrail.said(a.actor()));
            }
            return ExitCodes.OK;
        }
    }

    /** A step's detail as the page says it: a month's in its words, a writ's as the registry words it. */
    static String said(AuditEvent a, Map<String, String> words) {
        String d = words.isEmpty()
                ? a.detail()
                : a.subject().matches("\\d{4}-\\d{2}")
                        ? RegistryWords.monthDetail(a.detail(), words)
                        : WritsCommand.said(a.detail(), words);
        return d.isEmpty() ? "" : ": " + d;
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "The audit trail as CSV (UTF-8): at, login, origin, action, subject, detail; written whole.")
    static final class Export extends Trail {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        /** A step's time in the file: to the second, always with its seconds. */
        private static final java.time.format.DateTimeFormatter AT =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

        Export(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, kz.ustau.app.InvalidInputException {
            List<AuditEvent> steps = trail(ledger);
            Path file = out.toAbsolutePath();
            String name = file.getFileName().toString();
            try (MonthFiles.Staging staging = context.ports().monthFiles().stage(file.getParent())) {
                try (Writer w = new OutputStreamWriter(staging.create(name), StandardCharsets.UTF_8)) {
                    w.write("at,login,origin,action,subject,detail\n");
                    for (AuditEvent a : steps) {
                        w.write(String.join(
                                        ",",
                                        a.at().format(AT),
                                        cell(a.actor().login()),
                                        cell(a.actor().origin()),
                                        a.action(),
                                        cell(a.subject()),
                                        cell(a.detail()))
                                + "\n");
                    }
                }
                staging.publish(name::equals);
            }
            spec.commandLine().getErr().println(Messages.text(language(), "cli.audit.exported", out, steps.size()));
            return ExitCodes.OK;
        }

        /**
         * A cell as CSV quotes it; one a spreadsheet would take for a formula (=, +, -, @ first) is given a leading
         * apostrophe, so that opening the trail runs nothing.
         */
        static String cell(String text) {
            String t = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
            return t.contains(",") || t.contains("\"") || t.contains("\n") ? '"' + t.replace("\"", "\"\"") + '"' : t;
        }
    }
}
