package kz.ustau.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.ledger.Account;
import kz.ustau.app.ledger.Role;
import kz.ustau.app.port.Ledger;
import kz.ustau.web.Password;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ustau users add|list|disable} (issue 18, docs/bureau.md §3; пайдаланушылар / пользователи): the page's
 * accounts, for the administrator. An account signs in to the page with its login and password and has a role for each
 * employer: preparer, approver or viewer. The password is asked twice in the terminal, or read as the first line of
 * the standard input — never an argument, which a process list and a shell's history would keep.
 */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "The page's accounts and their roles per employer (docs/bureau.md): add, list, disable.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListCommand.class, UsersCommand.Disable.class})
final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: add, list, disable");
    }

    /** The employer the roles are of. */
    abstract static class Of extends WritsCommand.Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        Of(Main.Context context) {
            super(context);
        }

        @Override
        Path employerFile() {
            return employer.file;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Makes an account (its password asked) or gives an existing one its role for the employer.")
    static final class Add extends Of {
        @Parameters(paramLabel = "LOGIN", description = "The account's login: letters, digits, . _ - @.")
        String login;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "preparer|approver|viewer",
                description = "Its role for the employer.")
        String role;

        Add(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException, kz.ustau.app.ledger.LedgerBusyException {
            CommandLine cl = spec.commandLine();
            String name = login.strip();
            if (!name.matches("[\\p{L}\\p{N}._@-]{1,64}")) {
                throw new CommandLine.ParameterException(
                        cl, "LOGIN takes letters, digits, . _ - @ (at most 64), got " + login);
            }
            Role given = Role.of(role.strip())
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cl, "--role takes preparer, approver or viewer, got " + role));
            LocalDateTime now = LocalDateTime.now(context.clock());
            if (employer.file == null
                    && ledger.read(Ledger.Transaction::employer).isEmpty()) {
                // a role is an employer's, by its BIN: a database an earlier release kept has none yet
                throw new BadUsage(cl, "cli.users.employer");
            }
            boolean exists = ledger.read(tx -> tx.accounts().account(name)).isPresent();
            Optional<String> hash = Optional.empty();
            if (!exists) {
                Optional<char[]> password = newPassword();
                if (password.isEmpty()) {
                    throw new BadUsage(cl, "cli.users.password", Password.MIN_LENGTH);
                }
                hash = Optional.of(Password.hash(password.get()));
                Arrays.fill(password.get(), '\0');
            }
            Optional<String> made = hash;
            String bin = ledger.write(tx -> {
                if (made.isPresent() && !tx.accounts().add(name, made.get(), now)) {
                    throw new IllegalStateException("the login " + name + " was taken meanwhile");
                }
                tx.accounts().role(name, given, now);
                return tx.employer();
            });
            cl.getOut()
                    .println(Messages.text(
                            language(),
                            exists ? "cli.users.role" : "cli.users.added",
                            name,
                            given.code(),
                            kz.ustau.domain.id.IdNumber.mask(bin)));
            return ExitCodes.OK;
        }

        /** The password, asked twice in the terminal, or the first line of the standard input. */
        private Optional<char[]> newPassword() throws IOException {
            java.io.Console console = System.console();
            if (console == null) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null || line.length() < Password.MIN_LENGTH
                        ? Optional.empty()
                        : Optional.of(line.toCharArray());
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                char[] first = console.readPassword("Құпиясөз / Пароль (%d+): ", Password.MIN_LENGTH);
                char[] second = console.readPassword("Қайталаңыз / Повторите: ");
                if (first != null && first.length >= Password.MIN_LENGTH && Arrays.equals(first, second)) {
                    Arrays.fill(second, '\0');
                    return Optional.of(first);
                }
                console.printf("Сәйкес емес немесе қысқа / Не совпадают или короче %d символов%n", Password.MIN_LENGTH);
            }
            return Optional.empty();
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Every account (CSV): login, its role for the employer, when made, when disabled.")
    static final class ListCommand extends Of {
        private static final java.time.format.DateTimeFormatter AT =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

        ListCommand(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException {
            PrintWriter out = spec.commandLine().getOut();
            out.println("login,role,created_at,disabled_at");
            String bin = ledger.read(Ledger.Transaction::employer);
            for (Account a : ledger.read(tx -> tx.accounts().list())) {
                out.println(String.join(
                        ",",
                        a.login(),
                        a.role(bin).map(Role::code).orElse(""),
                        a.createdAt().format(AT),
                        a.disabledAt().map(d -> d.format(AT)).orElse("")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disables an account: it signs in no more; it stays, named in the audit trail.")
    static final class Disable extends Of {
        @Parameters(paramLabel = "LOGIN", description = "The account's login.")
        String login;

        Disable(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException, kz.ustau.app.ledger.LedgerBusyException {
            LocalDateTime now = LocalDateTime.now(context.clock());
            boolean done = ledger.write(tx -> tx.accounts().disable(login.strip(), now));
            if (!done) {
                spec.commandLine().getErr().println(Messages.text(language(), "cli.users.no-such", login));
                return ExitCodes.INVALID_INPUT;
            }
            spec.commandLine().getOut().println(Messages.text(language(), "cli.users.disabled", login));
            return ExitCodes.OK;
        }
    }
}
