package kz.ustau.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A month folder's warnings as {@code warnings.csv} gives them: by code, in both languages. */
public final class Warned {
    private Warned() {}

    /** The code of every warning of the folder, in order; none when it has no warnings. */
    public static List<String> codes(Path folder) throws IOException {
        return rows(folder).stream().map(r -> r.get("code")).toList();
    }

    /**
     * The warnings whose code begins with {@code code} as {@code warnings.txt} writes them, «[kk] …» then «[ru] …» for
     * each in the languages the file has; and each of them is in warnings.txt.
     */
    public static List<String> said(Path folder, String code) throws IOException {
        List<String> said = new ArrayList<>();
        for (Map<String, String> row : rows(folder)) {
            if (row.get("code").startsWith(code)) {
                said.add("[kk] " + row.get("text_kk"));
                said.add("[ru] " + row.get("text_ru"));
            }
        }
        if (said.isEmpty()) {
            return said;
        }
        List<String> txt = Files.readAllLines(folder.resolve("warnings.txt"), StandardCharsets.UTF_8);
        List<String> tags = txt.stream().map(l -> l.substring(0, 5)).distinct().toList();
        List<String> written =
                said.stream().filter(l -> tags.contains(l.substring(0, 5))).toList();
        for (String line : written) {
            if (!txt.contains(line)) {
                throw new AssertionError("warnings.csv says what warnings.txt does not: " + line);
            }
        }
        return written;
    }

    private static List<Map<String, String>> rows(Path folder) throws IOException {
        Path csv = folder.resolve("warnings.csv");
        if (!Files.exists(csv)) {
            if (Files.exists(folder.resolve("warnings.txt"))) {
                throw new AssertionError("warnings.txt without warnings.csv in " + folder);
            }
            return List.of();
        }
        return kz.ustau.adapter.files.CsvRegister.rows(csv);
    }
}
