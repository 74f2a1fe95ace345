package kz.ustau.adapter.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice template from {@code kz/ustau/notice/<name>.txt} (the format is in the README beside them), filled with
 * values. A placeholder with no value is an error: a notice never goes out with a gap. {@code {{name?}}} marks a value
 * that may be absent; a line left empty by absent values is dropped. A line {@code [?name] …} is kept only when
 * {@code name} has a value, {@code [!name] …} only when it has none: a letter written after its deadline says so
 * ({@code late}), one on time says when it is due.
 */
final class NoticeTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z.]+)(\\?)?}}");
    /** {@code [?late] text}: the line only when {@code late} has a value; {@code [!late] text}: only when it has none. */
    private static final Pattern CONDITION = Pattern.compile("^\\[([?!])([a-z.]+)] ?(.*)$");

    private final String name;
    private final String text;

    private NoticeTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static NoticeTemplate load(String name) {
        String resource = "/kz/ustau/notice/" + name + ".txt";
        try (InputStream in = NoticeTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("notice template missing: " + resource);
            }
            return new NoticeTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Block> fill(Map<String, String> values) {
        return fill(values, Map.of());
    }

    /** The same, a line {@code [[name]]} standing for the table {@code tables} gives under that name. */
    List<Block> fill(Map<String, String> values, Map<String, Block.Table> tables) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String source : text.split("\r?\n")) {
            String raw = source;
            Matcher condition = CONDITION.matcher(source);
            if (condition.matches()) {
                String value = values.get(condition.group(2));
                boolean has = value != null && !value.isBlank();
                if (has != condition.group(1).equals("?")) {
                    continue;
                }
                raw = condition.group(3);
            }
            if (raw.strip().startsWith("[[") && raw.strip().endsWith("]]")) {
                String table = raw.strip().substring(2, raw.strip().length() - 2);
                if (!tables.containsKey(table)) {
                    throw new IllegalStateException("notice template " + name + ": no table " + table);
                }
                if (paragraph.length() > 0) {
                    blocks.add(new Block.Paragraph(paragraph.toString()));
                    paragraph.setLength(0);
                }
                blocks.add(tables.get(table));
                continue;
            }
            String line = substitute(raw, values).strip();
            if (line.equals(">") || (line.isEmpty() && !raw.isBlank())) {
                continue; // a line made only of optional values that are absent
            }
            boolean plain = !line.isEmpty()
                    && !line.startsWith("#")
                    && !line.startsWith(">")
                    && !line.startsWith("|")
                    && !line.startsWith("@")
                    && !line.equals("---");
            if (plain) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
                continue;
            }
            if (paragraph.length() > 0) {
                blocks.add(new Block.Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block.Subtitle(line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                blocks.add(new Block.Title(line.substring(2).strip()));
            } else if (line.startsWith(">")) {
                blocks.add(new Block.Address(line.substring(1).strip()));
            } else if (line.startsWith("|")) {
                String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", 2);
                String value = cells.length > 1 ? cells[1].strip() : "";
                if (!value.isEmpty() || !raw.contains("?}}")) {
                    blocks.add(new Block.Row(cells[0].strip(), value)); // a row of an absent optional value is dropped
                }
            } else if (line.startsWith("@")) {
                String[] cells = line.substring(1).split("\\|", 2);
                blocks.add(new Block.Signature(cells[0].strip(), cells.length > 1 ? cells[1].strip() : ""));
            } else if (line.equals("---")) {
                blocks.add(new Block.Space());
            }
        }
        if (paragraph.length() > 0) {
            blocks.add(new Block.Paragraph(paragraph.toString()));
        }
        return blocks;
    }

    private String substitute(String line, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            boolean optional = m.group(2) != null;
            if (optional && (value == null || value.isBlank())) {
                value = "";
            } else if (value == null || value.isBlank()) {
                throw new IllegalStateException("notice template " + name + ": no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
