package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.app.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help of every command, option and parameter in Kazakh and in Russian (issue 20): the bundles leave nothing in
 * the command tree without its text, hold no key that names nothing of it, and carry no English word — the options,
 * labels, commands, files, paths and variables the user types aside.
 */
class HelpTextsTest {
    static final List<Locale> LANGUAGES = List.of(Messages.KAZAKH, Messages.RUSSIAN);

    static CommandLine tree() {
        return Main.commandLine(new Main.Context(Clock.systemUTC(), Main.ports()));
    }

    static List<CommandLine> commands(CommandLine top) {
        List<CommandLine> all = new ArrayList<>();
        all.add(top);
        for (CommandLine sub : top.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }

    /** The keys picocli looks up for an option or parameter, most particular first. */
    static List<String> keys(CommandSpec command, ArgSpec arg) {
        String q = command.qualifiedName(".");
        List<String> keys = new ArrayList<>();
        String own = arg instanceof OptionSpec o
                ? o.longestName().replaceFirst("^-+", "")
                : ((PositionalParamSpec) arg).paramLabel() + "[" + ((PositionalParamSpec) arg).index() + "]";
        keys.add(q + "." + own);
        keys.add(own);
        if (arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()) {
            keys.add(q + "." + arg.descriptionKey());
            keys.add(arg.descriptionKey());
        }
        return keys;
    }

    static boolean has(ResourceBundle bundle, List<String> keys) {
        return keys.stream().anyMatch(bundle::containsKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void everyCommandOptionAndParameterHasItsText(String lang) {
        ResourceBundle bundle = HelpTexts.bundle(Locale.forLanguageTag(lang)).orElseThrow();
        List<String> missing = new ArrayList<>();
        for (CommandLine cl : commands(tree())) {
            CommandSpec spec = cl.getCommandSpec();
            String q = spec.qualifiedName(".");
            if (!bundle.containsKey(q + ".usage.description.0") && !bundle.containsKey(q + ".usage.header")) {
                missing.add(q + ".usage.description.0");
            }
            for (ArgSpec arg : spec.args()) {
                if (!has(bundle, keys(spec, arg))) {
                    missing.add(keys(spec, arg).get(0));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void everyKeyNamesACommandAnOptionOrAHeading(String lang) {
        ResourceBundle bundle = HelpTexts.bundle(Locale.forLanguageTag(lang)).orElseThrow();
        Set<String> named = new HashSet<>();
        for (CommandLine cl : commands(tree())) {
            CommandSpec spec = cl.getCommandSpec();
            String q = spec.qualifiedName(".");
            for (String part : List.of("description", "header", "synopsisHeading")) {
                named.add(q + ".usage." + part);
            }
            for (int i = 0; i < 5; i++) {
                named.add(q + ".usage.description." + i);
            }
            for (ArgSpec arg : spec.args()) {
                named.addAll(keys(spec, arg));
            }
        }
        named.addAll(List.of("usage.synopsisHeading", "usage.commandListHeading"));
        List<String> stray = bundle.keySet().stream()
                .filter(k -> !named.contains(k))
                .sorted()
                .toList();
        assertThat(stray).isEmpty();
    }

    /** What the user types or reads as a name, which may stand in Latin letters in a Kazakh or Russian text. */
    static final Pattern NAMES = Pattern.compile(String.join(
            "|",
            "--[a-z-]+",
            "\\$\\{[A-Z-]+}",
            "\\$?(?<![A-Za-z])[A-Z][A-Z0-9_#-]*(?![a-z])",
            "~/[a-z./]+",
            "docs/[a-z-]+\\.md",
            "[A-Za-z0-9_|.-]*\\.(csv|txt|xlsx|xml|properties|pdf|docx)(\\|(pdf|docx))*",
            "preset:[a-z0-9-]+",
            "[a-z]+(_[a-z]+)+",
            "kk[,|]ru",
            "#n",
            "[0-9.]+"));

    static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** Latin words in the texts beyond the names, the command names and the program's name. */
    static List<String> english(Map<String, String> texts, Set<String> commandNames) {
        List<String> found = new ArrayList<>();
        texts.forEach((key, text) -> {
            Matcher m = LATIN.matcher(NAMES.matcher(text).replaceAll(" "));
            while (m.find()) {
                String w = m.group();
                if (!commandNames.contains(w) && !w.equals("Ustau") && !w.equals("n")) {
                    found.add(key + " — «" + w + "»");
                }
            }
        });
        return found;
    }

    static Set<String> commandNames() {
        Set<String> names = new HashSet<>();
        for (CommandLine cl : commands(tree())) {
            names.add(cl.getCommandName());
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void theTextsHaveNoEnglishWord(String lang) {
        ResourceBundle bundle = HelpTexts.bundle(Locale.forLanguageTag(lang)).orElseThrow();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        assertThat(english(texts, commandNames())).isEmpty();
    }

    @Test
    void theCheckFindsTheEnglishOfTheAnnotations() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (CommandLine cl : commands(tree())) {
            for (ArgSpec arg : cl.getCommandSpec().args()) {
                texts.put(cl.getCommandSpec().qualifiedName(".") + " " + arg, String.join(" ", arg.description()));
            }
        }
        assertThat(english(texts, commandNames()))
                .anySatisfy(w -> assertThat(w).endsWith("«Payroll»"))
                .hasSizeGreaterThan(100);
    }

    static String help(String... args) {
        StringWriter out = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()), MainTest.CLOCK);
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void theHelpIsInTheLanguageAskedAndEnglishOnlyWhenAskedFor() {
        assertThat(help("month", "run", "--help"))
                .contains("Қолданылуы: ustau month run", "Айды ведомосімен бірге есептеп", "Осы анықтаманы көрсетеді.")
                .doesNotContain("Usage:", "Computes", "Show this help");
        assertThat(help("month", "run", "--help", "--lang", "ru"))
                .contains("Использование: ustau month run", "Рассчитывает месяц", "Показывает эту справку.")
                .doesNotContain("Usage:", "Айды", "Computes");
        assertThat(help("writs", "end", "--help", "--lang", "ru")).contains("Основание, одно из: CHILD_CAME_OF_AGE");
        assertThat(help("serve", "--help", "--lang=kk")).contains("Әдепкісі 8080.");
        assertThat(help("help", "writs", "--lang", "ru")).contains("Реестр исполнительных документов");
        assertThat(help("--help", "--lang", "en"))
                .contains("Usage: ustau", "withheld from pay")
                .doesNotContain("Қолданылуы", "Использование");
    }
}
