package kz.ustau.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.ustau.cases.Xml;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a bank checks before it takes an order, read back from the files by parsers of this test's own (not the
 * writers' code), on the sample written on pay day and on days long after it: a weekend, a public holiday, the next
 * year (issue 14). In every format: the value date is never before the order's document date (RULES §7), the payer's
 * IIN is whole in one line or element (RULES §8), a payee with a BIN is an organisation with the KBe its writ gives;
 * and each format's own rules: MT100 lines of at most 70 characters in strict windows-1251 with CRLF and its
 * required tags, the 1C keys, pain.001 valid against the schema with purposes of at most 140 characters.
 */
class BankRulesTest {
    static final Pattern IIN_IN_PURPOSE = Pattern.compile("ИИН (\\d{12})");
    static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @TempDir
    Path temp;

    /** Pay day is 30.10.2026; written then, on a Friday, on a Saturday, on Independence Day, in the next year. */
    static Stream<String> writtenOn() {
        return Stream.of(
                "2026-10-30T16:00",
                "2026-11-02T09:00",
                "2026-11-20T10:00",
                "2026-11-21T10:00",
                "2026-12-16T10:00",
                "2027-01-04T10:00");
    }

    /** One order as the transfer register says it, with the writ's KBe for the payee. */
    record Expected(String number, String payeeId, String kbe, String payerIin, LocalDate valueDate) {
        boolean organisation() {
            // identifiers.md: the 5th digit of a BIN is 4, 5 or 6; of an IIN, part of a day of birth (0-3)
            return payeeId.charAt(4) >= '4' && payeeId.charAt(4) <= '6';
        }
    }

    @ParameterizedTest(name = "written {0}")
    @MethodSource("writtenOn")
    void everyOrderInEveryFormatIsOneABankTakes(String now) throws Exception {
        LocalDate written = LocalDateTime.parse(now).toLocalDate();
        Path out = run(now);
        Map<String, Expected> register = register(out, written);
        assertThat(register).hasSize(15);
        assertThat(register.values()).filteredOn(Expected::organisation).hasSize(2);

        mt100(out.resolve("payments-mt100.txt"), written, register);
        oneC(out.resolve("payments-1c.txt"), written, register);
        pain001(out.resolve("payments.xml"), written, register);
    }

    private Map<String, Expected> register(Path out, LocalDate written) throws IOException {
        Map<String, String> kbeOfWrit = new HashMap<>();
        for (Map<String, String> w : PaymentFormatsTest.csv(Path.of("sample-payroll/writs.csv"))) {
            kbeOfWrit.put(w.get("writ_id"), w.get("payee_iban").isEmpty() ? w.get("claimant_kbe") : w.get("payee_kbe"));
        }
        Map<String, Expected> orders = new LinkedHashMap<>();
        for (Map<String, String> r : PaymentFormatsTest.csv(out.resolve("payments.csv"))) {
            Matcher iin = IIN_IN_PURPOSE.matcher(r.get("purpose"));
            assertThat(iin.find()).as("payer's IIN in %s", r.get("purpose")).isTrue();
            Expected e = new Expected(
                    r.get("payment_no"),
                    r.get("payee_id"),
                    r.get("kbe"),
                    iin.group(1),
                    LocalDate.parse(r.get("value_date")));
            assertThat(e.valueDate()).as("value date of order %s", e.number()).isAfterOrEqualTo(written);
            if (e.organisation()) {
                assertThat(e.kbe())
                        .as("KBe of organisation %s", e.payeeId())
                        .isEqualTo(kbeOfWrit.get(r.get("writ_id")));
                assertThat(e.kbe()).isNotEqualTo("19");
            } else {
                assertThat(e.kbe()).isEqualTo("19");
            }
            orders.put(e.number(), e);
        }
        return orders;
    }

    /** The bytes decode as windows-1251 without a single replacement, and lines end in CRLF only. */
    static List<String> strictLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = PaymentFormatsTest.CP1251
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not windows-1251", e);
        }
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("a bare CR or LF in %s", file).doesNotContain("\r", "\n");
        assertThat(text).as("a replaced character in %s", file).doesNotContain("?", "\uFFFD");
        return List.of(text.split("\r\n"));
    }

    /** MT100 (payments.md §1.3): blocks {1:}{2:}{4: … -}, tags and subfields on their own lines of ≤ 70 characters. */
    static void mt100(Path file, LocalDate written, Map<String, Expected> register) throws IOException {
        List<String> lines = strictLines(file);
        List<List<String>> messages = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            assertThat(line.length()).as("MT100 line '%s'", line).isLessThanOrEqualTo(70);
            assertThat(line).as("trailing or doubled space in '%s'", line).doesNotEndWith("  ");
            if (line.startsWith("{1:")) {
                assertThat(current).as("a message not closed before '%s'", line).isNull();
                current = new ArrayList<>();
            } else if (line.equals("-}")) {
                messages.add(current);
                current = null;
            } else {
                assertThat(current).as("a line outside a message: '%s'", line).isNotNull();
                current.add(line);
            }
        }
        assertThat(current).isNull();
        assertThat(messages).hasSize(register.size());
        for (List<String> m : messages) {
            Map<String, List<String>> tags = new LinkedHashMap<>();
            String tag = null;
            for (String line : m) {
                Matcher t = Pattern.compile("^:(\\d\\d[A-Z]?):(.*)$").matcher(line);
                if (t.matches()) {
                    tag = t.group(1);
                    tags.put(tag, new ArrayList<>(List.of(t.group(2))));
                } else {
                    assertThat(tag).isNotNull();
                    tags.get(tag).add(line);
                }
            }
            assertThat(tags).containsKeys("20", "32A", "50", "52B", "57B", "59", "70");
            Expected e = register.get(tags.get("20").get(0));
            assertThat(e).as("order %s in the register", tags.get("20")).isNotNull();
            Map<String, String> payer = subfields(tags.get("50"));
            Map<String, String> payee = subfields(tags.get("59"));
            Map<String, String> details = subfields(tags.get("70"));
            assertThat(payer).containsKeys("NAME", "IDN", "IRS", "SECO");
            assertThat(payee).containsKeys("NAME", "IDN", "IRS", "SECO");
            assertThat(details).containsKeys("NUM", "DATE", "KNP", "ASSIGN");
            LocalDate documentDate = LocalDate.parse(details.get("DATE"), YYMMDD);
            LocalDate valueDate = LocalDate.parse(tags.get("32A").get(0).substring(0, 6), YYMMDD);
            assertThat(documentDate).isEqualTo(written);
            assertThat(valueDate).as(":32A: of order %s", e.number()).isAfterOrEqualTo(documentDate);
            assertThat(valueDate).isEqualTo(e.valueDate());
            assertThat(payee.get("IDN")).isEqualTo(e.payeeId());
            assertThat(payee.get("IRS") + payee.get("SECO")).isEqualTo(e.kbe());
            // the IIN whole on one line of /ASSIGN/, so a bank that joins the lines with or without a space reads it
            List<String> assign = assignLines(tags.get("70"));
            assertThat(assign)
                    .as("order %s: a line holding IIN %s whole", e.number(), e.payerIin())
                    .anyMatch(l -> l.contains(e.payerIin()));
            assertThat(String.join(" ", assign)).contains("ИИН " + e.payerIin());
            assertThat(String.join("", assign)).contains(e.payerIin());
        }
    }

    /** {@code /KEY/value} lines of a tag; a line without a key continues the one before. */
    private static Map<String, String> subfields(List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        String key = null;
        for (String line : lines) {
            Matcher k = Pattern.compile("^/([A-Z]+)/(.*)$").matcher(line);
            if (k.matches() && !line.startsWith("/D/")) {
                key = k.group(1);
                fields.put(key, k.group(2));
            } else if (key != null) {
                fields.put(key, fields.get(key) + line);
            }
        }
        return fields;
    }

    private static List<String> assignLines(List<String> details) {
        List<String> assign = new ArrayList<>();
        for (String line : details) {
            if (line.startsWith("/ASSIGN/")) {
                assign.add(line.substring("/ASSIGN/".length()));
            } else if (!assign.isEmpty()) {
                if (line.startsWith("/")) {
                    break;
                }
                assign.add(line);
            }
        }
        return assign;
    }

    static final List<String> ONE_C_KEYS = List.of(
            "НомерДокумента",
            "ДатаДокумента",
            "Сумма",
            "ПлательщикНаименование",
            "ПлательщикБИН_ИИН",
            "ПлательщикКБЕ",
            "ПлательщикИИК",
            "ПлательщикБанкБИК",
            "ПолучательНаименование",
            "ПолучательБИН_ИИН",
            "ПолучательКБЕ",
            "ПолучательИИК",
            "ПолучательБанкБИК",
            "НазначениеПлатежа",
            "КодНазначенияПлатежа",
            "ДатаВалютирования",
            "Валюта");

    /** 1CClientBankExchange, KZ 2.00 (payments.md §2.2): the header, then key=value documents. */
    static void oneC(Path file, LocalDate written, Map<String, Expected> register) throws IOException {
        List<String> lines = strictLines(file);
        assertThat(lines.subList(0, 3))
                .containsExactly("1CClientBankExchange", "ВерсияФормата=2.00", "Кодировка=Windows");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("КонецФайла");
        Map<String, String> header = new LinkedHashMap<>();
        List<Map<String, String>> docs = new ArrayList<>();
        Map<String, String> doc = null;
        for (String line : lines.subList(1, lines.size() - 1)) {
            if (line.equals("КонецДокумента")) {
                docs.add(doc);
                doc = null;
                continue;
            }
            int eq = line.indexOf('=');
            assertThat(eq).as("a key=value line: '%s'", line).isPositive();
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (key.equals("СекцияДокумент")) {
                doc = new LinkedHashMap<>();
            } else {
                Map<String, String> into = doc == null ? header : doc;
                assertThat(into).as("key %s twice", key).doesNotContainKey(key);
                into.put(key, value);
            }
        }
        assertThat(header).containsKeys("Отправитель", "ДатаСоздания", "ДатаНачала", "ДатаКонца", "РасчСчет");
        assertThat(header.get("Отправитель")).isNotBlank().isNotEqualTo("Ustau");
        assertThat(LocalDate.parse(header.get("ДатаСоздания"), DMY)).isEqualTo(written);
        LocalDate from = LocalDate.parse(header.get("ДатаНачала"), DMY);
        LocalDate to = LocalDate.parse(header.get("ДатаКонца"), DMY);
        assertThat(docs).hasSize(register.size());
        for (Map<String, String> d : docs) {
            assertThat(d).containsKeys(ONE_C_KEYS.toArray(String[]::new));
            Expected e = register.get(d.get("НомерДокумента"));
            assertThat(e).isNotNull();
            LocalDate documentDate = LocalDate.parse(d.get("ДатаДокумента"), DMY);
            LocalDate valueDate = LocalDate.parse(d.get("ДатаВалютирования"), DMY);
            assertThat(documentDate).isEqualTo(written);
            assertThat(valueDate)
                    .isAfterOrEqualTo(documentDate)
                    .isEqualTo(e.valueDate())
                    .isBetween(from, to);
            assertThat(d.get("Сумма")).matches("\\d+\\.\\d\\d");
            assertThat(d.get("ПолучательБИН_ИИН")).isEqualTo(e.payeeId());
            assertThat(d.get("ПолучательКБЕ")).isEqualTo(e.kbe());
            assertThat(d.get("НазначениеПлатежа")).hasSizeLessThanOrEqualTo(210).contains("ИИН " + e.payerIin());
        }
    }

    /** pain.001.001.03: valid against the schema, dates, identifications and purposes as a bank reads them. */
    static void pain001(Path file, LocalDate written, Map<String, Expected> register) throws Exception {
        Xml.validate(file);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(file.toFile());
        Element header = first(doc.getDocumentElement(), "GrpHdr");
        assertThat(LocalDateTime.parse(text(header, "CreDtTm")).toLocalDate()).isEqualTo(written);
        NodeList blocks = doc.getElementsByTagNameNS("*", "PmtInf");
        int seen = 0;
        for (int b = 0; b < blocks.getLength(); b++) {
            Element block = (Element) blocks.item(b);
            LocalDate valueDate = LocalDate.parse(text(block, "ReqdExctnDt"));
            assertThat(valueDate).isAfterOrEqualTo(written);
            assertThat(first(first(first(block, "Dbtr"), "Id"), "OrgId"))
                    .as("the employer pays")
                    .isNotNull();
            NodeList txs = block.getElementsByTagNameNS("*", "CdtTrfTxInf");
            for (int i = 0; i < txs.getLength(); i++, seen++) {
                Element tx = (Element) txs.item(i);
                Expected e = register.get(text(tx, "InstrId"));
                assertThat(e).isNotNull();
                assertThat(valueDate).isEqualTo(e.valueDate());
                Element creditorId = first(first(tx, "Cdtr"), "Id");
                Element scheme = first(creditorId, e.organisation() ? "OrgId" : "PrvtId");
                assertThat(scheme)
                        .as("payee %s as %s", e.payeeId(), e.organisation() ? "OrgId" : "PrvtId")
                        .isNotNull();
                assertThat(first(creditorId, e.organisation() ? "PrvtId" : "OrgId"))
                        .isNull();
                assertThat(text(scheme, "Id")).isEqualTo(e.payeeId());
                assertThat(text(scheme, "Prtry")).isEqualTo(e.organisation() ? "BIN" : "IIN");
                assertThat(text(first(first(tx, "UltmtDbtr"), "PrvtId"), "Id")).isEqualTo(e.payerIin());
                NodeList ustrd = tx.getElementsByTagNameNS("*", "Ustrd");
                List<String> pieces = new ArrayList<>();
                for (int k = 0; k < ustrd.getLength(); k++) {
                    pieces.add(ustrd.item(k).getTextContent());
                }
                assertThat(pieces).allSatisfy(p -> assertThat(p).hasSizeBetween(1, 140));
                assertThat(pieces)
                        .as("order %s: one Ustrd holding IIN %s whole", e.number(), e.payerIin())
                        .anyMatch(p -> p.contains(e.payerIin()));
                assertThat(String.join(" ", pieces)).contains(e.payerIin());
            }
        }
        assertThat(seen).isEqualTo(register.size());
    }

    private static Element first(Element parent, String local) {
        if (parent == null) {
            return null;
        }
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local.equals(el.getLocalName())) {
                return el;
            }
        }
        NodeList deep = parent.getElementsByTagNameNS("*", local);
        return deep.getLength() == 0 ? null : (Element) deep.item(0);
    }

    private static String text(Element parent, String local) {
        Element e = first(parent, local);
        assertThat(e).as("<%s> in <%s>", local, parent.getLocalName()).isNotNull();
        return e.getTextContent();
    }

    private Path run(String now) {
        return kz.ustau.cases.SampleRuns.sampleMonth(temp.resolve("out"), now);
    }
}
