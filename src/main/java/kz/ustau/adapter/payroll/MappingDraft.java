package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.ustau.app.Problems;
import kz.ustau.app.port.MappingDrafts;

/**
 * A first look at an export, for {@code ustau mapping init} (issue 4): its sheets, the row that looks like the header,
 * its columns and, for a long table, the distinct names of accruals; and a starting mapping with every column and name
 * Ustau recognises filled in and the rest marked {@code ???} for the accountant to finish. Guesses only: the mapping
 * is checked like any other when it is used.
 */
public final class MappingDraft {
    /** A signature line under a table: the role, in Russian or Kazakh, before the line to sign on. */
    static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
            "(?iu)^(главный бухгалтер|бас бухгалтер|руководитель|директор|исполнитель|бухгалтер|басшы|орындаушы)\\b.*");

    private static final int LOOK = 40;
    private static final int MAX_KINDS = 500;

    /** Header words of CONTRACT §4.1 fields, Russian and Kazakh. */
    private static final Map<String, Pattern> FIELDS = new LinkedHashMap<>();
    /** Names of accruals and deductions, most specific first. */
    private static final Map<Pattern, String> CODES = new LinkedHashMap<>();

    static {
        FIELDS.put("employee_id", p("^(таб|табель|таб\\.?\\s*№|employee_id|персонал)"));
        FIELDS.put("iin", p("^(иин|жсн|iin)\\b"));
        FIELDS.put("full_name", p("^(сотрудник|фио|ф\\.и\\.о|работник|аты-жөні|қызметкер|full_name)"));
        FIELDS.put("period", p("^(период|кезең|месяц|period)$"));
        FIELDS.put("pay_date", p("(дата выплаты|төлем күні|pay_date)"));
        FIELDS.put("dismissal_date", p("(дата увольнения|жұмыстан шыққан|dismissal)"));
        FIELDS.put("new_employer", p("(новое место работы|жаңа жұмыс|new_employer)"));
        FIELDS.put("new_address", p("(новое место жительства|новый адрес|жаңа мекенжай|жаңа тұрғылықты|new_address)"));
        FIELDS.put("kind", p("^(вид расч|вид начисл|вид удерж|есептеу түрі|түрі)"));
        FIELDS.put("code", p("^(code|код)$"));
        FIELDS.put("amount", p("^(сумма|сомасы|amount)$"));
        String[][] codes = {
            {"опвр|жмзж|взносы работодателя", "OPVR"},
            {"оосмс|отчисления.*осмс", "OOSMS"},
            {"восмс|мәмсқ|медицинск", "VOSMS"},
            {"^опв\\b|пенсионн|мзж", "OPV"},
            {"^ипн|подоходн|жтс", "IPN"},
            {"социальн.*отчисл|^со$|^әа$", "SO"},
            {"социальный налог|^сн$", "SN"},
            {"аванс", "ADVANCE"},
            {"профсоюз|профвзнос|кәсіподақ", "UNION_DUES"},
            {"исполнит|исп\\.|алимент|атқару", "WRIT_WITHHELD"},
            {"займ|қарыз", "LOAN_REPAYMENT"},
            {"компенсац.*отпуск|демалыс өтемақы", "VACATION_COMP"},
            {"отпуск|демалыс", "VACATION"},
            {"больничн|нетрудоспособ|еңбекке жарамсыз", "SICK"},
            {"командиров|іссапар", "BUSINESS_TRIP"},
            {"материальн.*помощ|мат\\.? ?помощ|материалдық көмек", "MATERIAL_AID"},
            {"уход.*ребен|бала күтім", "CHILDCARE_BENEFIT"},
            {"беременн|жүктілік", "MATERNITY"},
            {"рожден|бала туу", "BIRTH_BENEFIT"},
            {"выходное пособие|жұмыстан шығу.*өтемақ", "SEVERANCE"},
            {"сверхуроч|үстеме", "OVERTIME"},
            {"ночн|түнгі", "NIGHT"},
            {"доплат|надбав|үстемеақы", "ALLOWANCE"},
            {"преми|сыйлықақы|бонус", "BONUS"},
            {"сдельн|кесімді", "PIECEWORK"},
            {"оклад|тариф|жалақы|заработная плата", "SALARY"},
            {"вредн|зиянды", "HARMFUL_COMP"},
            {"гпх|гражданско-правов|азаматтық-құқықтық", "CONTRACT"}
        };
        for (String[] c : codes) {
            CODES.put(p(c[0]), c[1]);
        }
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private MappingDraft() {}

    /** The first {@value #LOOK} rows of a table, blank ones kept in their place. */
    private static List<List<TableCell>> head(TableRows table, Problems problems) throws IOException {
        List<List<TableCell>> head = new ArrayList<>();
        table.read(
                (n, cells) -> {
                    while (head.size() < n - 1) {
                        head.add(List.of());
                    }
                    head.add(cells);
                    return head.size() < LOOK;
                },
                problems);
        return head;
    }

    /** How many of the fields a row's cells name. */
    private static int fieldsNamed(List<TableCell> row) {
        int n = 0;
        for (Pattern field : FIELDS.values()) {
            if (row.stream()
                    .anyMatch(c -> !c.text().isBlank()
                            && field.matcher(c.text().strip()).find())) {
                n++;
            }
        }
        return n;
    }

    /** «Дата выплаты: 30.04.2026» / «Төлем күні: 30.04.2026» in the rows above the header. */
    static final Pattern PAY_DATE_IN_TITLE =
            p("(дата выплаты|төлем күні|выплата)\\s*:?\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    public static Optional<MappingDrafts.Draft> inspect(
            Path file, String name, Optional<String> sheet, Optional<Charset> encoding, Problems problems)
            throws IOException {
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<String> sheets = xlsx ? XlsxTable.sheets(file, name, problems) : List.of();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        if (xlsx && sheet.isEmpty() && sheets.size() > 1) {
            // an instructions sheet first, the data on the second: the sheet whose header names the most fields
            int best = -1;
            for (int i = 0; i < sheets.size(); i++) {
                Problems quiet = new Problems();
                List<List<TableCell>> rows =
                        head(new XlsxTable(file, name, Optional.of("#" + (i + 1)), Long.MAX_VALUE), quiet);
                int score =
                        rows.stream().mapToInt(MappingDraft::fieldsNamed).max().orElse(0);
                if (score > best) {
                    best = score;
                    sheet = Optional.of(sheets.get(i));
                }
            }
        }
        TableRows table = xlsx
                ? new XlsxTable(file, name, sheet, Long.MAX_VALUE)
                : new CsvTable(file, name, encoding, Optional.empty(), Long.MAX_VALUE);
        List<List<TableCell>> head = head(table, problems);
        if (!problems.isEmpty() || head.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(name, 1, "-", "file.empty", "");
            }
            return Optional.empty();
        }
        int header = headerIndex(head);
        int headerRows = header > 0 && upperHeader(head.get(header - 1), head.get(header)) ? 2 : 1;
        List<String> headers = new ArrayList<>();
        List<TableCell> lower = head.get(header);
        for (int c = 0; c < lower.size(); c++) {
            String text = lower.get(c).text().strip();
            if (text.isEmpty() && headerRows == 2) {
                text = cell(head.get(header - 1), c);
            }
            headers.add(text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String h : headers) {
            for (Map.Entry<String, Pattern> f : FIELDS.entrySet()) {
                if (!h.isEmpty()
                        && !fields.containsKey(f.getKey())
                        && f.getValue().matcher(h).find()) {
                    fields.put(f.getKey(), h);
                    break;
                }
            }
        }
        boolean wide = !fields.containsKey("kind") && !fields.containsKey("code");
        StringBuilder title = new StringBuilder();
        for (int r = 0; r < header - headerRows + 1; r++) {
            head.get(r).forEach(cell -> title.append(cell.text()).append(' '));
        }
        boolean periodInTitle = MappedPayroll.periodIn(title.toString()).isPresent();

        Set<String> kinds = new LinkedHashSet<>();
        List<String> totals = new ArrayList<>();
        boolean[] blankIds = {false};
        int kindCol = wide ? -1 : headers.indexOf(fields.getOrDefault("kind", fields.get("code")));
        int idCol = headers.indexOf(fields.getOrDefault("employee_id", ""));
        int nameCol = headers.indexOf(fields.getOrDefault("full_name", ""));
        long firstData = header + 2L;
        Problems ignored = new Problems();
        table.read(
                (n, cells) -> {
                    if (n < firstData) {
                        return true;
                    }
                    String id = cell(cells, idCol);
                    String who = cell(cells, nameCol);
                    String[][] candidates = {{"employee_id", id}, {"full_name", who}};
                    for (String[] s : candidates) {
                        String word = s[1].isEmpty() ? "" : s[1].split("\\s+")[0];
                        String rule = s[0] + " ~ ^" + word;
                        if (s[1].matches("(?iu)^(итого|всего|жиыны|барлығы).*") && !totals.contains(rule)) {
                            totals.add(rule);
                        }
                        // the signatures under the table: «Главный бухгалтер ____ Смагулова А. Н.»
                        java.util.regex.Matcher signed = SIGNATURE.matcher(s[1]);
                        if (signed.find() && !totals.contains(s[0] + " ~ ^" + signed.group(1))) {
                            totals.add(s[0] + " ~ ^" + signed.group(1));
                        }
                    }
                    if (kindCol >= 0) {
                        String k = cell(cells, kindCol);
                        if (!k.isEmpty() && kinds.size() < MAX_KINDS) {
                            kinds.add(k);
                        }
                        if (id.isEmpty() && !k.isEmpty()) {
                            blankIds[0] = true;
                        }
                    }
                    return true;
                },
                ignored);

        List<String> unrecognised = new ArrayList<>();
        StringBuilder m = new StringBuilder();
        m.append("# Mapping for ").append(name).append(", drafted by `ustau mapping init` (docs/mapping.md).\n");
        m.append("# Check every line; replace each ??? with a code of income-codes.csv, or SKIP (long tables only).\n");
        m.append("format = ").append(xlsx ? "xlsx" : "csv").append('\n');
        if (xlsx) {
            m.append("sheet = ")
                    .append(sheet.orElse(sheets.isEmpty() ? "#1" : sheets.get(0)))
                    .append('\n');
        }
        m.append("header.row = ").append(header + 1).append('\n');
        if (headerRows > 1) {
            m.append("header.rows = ").append(headerRows).append('\n');
        }
        m.append("layout = ").append(wide ? "wide" : "long").append('\n');
        if (!fields.containsKey("period")) {
            m.append(periodInTitle ? "period = title\n" : "period = ???  # YYYY-MM, or title, or a column.period\n");
        }
        java.util.regex.Matcher paid = PAY_DATE_IN_TITLE.matcher(title);
        Optional<java.time.LocalDate> titleDate = Optional.empty();
        if (paid.find()) {
            try {
                titleDate = Optional.of(java.time.LocalDate.of(
                        Integer.parseInt(paid.group(4)),
                        Integer.parseInt(paid.group(3)),
                        Integer.parseInt(paid.group(2))));
            } catch (java.time.DateTimeException e) {
                // not a day of the calendar: the draft asks for the pay date instead
            }
        }
        if (!fields.containsKey("pay_date") && titleDate.isPresent()) {
            m.append("pay_date = ").append(titleDate.get()).append("  # as the title says\n");
        } else if (!fields.containsKey("pay_date")) {
            m.append("pay_date = next-month:5  # check: a date, next-month:DAY, same-month:DAY or column.pay_date\n");
        }
        for (Map.Entry<String, String> f : fields.entrySet()) {
            m.append("column.")
                    .append(f.getKey())
                    .append(" = ")
                    .append(f.getValue())
                    .append('\n');
        }
        for (String required : List.of("employee_id", "iin", "full_name")) {
            if (!fields.containsKey(required)) {
                m.append("column.").append(required).append(" = ???\n");
            }
        }
        if (!wide && !fields.containsKey("amount")) {
            m.append("column.amount = ???\n");
        }
        if (blankIds[0]) {
            m.append("fill_down = employee_id, iin, full_name\n");
        }
        int skipN = 1;
        for (String rule : totals) {
            m.append("skip.").append(skipN++).append(" = ").append(rule).append('\n');
        }
        if (wide) {
            Map<String, List<String>> byCode = new LinkedHashMap<>();
            for (String h : headers) {
                if (h.isEmpty() || fields.containsValue(h)) {
                    continue;
                }
                String code = guess(h);
                if (code == null) {
                    unrecognised.add(h);
                } else {
                    byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(h);
                }
            }
            byCode.forEach((code, hs) -> m.append("code.")
                    .append(code)
                    .append(" = ")
                    .append(String.join(" | ", hs))
                    .append('\n'));
            for (String h : unrecognised) {
                m.append("# code.??? = ").append(h).append("   <- which code is this column? (or list it in ignore)\n");
            }
        } else if (fields.containsKey("kind")) {
            for (String k : kinds) {
                String code = guess(k);
                if (code == null) {
                    unrecognised.add(k);
                }
                m.append("kind.")
                        .append(k)
                        .append(" = ")
                        .append(code == null ? "???" : code)
                        .append('\n');
            }
        }
        return Optional.of(new MappingDrafts.Draft(
                sheets, header + 1, headerRows, headers, wide, List.copyOf(kinds), unrecognised, m.toString()));
    }

    static String guess(String name) {
        for (Map.Entry<Pattern, String> c : CODES.entrySet()) {
            if (c.getKey().matcher(name.strip()).find()) {
                return c.getValue();
            }
        }
        return null;
    }

    /** The first of the first rows with the most text cells (at least three): the header. */
    private static int headerIndex(List<List<TableCell>> rows) {
        int best = 0;
        long bestCount = -1;
        for (int r = 0; r < rows.size(); r++) {
            long count = rows.get(r).stream()
                    .filter(c -> c.kind() == TableCell.Kind.TEXT && !c.text().isBlank())
                    .filter(c -> !c.text().strip().matches("[-\\d\\s.,]+"))
                    .count();
            if (count >= 3 && count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        // a row of group names right above a row of column names is a two-row header
        if (best + 1 < rows.size()) {
            long below = rows.get(best + 1).stream()
                    .filter(c -> c.kind() == TableCell.Kind.TEXT && !c.text().isBlank())
                    .filter(c -> !c.text().strip().matches("[-\\d\\s.,]+"))
                    .count();
            long numbersBelow = rows.get(best + 1).stream()
                    .filter(c -> c.kind() == TableCell.Kind.NUMBER)
                    .count();
            if (below >= 3 && numbersBelow == 0 && upperHeader(rows.get(best), rows.get(best + 1))) {
                return best + 1;
            }
        }
        return best;
    }

    /** Whether {@code upper} looks like group names over {@code lower}: cells where {@code lower} is blank. */
    private static boolean upperHeader(List<TableCell> upper, List<TableCell> lower) {
        int blanksBelowText = 0;
        for (int c = 0; c < upper.size(); c++) {
            if (!cell(upper, c).isEmpty() && cell(lower, c).isEmpty()) {
                blanksBelowText++;
            }
        }
        return blanksBelowText >= 2;
    }

    private static String cell(List<TableCell> cells, int c) {
        return c >= 0 && c < cells.size() ? cells.get(c).text().strip() : "";
    }
}
