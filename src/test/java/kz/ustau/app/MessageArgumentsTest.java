package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem and warning the code raises gives its message as many arguments as the message's placeholders use,
 * in every language: a message that printed a literal {@code {1}} (or a whole sentence where a file name belongs) to
 * the accountant is caught here, not in front of them. Reads the sources: each {@code add(…, "code", found, args…)}
 * and {@code Warning.of("code", args…)} whose code is a message key.
 */
class MessageArgumentsTest {
    private static final Pattern CALL = Pattern.compile("(?:\\badd|InputProblem\\.of|Warning\\.of)\\(");
    private static final Pattern CODE = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyMessageGetsTheArgumentsItsPlaceholdersUse() throws IOException {
        List<Properties> bundles = new ArrayList<>();
        for (String suffix : List.of("", "_kk", "_ru")) {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream("/kz/ustau/messages" + suffix + ".properties")) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundles.add(p);
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : sources) {
            String text = Files.readString(file);
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                List<String> args = arguments(text, call.end());
                boolean warning = call.group().startsWith("Warning");
                for (int i = 0; i < args.size(); i++) {
                    Matcher code = CODE.matcher(args.get(i));
                    if (!code.matches()) {
                        continue;
                    }
                    String key = (warning ? "warning." : "problem.") + code.group(1);
                    if (!bundles.get(0).containsKey(key)) {
                        continue;
                    }
                    // a problem's arguments follow the code and the found value; a warning's follow the code
                    int given = args.size() - i - (warning ? 1 : 2);
                    for (Properties bundle : bundles) {
                        for (String k : List.of(key, key + ".expected")) {
                            int used = used(bundle.getProperty(k, ""));
                            if (used > given) {
                                wrong.add("%s:%d: %s gets %d arguments, its message uses %d"
                                        .formatted(file, line(text, call.start()), k, given, used));
                            }
                        }
                    }
                    checked++;
                    break;
                }
            }
        }
        assertThat(checked).as("calls checked").isGreaterThan(90);
        assertThat(wrong).isEmpty();
    }

    /** The highest placeholder a message uses, plus one: how many arguments it needs. */
    private static int used(String message) {
        int max = 0;
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)) + 1);
        }
        return max;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\') {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '\'') {
                // a char literal: '"', '(', '\''
                int end = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            args.add(current.toString().strip());
        }
        return args;
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
