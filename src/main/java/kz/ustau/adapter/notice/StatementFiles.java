package kz.ustau.adapter.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.ustau.app.port.WritLetters;
import kz.ustau.app.statement.BailiffReport;
import kz.ustau.app.statement.WritAnswer;
import kz.ustau.app.statement.WritStatement;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The letters of {@link WritStatement}s (issue 16; RULES §9.1): {@code statement-<writ>-kk|ru.pdf|docx} and
 * {@code statement-<writ>.xlsx} for a statement or a reply to a bailiff's request, {@code certificate-<writ>-kk|ru.pdf
 * |docx} for an employee's certificate. The letters are filled from {@code kz/ustau/notice/statement-<lang>.txt} and
 * {@code certificate-<lang>.txt}, the months' table from the ledger's figures; the workbook holds the same months in
 * cells a spreadsheet sums.
 */
public final class StatementFiles implements WritLetters {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final char NBSP = '\u00A0';

    @Override
    public List<String> files(WritStatement s) {
        List<String> files = new ArrayList<>();
        String stem = stem(s);
        for (String lang : NoticeFiles.LANGUAGES) {
            files.add(stem + "-" + lang + ".pdf");
            files.add(stem + "-" + lang + ".docx");
        }
        if (s.kind() != WritStatement.Kind.CERTIFICATE) {
            files.add(stem + ".xlsx");
        }
        return files;
    }

    /** {@code statement-W01} or {@code certificate-W01}; characters a file name cannot hold become {@code _}. */
    private static String stem(WritStatement s) {
        String id = s.writ().id().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        return (s.kind() == WritStatement.Kind.CERTIFICATE ? "certificate-" : "statement-") + id;
    }

    @Override
    public void write(WritStatement s, String file, OutputStream out) throws IOException {
        if (file.endsWith(".xlsx")) {
            workbook(s, out);
            return;
        }
        for (String lang : NoticeFiles.LANGUAGES) {
            String prefix = stem(s) + "-" + lang + ".";
            if (file.equals(prefix + "pdf") || file.equals(prefix + "docx")) {
                Properties texts = NoticeFacts.texts(lang);
                String template = (s.kind() == WritStatement.Kind.CERTIFICATE ? "certificate-" : "statement-") + lang;
                List<Block> blocks = NoticeTemplate.load(template)
                        .fill(values(s, lang, texts), Map.of("months", table(s, lang, texts)));
                String title = blocks.stream()
                                .filter(b -> b instanceof Block.Title)
                                .map(b -> ((Block.Title) b).text())
                                .findFirst()
                                .orElse("Statement")
                        + " — " + s.writ().id();
                out.write(
                        file.endsWith(".pdf")
                                ? NoticePdf.render(blocks, title, s.employer().name(), s.now())
                                : NoticeDocx.render(blocks, title, s.employer().name(), s.now(), lang));
                return;
            }
        }
        throw new IllegalStateException("no statement letter writes " + file);
    }

    @Override
    public List<String> files(WritAnswer a) {
        List<String> files = new ArrayList<>();
        String stem = "answer-" + a.writ().id().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        for (String lang : NoticeFiles.LANGUAGES) {
            files.add(stem + "-" + lang + ".pdf");
            files.add(stem + "-" + lang + ".docx");
        }
        return files;
    }

    @Override
    public void write(WritAnswer a, String file, OutputStream out) throws IOException {
        for (String lang : NoticeFiles.LANGUAGES) {
            if (file.endsWith("-" + lang + ".pdf") || file.endsWith("-" + lang + ".docx")) {
                Properties texts = NoticeFacts.texts(lang);
                Map<String, String> v =
                        NoticeFacts.writ(a.writ(), a.employer(), a.now().toLocalDate(), texts, lang);
                v.put("debtor", debtor(a.debtor(), a.writ(), a.employeeId(), texts));
                v.put("received", LetterWords.date(a.received(), lang));
                if (a.answer().returns()) {
                    v.put("returns", "yes");
                    v.put("reason", reason(a, texts));
                } else {
                    v.put("accepted", "yes");
                    v.put("first.month", LetterWords.monthFrom(a.firstMonth().orElseThrow(), lang));
                }
                List<Block> blocks = NoticeTemplate.load("answer-" + lang).fill(v);
                String title = blocks.stream()
                                .filter(b -> b instanceof Block.Subtitle)
                                .map(b -> ((Block.Subtitle) b).text())
                                .findFirst()
                                .orElse("Answer")
                        + " — " + a.writ().id();
                out.write(
                        file.endsWith(".pdf")
                                ? NoticePdf.render(blocks, title, a.employer().name(), a.now())
                                : NoticeDocx.render(blocks, title, a.employer().name(), a.now(), lang));
                return;
            }
        }
        throw new IllegalStateException("no answer letter writes " + file);
    }

    @Override
    public List<String> files(BailiffReport r) {
        List<String> files = new ArrayList<>();
        String name = r.office().replaceAll("[\\\\/:*?\"<>|\\s«»,.]+", "_");
        String stem = "report-" + (name.length() > 80 ? name.substring(0, 80) : name);
        for (String lang : NoticeFiles.LANGUAGES) {
            files.add(stem + "-" + lang + ".pdf");
            files.add(stem + "-" + lang + ".docx");
        }
        return files;
    }

    @Override
    public void write(BailiffReport r, String file, OutputStream out) throws IOException {
        for (String lang : NoticeFiles.LANGUAGES) {
            if (file.endsWith("-" + lang + ".pdf") || file.endsWith("-" + lang + ".docx")) {
                Properties texts = NoticeFacts.texts(lang);
                Map<String, String> v = NoticeFacts.writ(
                        r.writs().get(0).writ(), r.employer(), r.now().toLocalDate(), texts, lang);
                v.put("from", r.from().format(MONTH));
                v.put("to", r.to().format(MONTH));
                v.put("count", Integer.toString(r.writs().size()));
                v.put("total.withheld", NoticeFacts.money(r.withheld(), lang));
                v.put("total.transferred", NoticeFacts.money(r.transferred(), lang));
                v.put("total.debt", NoticeFacts.money(r.debt(), lang));
                List<Block> blocks = NoticeTemplate.load("report-" + lang).fill(v, Map.of("writs", writs(r, texts)));
                String title = blocks.stream()
                                .filter(b -> b instanceof Block.Subtitle)
                                .map(b -> ((Block.Subtitle) b).text())
                                .findFirst()
                                .orElse("Report")
                        + " — " + r.office();
                out.write(
                        file.endsWith(".pdf")
                                ? NoticePdf.render(blocks, title, r.employer().name(), r.now())
                                : NoticeDocx.render(blocks, title, r.employer().name(), r.now(), lang));
                return;
            }
        }
        throw new IllegalStateException("no report writes " + file);
    }

    /** A row a writ: which, whose, what was withheld and transferred, the debt, the months not withheld and why. */
    private static Block.Table writs(BailiffReport r, Properties texts) {
        List<Block.Column> columns = List.of(
                new Block.Column(texts.getProperty("report.col.no"), 0.45f, false),
                new Block.Column(texts.getProperty("report.col.writ"), 1.7f, false),
                new Block.Column(texts.getProperty("report.col.debtor"), 1.8f, false),
                new Block.Column(texts.getProperty("report.col.claimant"), 1.3f, false),
                new Block.Column(texts.getProperty("report.col.withheld"), 1.3f, true),
                new Block.Column(texts.getProperty("report.col.transferred"), 1.3f, true),
                new Block.Column(texts.getProperty("report.col.debt"), 1.3f, true),
                new Block.Column(texts.getProperty("report.col.unwithheld"), 1.9f, false));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (WritStatement s : r.writs()) {
            Writ w = s.writ();
            List<String> unwithheld = new ArrayList<>();
            for (WritStatement.Month m : s.unwithheld()) {
                unwithheld.add(m.period().format(MONTH) + " — "
                        + texts.getProperty("why." + m.why().name()));
            }
            rows.add(List.of(
                    Integer.toString(++n),
                    NoticeFacts.format(
                            texts, "report.writ", w.citedNumber(), NoticeFacts.date(w.writDate()), w.caseNumber()),
                    debtor(s.debtor(), w, s.employeeId(), texts),
                    w.claimant().name(),
                    s.withheld().grouped(NBSP),
                    s.transferred().grouped(NBSP),
                    s.debtAtEnd().grouped(NBSP),
                    String.join("; ", unwithheld)));
        }
        rows.add(List.of(
                "",
                texts.getProperty("statement.total"),
                "",
                "",
                r.withheld().grouped(NBSP),
                r.transferred().grouped(NBSP),
                r.debt().grouped(NBSP),
                ""));
        return new Block.Table(columns, rows, true);
    }

    /** Why the writ goes back, in the law's words. */
    private static String reason(WritAnswer a, Properties texts) {
        return switch (a.answer()) {
            case NOT_EMPLOYED -> a.checkedAgainst()
                    .map(m -> NoticeFacts.format(texts, "answer.NOT_EMPLOYED", m.format(MONTH)))
                    .orElse(texts.getProperty("answer.NOT_EMPLOYED.none"));
            case DISMISSED -> a.dismissedOn()
                    .map(d -> NoticeFacts.format(texts, "answer.DISMISSED", NoticeFacts.date(d)))
                    .orElse(texts.getProperty("answer.DISMISSED.none"));
            case DUPLICATE -> NoticeFacts.format(
                    texts, "answer.DUPLICATE", a.duplicateOf().orElseThrow());
            case MISMATCH -> texts.getProperty("answer.MISMATCH");
            case ACCEPTED -> throw new IllegalStateException("an accepted writ is not returned");
        };
    }

    /** The debtor as a letter names him: the payroll's name when known, the IIN, the personnel number. */
    private static String debtor(Optional<String> name, Writ w, Optional<String> employeeId, Properties texts) {
        List<String> debtor = new ArrayList<>();
        name.ifPresent(debtor::add);
        debtor.add(NoticeFacts.format(texts, "statement.iin", w.debtorIin().digits()));
        employeeId.ifPresent(id -> debtor.add(NoticeFacts.format(texts, "statement.employee", id)));
        return String.join(", ", debtor);
    }

    static Map<String, String> values(WritStatement s, String lang, Properties texts) {
        Writ w = s.writ();
        Map<String, String> v = NoticeFacts.writ(w, s.employer(), s.now().toLocalDate(), texts, lang);
        v.put("debtor", debtor(s.debtor(), w, s.employeeId(), texts));
        v.put("writ.status", texts.getProperty("status." + s.status().name()));
        v.put("from", s.from().format(MONTH));
        v.put("to", s.to().format(MONTH));
        s.request().ifPresent(r -> v.put("request", r.replaceFirst("^\\s*№\\s*", "")));
        v.put("total.current", NoticeFacts.money(s.withheldCurrent(), lang));
        v.put("total.debt", NoticeFacts.money(s.withheldDebt(), lang));
        v.put("total.transferred", NoticeFacts.money(s.transferred(), lang));
        v.put("debt.start", NoticeFacts.money(s.debtAtStart(), lang));
        v.put("debt.end", NoticeFacts.money(s.debtAtEnd(), lang));
        v.put("debt.end.words", NoticeFacts.words(s.debtAtEnd(), lang));
        List<String> unwithheld = new ArrayList<>();
        for (WritStatement.Month m : s.unwithheld()) {
            unwithheld.add(m.period().format(MONTH) + " ("
                    + texts.getProperty("why." + m.why().name()) + ")");
        }
        if (!unwithheld.isEmpty()) {
            v.put("unwithheld", String.join(", ", unwithheld));
        }
        if (s.months().stream().anyMatch(WritStatement.Month::provisional)) {
            v.put("provisional", "*");
        }
        s.asOf().ifPresent(d -> v.put("as.of", NoticeFacts.date(d)));
        if (s.kind() == WritStatement.Kind.CERTIFICATE) {
            // «no arrears» only when the employer's figure is nil and no month in the range went without withholding:
            // the arrears of such a month are the bailiff's to fix (Law art. 99), not the employer's to deny
            if (s.debtAtEnd().isZero() && unwithheld.isEmpty()) {
                v.put("no.arrears", "yes");
            } else {
                v.put("arrears", NoticeFacts.money(s.debtAtEnd(), lang));
                v.put("arrears.words", NoticeFacts.words(s.debtAtEnd(), lang));
            }
        }
        return v;
    }

    /** The months, one row each, and the total. */
    static Block.Table table(WritStatement s, String lang, Properties texts) {
        boolean certificate = s.kind() == WritStatement.Kind.CERTIFICATE;
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(texts.getProperty("statement.col.month"), 0.9f, false));
        if (!certificate) {
            columns.add(new Block.Column(texts.getProperty("statement.col.base"), 1.15f, true));
            columns.add(new Block.Column(texts.getProperty("statement.col.due"), 1.15f, true));
        }
        columns.add(new Block.Column(texts.getProperty("statement.col.current"), 1.15f, true));
        columns.add(new Block.Column(texts.getProperty("statement.col.debt"), 1.15f, true));
        columns.add(new Block.Column(texts.getProperty("statement.col.transferred"), 1.45f, false));
        if (!certificate) {
            columns.add(new Block.Column(texts.getProperty("statement.col.debt.before"), 1.15f, true));
        }
        columns.add(new Block.Column(texts.getProperty("statement.col.debt.after"), 1.15f, true));
        columns.add(new Block.Column(texts.getProperty("statement.col.note"), 1.4f, false));
        List<List<String>> rows = new ArrayList<>();
        Tenge due = Tenge.ZERO;
        for (WritStatement.Month m : s.months()) {
            List<String> row = new ArrayList<>();
            row.add(m.period().format(MONTH) + (m.provisional() ? "*" : ""));
            if (!certificate) {
                row.add(sum(m.base(), m));
                row.add(sum(m.demandCurrent(), m));
            }
            row.add(sum(m.withheldCurrent(), m));
            row.add(sum(m.withheldDebt(), m));
            row.add(orders(m.orders(), texts));
            if (!certificate) {
                row.add(m.debtBefore().grouped(NBSP));
            }
            row.add(m.debtAfter().grouped(NBSP));
            row.add(
                    m.why() == WritStatement.Why.WITHHELD
                            ? ""
                            : texts.getProperty("why." + m.why().name()));
            rows.add(row);
            due = due.plus(m.demandCurrent());
        }
        List<String> total = new ArrayList<>();
        total.add(texts.getProperty("statement.total"));
        if (!certificate) {
            total.add("");
            total.add(due.grouped(NBSP));
        }
        total.add(s.withheldCurrent().grouped(NBSP));
        total.add(s.withheldDebt().grouped(NBSP));
        total.add(s.transferred().grouped(NBSP));
        if (!certificate) {
            total.add(s.debtAtStart().grouped(NBSP));
        }
        total.add(s.debtAtEnd().grouped(NBSP));
        total.add("");
        rows.add(total);
        return new Block.Table(columns, rows, true);
    }

    /** A month's figure, or a dash for a month the writ was not computed in. */
    private static String sum(Tenge amount, WritStatement.Month m) {
        return m.line().isEmpty() ? "—" : amount.grouped(NBSP);
    }

    private static String orders(List<IssuedOrder> orders, Properties texts) {
        List<String> parts = new ArrayList<>();
        for (IssuedOrder o : orders) {
            parts.add(NoticeFacts.format(
                    texts,
                    "statement.order",
                    Long.toString(o.number()),
                    NoticeFacts.date(o.issuedAt().toLocalDate()),
                    o.amount().grouped(NBSP)));
        }
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    /**
     * The months in a workbook, in Russian (a spreadsheet's columns are read by the accountant and the bailiff alike):
     * the writ and the range on top, a row a month, sums as numbers with two decimals, the total as formulas.
     */
    private static void workbook(WritStatement s, OutputStream out) throws IOException {
        Properties texts = NoticeFacts.texts("ru");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(texts.getProperty("statement.sheet"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            head.setBorderBottom(BorderStyle.THIN);
            Writ w = s.writ();
            text(
                    sheet.createRow(0),
                    0,
                    NoticeFacts.format(
                            texts,
                            "statement.sheet.title",
                            w.citedNumber(),
                            NoticeFacts.date(w.writDate()),
                            w.caseNumber(),
                            s.from().format(MONTH),
                            s.to().format(MONTH)),
                    head);
            text(
                    sheet.createRow(1),
                    0,
                    NoticeFacts.format(texts, "statement.iin", w.debtorIin().digits())
                            + s.debtor().map(n -> ", " + n).orElse(""),
                    null);
            String[] columns = {
                "statement.col.month",
                "statement.col.base",
                "statement.col.due",
                "statement.col.current",
                "statement.col.debt",
                "statement.col.transferred.sum",
                "statement.col.orders",
                "statement.col.debt.before",
                "statement.col.debt.after",
                "statement.col.note"
            };
            Row header = sheet.createRow(3);
            for (int i = 0; i < columns.length; i++) {
                text(header, i, texts.getProperty(columns[i]), head);
            }
            int r = 4;
            for (WritStatement.Month m : s.months()) {
                Row row = sheet.createRow(r++);
                text(row, 0, m.period().toString() + (m.provisional() ? "*" : ""), null);
                if (m.line().isPresent()) {
                    number(row, 1, m.base(), money);
                    number(row, 2, m.demandCurrent(), money);
                    number(row, 3, m.withheldCurrent(), money);
                    number(row, 4, m.withheldDebt(), money);
                }
                number(row, 5, m.transferred(), money);
                text(row, 6, orders(m.orders(), texts).replace(NBSP, ' '), null);
                number(row, 7, m.debtBefore(), money);
                number(row, 8, m.debtAfter(), money);
                text(
                        row,
                        9,
                        m.why() == WritStatement.Why.WITHHELD
                                ? ""
                                : texts.getProperty("why." + m.why().name()),
                        null);
            }
            Row total = sheet.createRow(r);
            text(total, 0, texts.getProperty("statement.total"), head);
            for (int c : new int[] {2, 3, 4, 5}) {
                String col = String.valueOf((char) ('A' + c));
                Cell cell = total.createCell(c);
                cell.setCellFormula("SUM(" + col + "5:" + col + r + ")");
                cell.setCellStyle(money);
            }
            int[] widths = {10, 14, 14, 14, 14, 14, 30, 14, 14, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(1, 4);
            wb.getProperties().getCoreProperties().setCreator(s.employer().name());
            wb.getProperties()
                    .getCoreProperties()
                    .setCreated(java.util.Optional.of(java.util.Date.from(
                            s.now().atZone(java.time.ZoneId.of("Asia/Almaty")).toInstant())));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            wb.write(bytes);
            out.write(NoticeDocx.withEntryTimes(bytes.toByteArray(), s.now()));
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A sum as a spreadsheet number. A workbook stores numbers as binary floating point; a sum of tiyn under 10^13
     * reads back exactly at two decimals, which is all a cell shows — the figures themselves stay {@link Tenge}.
     */
    private static void number(Row row, int column, Tenge amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.amount().doubleValue());
        cell.setCellStyle(style);
    }

    /** The month a statement covers, for tests. */
    static String month(YearMonth p) {
        return p.format(MONTH);
    }
}
