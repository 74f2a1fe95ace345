package kz.ustau.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.ustau.app.Messages;
import picocli.CommandLine;

/**
 * picocli's own refusals of a command line — an option missing, one it does not know, a value it cannot read, no
 * command at all — said in the user's language (issue 20): what is wrong and the command's help to read, two lines,
 * not picocli's English message and the whole usage. The language is the first of {@code --lang}, else
 * {@code USTAU_LANG}, else Kazakh.
 */
final class UsageErrors {
    private UsageErrors() {}

    /** How the commands' own checks word a value they cannot read. */
    private static final java.util.regex.Pattern TAKES =
            java.util.regex.Pattern.compile("(--[a-z-]+) takes (.+), got (.*)");

    static Optional<String> said(CommandLine.ParameterException e, String[] arguments) {
        Locale lang = language(arguments);
        CommandLine cl = e.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName(" ");
        String what;
        if (e instanceof BadUsage bad) {
            what = Messages.text(lang, bad.key(), bad.arguments());
        } else if (e instanceof CommandLine.MissingParameterException m
                && !m.getMissing().isEmpty()) {
            what = Messages.text(
                    lang,
                    "cli.usage.missing",
                    command,
                    m.getMissing().stream().map(UsageErrors::named).collect(Collectors.joining(", ")));
        } else if (e instanceof CommandLine.UnmatchedArgumentException u) {
            what = Messages.text(lang, "cli.usage.unknown", command, String.join(" ", u.getUnmatched()));
        } else if (e.getArgSpec() != null && e.getValue() != null) {
            what = Messages.text(lang, "cli.usage.bad-value", named(e.getArgSpec()), e.getValue());
        } else if (TAKES.matcher(String.valueOf(e.getMessage())).matches()) {
            // the commands' own checks of a value: «--period takes YYYY-MM or MM.YYYY, got 2026-13»
            java.util.regex.Matcher t = TAKES.matcher(e.getMessage());
            t.matches();
            String formats = t.group(2)
                    .replace(
                            " or ",
                            lang.equals(Messages.RUSSIAN)
                                    ? " или "
                                    : lang.equals(Messages.KAZAKH) ? " немесе " : " or ");
            what = Messages.text(lang, "cli.usage.takes", t.group(1), formats, t.group(3));
        } else if (!cl.getSubcommands().isEmpty()
                && cl.getParseResult() != null
                && !cl.getParseResult().hasSubcommand()) {
            what = Messages.text(
                    lang,
                    "cli.usage.no-command",
                    command,
                    String.join(", ", cl.getSubcommands().keySet()));
        } else {
            return Optional.empty();
        }
        return Optional.of(what + "\n" + Messages.text(lang, "cli.usage.help", command));
    }

    private static String named(CommandLine.Model.ArgSpec arg) {
        if (arg instanceof CommandLine.Model.OptionSpec o) {
            return o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : "");
        }
        return arg.paramLabel();
    }

    /** The first language of {@code --lang kk,ru} or {@code --lang=ru}, else USTAU_LANG, else Kazakh. */
    static Locale language(String[] arguments) {
        List<String> args = List.of(arguments);
        String asked = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                asked = args.get(i + 1);
            } else if (a.startsWith("--lang=")) {
                asked = a.substring("--lang=".length());
            }
        }
        if (asked == null) {
            asked = System.getenv("USTAU_LANG");
        }
        String[] asks = asked == null ? new String[0] : asked.split(",");
        String first = asks.length == 0 ? "kk" : asks[0].strip();
        return first.equals("ru") ? Messages.RUSSIAN : first.equals("en") ? Locale.ENGLISH : Messages.KAZAKH;
    }
}
