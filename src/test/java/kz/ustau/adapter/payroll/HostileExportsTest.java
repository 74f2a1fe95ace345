package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile payroll exports (issue 4): each is refused with exit 3 and the message its case expects — file,
 * row, column and code — never a crash, a hang or an internal error.
 */
class HostileExportsTest {
    static final String HEADER_ROW =
            XlsxParts.row(1, "employee_id", "iin", "full_name", "period", "pay_date", "code", "amount");
    static final String MAPPING =
            """
            header.row = 3
            layout = long
            period = title
            column.employee_id = Таб. №
            column.iin = ИИН
            column.full_name = Сотрудник
            column.kind = Вид расчета
            column.pay_date = Дата выплаты
            column.amount = Сумма
            kind.Оклад = SALARY
            kind.ИПН = IPN
            skip.1 = employee_id ~ ^Итого
            """;
    static final String CSV_EXPORT = "Ведомость за октябрь 2026\n\n"
            + "Таб. №;Сотрудник;ИИН;Вид расчета;Дата выплаты;Сумма\n"
            + "T1;Сейтқали Ерлан Бақытұлы;880514312008;Оклад;05.11.2026;300 000,00\n";

    @TempDir
    Path temp;

    /** A case: the export's name and bytes, the mapping (null: none; "preset:…"; or its text), what stderr shows. */
    record Case(String name, String file, byte[] bytes, String mapping, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case xlsx(String name, XlsxParts parts, String mapping, String expected) throws IOException {
        return new Case(name, name + ".xlsx", parts.bytes(), mapping, expected);
    }

    static Case csv(String name, byte[] bytes, String mapping, String expected) {
        return new Case(name, name + ".csv", bytes, mapping, expected);
    }

    static String canonicalRow(int r, Object amount) {
        return XlsxParts.row(r, "T1", "880514312008", "Сейтқали Ерлан", "2026-03", "2026-03-06", "SALARY", amount);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        c.add(xlsx(
                "xxe-in-sheet",
                new XlsxParts()
                        .part(
                                "xl/worksheets/sheet1.xml",
                                doctype + "<worksheet xmlns=\"" + XlsxParts.MAIN
                                        + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"),
                null,
                "xxe-in-sheet.xlsx(\\[Лист1\\])?:1:-: .*\\[xlsx.(bad-xml|unreadable)\\]"));
        c.add(xlsx(
                "xxe-in-shared-strings",
                new XlsxParts()
                        .part(
                                "xl/sharedStrings.xml",
                                doctype + "<sst xmlns=\"" + XlsxParts.MAIN + "\"><si><t>&xxe;</t></si></sst>"),
                null,
                "xxe-in-shared-strings.xlsx:1:-: .*\\[xlsx.(bad-xml|unreadable)\\]"));
        // a DOCTYPE in a part POI opens itself is refused as one in a sheet is (issue 15)
        for (String[] part : new String[][] {
            {"xxe-in-workbook", "xl/workbook.xml", "<workbook xmlns=\"" + XlsxParts.MAIN + "\"/>"},
            {"xxe-in-styles", "xl/styles.xml", "<styleSheet xmlns=\"" + XlsxParts.MAIN + "\"/>"},
            {"xxe-in-content-types", "[Content_Types].xml", "<Types/>"}
        }) {
            c.add(xlsx(
                    part[0],
                    new XlsxParts().part(part[1], doctype + part[2]),
                    null,
                    part[0] + ".xlsx:1:-: .*DOCTYPE.*\\[xlsx.bad-xml\\]"));
        }
        c.add(new Case(
                "zip-bomb",
                "zip-bomb.xlsx",
                null,
                null,
                "zip-bomb.xlsx(\\[Лист1\\])?:1:-: .*\\[xlsx.(unreadable|bad-xml)\\]"));
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, 8);
        c.add(new Case("encrypted", "encrypted.xlsx", ole2, null, "encrypted.xlsx:1:-: .*\\[xlsx.encrypted-or-xls\\]"));
        c.add(new Case(
                "text-named-xlsx",
                "text-named-xlsx.xlsx",
                "employee_id,iin\nT1,880514312008\n".getBytes(StandardCharsets.UTF_8),
                null,
                "text-named-xlsx.xlsx:1:-: .*\\[xlsx.not-a-workbook\\]"));
        c.add(new Case(
                "empty-xlsx",
                "empty-xlsx.xlsx",
                new byte[0],
                null,
                "empty-xlsx.xlsx:1:-: .*\\[xlsx.not-a-workbook\\]"));
        c.add(new Case(
                "zip-not-a-workbook",
                "zip-not-a-workbook.xlsx",
                zipOf("readme.txt", "hello"),
                null,
                "zip-not-a-workbook.xlsx:1:-: .*\\[xlsx.unreadable\\]"));
        c.add(xlsx(
                "huge-cell",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, "x".repeat(40_000))),
                null,
                "huge-cell.xlsx\\[Лист1\\]:2:G: .*\\[table.cell-too-long\\]"));
        c.add(xlsx(
                "huge-shared-string",
                new XlsxParts()
                        .part(
                                "xl/sharedStrings.xml",
                                "<sst xmlns=\"" + XlsxParts.MAIN + "\"><si><t>" + "я".repeat(40_000)
                                        + "</t></si></sst>"),
                null,
                "huge-shared-string.xlsx:1:-: .*\\[table.cell-too-long\\]"));
        StringBuilder many = new StringBuilder(HEADER_ROW);
        for (int r = 2; r <= 12; r++) {
            many.append(canonicalRow(r, 100));
        }
        c.add(new Case(
                "too-many-rows",
                "too-many-rows.xlsx",
                new XlsxParts().sheet(many.toString()).bytes(),
                "--max-rows=10",
                "too-many-rows.xlsx\\[Лист1\\]:11:-: .*\\[table.too-many-rows\\]"));
        c.add(xlsx(
                "formula-without-value",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, "<c r=\"@@\"><f>1+1</f></c>")),
                null,
                "formula-without-value.xlsx\\[Лист1\\]:2:amount: .*\\[xlsx.formula-without-value\\]"));
        c.add(xlsx(
                "shared-string-out-of-table",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, "<c r=\"@@\" t=\"s\"><v>99</v></c>")),
                null,
                "shared-string-out-of-table.xlsx\\[Лист1\\]:2:G: .*\"99\".*\\[xlsx.bad-shared-string\\]"));
        c.add(xlsx(
                "shared-string-not-a-number",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, "<c r=\"@@\" t=\"s\"><v>x1</v></c>")),
                null,
                "shared-string-not-a-number.xlsx\\[Лист1\\]:2:G: .*\\[xlsx.bad-shared-string\\]"));
        c.add(xlsx(
                "error-cell",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, "<c r=\"@@\" t=\"e\"><v>#REF!</v></c>")),
                null,
                "error-cell.xlsx\\[Лист1\\]:2:amount: .*#REF!.*\\[xlsx.error-cell\\]"));
        c.add(xlsx(
                "no-such-sheet",
                new XlsxParts(),
                "sheet = Свод\n" + MAPPING,
                "no-such-sheet.xlsx:1:-: .*Свод.*Лист1.*\\[xlsx.no-such-sheet\\]"));
        c.add(xlsx(
                "canonical-without-amount",
                new XlsxParts()
                        .sheet(XlsxParts.row(1, "employee_id", "iin", "full_name", "period", "pay_date", "code")
                                + canonicalRow(2, 1)),
                null,
                "canonical-without-amount.xlsx\\[Лист1\\]:1:amount: .*\\[header.missing\\]"));
        c.add(xlsx(
                "three-decimals",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, 100.555)),
                null,
                "three-decimals.xlsx\\[Лист1\\]:2:amount: .*100.555.*\\[amount.too-many-decimals\\]"));
        c.add(xlsx(
                "text-not-an-amount",
                new XlsxParts().sheet(HEADER_ROW + canonicalRow(2, "12,3,4")),
                null,
                "text-not-an-amount.xlsx\\[Лист1\\]:2:amount: .*\\[amount.not-a-number\\]"));
        c.add(xlsx(
                "bad-iin",
                new XlsxParts()
                        .sheet(HEADER_ROW
                                + XlsxParts.row(
                                        2,
                                        "T1",
                                        "880514312009",
                                        "Сейтқали Ерлан",
                                        "2026-03",
                                        "2026-03-06",
                                        "SALARY",
                                        1)),
                null,
                "bad-iin.xlsx\\[Лист1\\]:2:iin: .*880514\\*\\*\\*\\*09.*\\[iin.bad-checksum\\]"));
        c.add(xlsx(
                "bad-date",
                new XlsxParts()
                        .sheet(HEADER_ROW
                                + XlsxParts.row(
                                        2, "T1", "880514312008", "Сейтқали Ерлан", "2026-03", "вчера", "SALARY", 1)),
                null,
                "bad-date.xlsx\\[Лист1\\]:2:pay_date: .*\\[date.bad\\]"));
        byte[] export = CSV_EXPORT.getBytes(StandardCharsets.UTF_8);
        c.add(csv(
                "unknown-kind",
                (CSV_EXPORT + "T1;Сейтқали Ерлан Бақытұлы;880514312008;Премия разовая;05.11.2026;1,00\n")
                        .getBytes(StandardCharsets.UTF_8),
                MAPPING,
                "unknown-kind.csv:5:Вид расчета: .*Премия разовая.*\\[mapping.unknown-kind\\]"));
        c.add(csv(
                "missing-column",
                export,
                MAPPING.replace("column.iin = ИИН", "column.iin = ЖСН"),
                "missing-column.csv:3:ЖСН: .*\\[header.missing\\]"));
        c.add(csv(
                "no-period-in-title",
                CSV_EXPORT.replace("за октябрь 2026", "без даты").getBytes(StandardCharsets.UTF_8),
                MAPPING,
                "no-period-in-title.csv:1:-: .*\\[mapping.no-period-in-title\\]"));
        c.add(csv(
                "mapping-unknown-key",
                export,
                MAPPING + "colour = red\n",
                "mapping.properties:13:colour: .*\\[mapping.unknown-key\\]"));
        c.add(csv(
                "mapping-bad-skip",
                export,
                MAPPING + "skip.2 = employee_id ~ (\n",
                "mapping.properties:13:skip.2: .*\\[mapping.bad-skip\\]"));
        c.add(csv(
                "mapping-without-layout",
                export,
                MAPPING.replace("layout = long\n", ""),
                "mapping.properties:\\d+:layout: .*\\[cell.required\\]"));
        c.add(csv(
                "mapping-without-iin",
                export,
                MAPPING.replace("column.iin = ИИН\n", ""),
                "mapping.properties:\\d+:column.iin: .*\\[mapping.missing-column\\]"));
        c.add(csv(
                "mapping-bad-pay-date",
                export,
                MAPPING.replace("column.pay_date = Дата выплаты", "pay_date = when paid"),
                "mapping.properties:\\d+:pay_date: .*\\[mapping.bad-pay-date\\]"));
        c.add(csv(
                "header-beyond-the-table",
                export,
                MAPPING.replace("header.row = 3", "header.row = 50"),
                "header-beyond-the-table.csv:1:-: .*\\[mapping.no-header\\]"));
        c.add(csv(
                "nul-bytes",
                "a;b\0;c\n".getBytes(StandardCharsets.ISO_8859_1),
                MAPPING,
                "nul-bytes.csv:1:-: .*\\[file.nul-byte\\]"));
        c.add(csv("utf16", CSV_EXPORT.getBytes(StandardCharsets.UTF_16), MAPPING, "utf16.csv:1:-: .*\\[file.utf16\\]"));
        c.add(csv("no-such-preset", export, "preset:1c-zup", "preset:1c-zup:1:-: .*\\[mapping.no-such-preset\\]"));
        c.add(csv("mapping-not-utf8", export, "\u00ff", "mapping.properties:1:-: .*\\[file.not-utf8\\]"));
        c.add(csv(
                "csv-huge-cell",
                (CSV_EXPORT + "T1;" + "я".repeat(40_000) + ";880514312008;Оклад;05.11.2026;1\n")
                        .getBytes(StandardCharsets.UTF_8),
                MAPPING,
                "csv-huge-cell.csv:5:B: .*\\[table.cell-too-long\\]"));
        c.add(csv(
                "broken-quotes",
                (CSV_EXPORT + "T1;\"Сейтқали;880514312008;Оклад;05.11.2026;1\n").getBytes(StandardCharsets.UTF_8),
                MAPPING,
                "broken-quotes.csv:5:-: .*\\[file.unreadable\\]"));
        c.add(csv(
                "quote-never-closed-at-the-end",
                (CSV_EXPORT + "T1;Сейтқали;880514312008;Оклад;05.11.2026;\"1").getBytes(StandardCharsets.UTF_8),
                MAPPING,
                "quote-never-closed-at-the-end.csv:5:-: .*\"1….*\\[file.unreadable\\]"));
        c.add(csv(
                "text-after-a-closing-quote",
                (CSV_EXPORT + "T1;\"Сейтқали\" Ерлан;880514312008;Оклад;05.11.2026;1\n")
                        .getBytes(StandardCharsets.UTF_8),
                MAPPING,
                "text-after-a-closing-quote.csv:5:-: .*\\[file.unreadable\\]"));
        return c.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAClearMessage(Case c) throws IOException {
        Path export = temp.resolve(c.file());
        if (c.bytes() == null) {
            zipBomb(export);
        } else {
            Files.write(export, c.bytes());
        }
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--payroll",
                export.toString(),
                "--writs",
                "src/test/resources/cases/e1-one-child-quarter/writs.csv",
                "--employer",
                "src/test/resources/cases/employer.properties",
                "--out",
                temp.resolve("out").toString(),
                "--lang",
                "en"));
        if (c.mapping() != null && c.mapping().startsWith("--")) {
            args.add(c.mapping());
        } else if (c.mapping() != null && c.mapping().startsWith("preset:")) {
            args.addAll(List.of("--mapping", c.mapping()));
        } else if (c.mapping() != null) {
            Path mapping = temp.resolve("mapping.properties");
            Files.write(
                    mapping,
                    c.mapping().equals("\u00ff")
                            ? new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}
                            : c.mapping().getBytes(StandardCharsets.UTF_8));
            args.addAll(List.of("--mapping", mapping.toString()));
        }
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                args.toArray(String[]::new),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Clock.fixed(Instant.parse("2026-03-06T05:00:00Z"), Main.ALMATY));
        String stderr = err.toString().replace(temp.toString() + "/", "");
        assertThat(exit).as(stderr).isEqualTo(3);
        assertThat(stderr).as(stderr).containsPattern("(?m)^" + c.expected());
        assertThat(temp.resolve("out")).doesNotExist();
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** A workbook whose sheet inflates from about 100 KB to 100 MB of blanks: far past POI's inflate ratio. */
    private static void zipBomb(Path file) throws IOException {
        XlsxParts parts = new XlsxParts();
        try (OutputStream out = Files.newOutputStream(file)) {
            java.io.ByteArrayOutputStream normal = new java.io.ByteArrayOutputStream();
            parts.write(normal);
            try (ZipOutputStream z = new ZipOutputStream(out);
                    java.util.zip.ZipInputStream in =
                            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(normal.toByteArray()))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        z.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"" + XlsxParts.MAIN + "\"><sheetData>")
                                .getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1 << 20];
                        java.util.Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 100; i++) {
                            z.write(blanks);
                        }
                        z.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(z);
                    }
                    z.closeEntry();
                }
            }
        }
    }
}
