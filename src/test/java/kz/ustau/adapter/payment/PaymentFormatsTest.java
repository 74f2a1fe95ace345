package kz.ustau.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.ustau.cases.Xml;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads every payment file back with a small parser of its own and checks it against {@code payments.csv} line by
 * line (number, amount, payee IBAN and BIC, KNP, KOd, KBe, purpose), and that every file's total is what
 * {@code deductions.csv} withheld, to the tiyn (issue 6).
 */
class PaymentFormatsTest {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Path CASES = Path.of("src/test/resources/cases");

    @TempDir
    Path temp;

    static Stream<String> cases() {
        return Stream.of("sample-month", "orders-every-format", "payee-and-checks", "e2-two-families-cap");
    }

    /** One order as a file says it. */
    record Order(
            String number,
            BigDecimal amount,
            String iban,
            String bic,
            String knp,
            String kod,
            String kbe,
            String purpose) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFormatSaysWhatTheRegisterSays(String name) throws Exception {
        Path out = run(name);
        List<Map<String, String>> register = csv(out.resolve("payments.csv"));
        List<Order> expected = register.stream()
                .map(r -> new Order(
                        r.get("payment_no"),
                        new BigDecimal(r.get("amount")),
                        r.get("payee_iban"),
                        r.get("payee_bic"),
                        r.get("knp"),
                        r.get("kod"),
                        r.get("kbe"),
                        r.get("purpose")))
                .toList();
        List<Order> translit = expected.stream()
                .map(o -> new Order(
                        o.number(),
                        o.amount(),
                        o.iban(),
                        o.bic(),
                        o.knp(),
                        o.kod(),
                        o.kbe(),
                        Windows1251Text.transliterate(o.purpose())))
                .toList();
        assertThat(oneC(out.resolve("payments-1c.txt"))).containsExactlyElementsOf(translit);
        assertThat(mt100(out.resolve("payments-mt100.txt"))).containsExactlyElementsOf(translit);
        Xml.validate(out.resolve("payments.xml"));
        assertThat(pain001(out.resolve("payments.xml"))).containsExactlyInAnyOrderElementsOf(expected);

        BigDecimal withheld = csv(out.resolve("deductions.csv")).stream()
                .map(r -> new BigDecimal(r.get("withheld_total")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = expected.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo(withheld);
        assertThat(controlSum(out.resolve("payments.xml"))).isEqualByComparingTo(withheld);
    }

    private Path run(String name) {
        Path dir = CASES.resolve(name);
        Path out = temp.resolve(name);
        String payroll = name.equals("sample-month")
                ? "sample-payroll/payroll.csv"
                : dir.resolve("payroll.csv").toString();
        String writs = name.equals("sample-month")
                ? "sample-payroll/writs.csv"
                : dir.resolve("writs.csv").toString();
        String employer = name.equals("sample-month")
                ? "sample-payroll/employer.properties"
                : CASES.resolve("employer.properties").toString();
        int exit = Main.execute(
                new String[] {
                    "run",
                    "--payroll",
                    payroll,
                    "--writs",
                    writs,
                    "--employer",
                    employer,
                    "--out",
                    out.toString(),
                    "--now",
                    "2026-11-02T09:00"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY));
        assertThat(exit).isZero();
        return out;
    }

    /** 1CClientBankExchange: key=value lines, windows-1251, CRLF, one section per document. */
    static List<Order> oneC(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), CP1251);
        assertThat(text).startsWith("1CClientBankExchange\r\nВерсияФормата=2.00\r\nКодировка=Windows\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        List<Order> orders = new ArrayList<>();
        Map<String, String> doc = null;
        for (String line : text.split("\r\n")) {
            if (line.equals("СекцияДокумент=ПлатежноеПоручение")) {
                doc = new LinkedHashMap<>();
            } else if (line.equals("КонецДокумента")) {
                orders.add(new Order(
                        doc.get("НомерДокумента"),
                        new BigDecimal(doc.get("Сумма")),
                        doc.get("ПолучательИИК"),
                        doc.get("ПолучательБанкБИК"),
                        doc.get("КодНазначенияПлатежа"),
                        doc.get("ПлательщикКБЕ"),
                        doc.get("ПолучательКБЕ"),
                        doc.get("НазначениеПлатежа")));
                doc = null;
            } else if (doc != null) {
                int eq = line.indexOf('=');
                doc.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertThat(text).endsWith("КонецФайла\r\n");
        return orders;
    }

    /** MT100: one {1:…}{2:…}{4: … -} message per order; subfields on their own lines; /ASSIGN/ continues. */
    static List<Order> mt100(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), CP1251);
        List<Order> orders = new ArrayList<>();
        for (String message : text.split("-\\}\r\n")) {
            if (message.isBlank()) {
                continue;
            }
            String[] lines = message.split("\r\n");
            assertThat(lines[0]).startsWith("{1:F01").endsWith("{4:");
            String number = null;
            String amount = null;
            String iban = null;
            String bic = null;
            String knp = null;
            StringBuilder irs = new StringBuilder();
            StringBuilder assign = null;
            String block = "";
            for (String line : lines) {
                if (line.startsWith(":")) {
                    block = line.substring(0, line.indexOf(':', 1) + 1);
                    assign = null;
                }
                if (line.startsWith(":20:")) {
                    number = line.substring(4);
                } else if (line.startsWith(":32A:")) {
                    amount = line.substring(5 + 6 + 3).replace(',', '.');
                } else if (line.startsWith(":57B:")) {
                    bic = line.substring(5);
                } else if (line.startsWith(":59:")) {
                    iban = line.substring(4);
                } else if (line.startsWith("/IRS/") || line.startsWith("/SECO/")) {
                    irs.append(line.substring(line.indexOf('/', 1) + 1));
                } else if (line.startsWith("/KNP/")) {
                    knp = line.substring(5);
                } else if (line.startsWith("/ASSIGN/")) {
                    assign = new StringBuilder(line.substring(8));
                } else if (assign != null && !line.startsWith("/")) {
                    assign.append(' ').append(line); // a break takes a space's place (RULES §8)
                }
                assertThat(line.length()).as("MT line %s in %s", line, block).isLessThanOrEqualTo(70 + 8);
            }
            orders.add(new Order(
                    number,
                    new BigDecimal(amount),
                    iban,
                    bic,
                    knp,
                    irs.substring(0, 2),
                    irs.substring(2, 4),
                    assign.toString()));
        }
        return orders;
    }

    /** pain.001.001.03 through the DOM. */
    static List<Order> pain001(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(file))));
        NodeList txs = doc.getElementsByTagNameNS("*", "CdtTrfTxInf");
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < txs.getLength(); i++) {
            Element tx = (Element) txs.item(i);
            String inf = text(tx, "Inf");
            StringBuilder purpose = new StringBuilder();
            NodeList ustrd = tx.getElementsByTagNameNS("*", "Ustrd");
            for (int k = 0; k < ustrd.getLength(); k++) {
                purpose.append(k == 0 ? "" : " ").append(ustrd.item(k).getTextContent());
            }
            String iban = ((Element) tx.getElementsByTagNameNS("*", "CdtrAcct").item(0))
                    .getElementsByTagNameNS("*", "IBAN")
                    .item(0)
                    .getTextContent();
            String bic = ((Element) tx.getElementsByTagNameNS("*", "CdtrAgt").item(0))
                    .getElementsByTagNameNS("*", "BIC")
                    .item(0)
                    .getTextContent();
            assertThat(tx.getElementsByTagNameNS("*", "UltmtDbtr").getLength())
                    .as("the actual payer")
                    .isEqualTo(1);
            orders.add(new Order(
                    text(tx, "InstrId"),
                    new BigDecimal(text(tx, "InstdAmt")),
                    iban,
                    bic,
                    purposeCode(tx),
                    inf.replaceAll(".*KOD=(\\d\\d).*", "$1"),
                    inf.replaceAll(".*KBE=(\\d\\d).*", "$1"),
                    purpose.toString()));
        }
        return orders;
    }

    private static String purposeCode(Element tx) {
        return ((Element) tx.getElementsByTagNameNS("*", "Purp").item(0))
                .getElementsByTagNameNS("*", "Prtry")
                .item(0)
                .getTextContent();
    }

    private static BigDecimal controlSum(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(file.toFile());
        Element header = (Element) doc.getElementsByTagNameNS("*", "GrpHdr").item(0);
        BigDecimal blocks = BigDecimal.ZERO;
        NodeList pmtInf = doc.getElementsByTagNameNS("*", "PmtInf");
        for (int i = 0; i < pmtInf.getLength(); i++) {
            Element b = (Element) pmtInf.item(i);
            BigDecimal sum = BigDecimal.ZERO;
            NodeList amounts = b.getElementsByTagNameNS("*", "InstdAmt");
            for (int k = 0; k < amounts.getLength(); k++) {
                sum = sum.add(new BigDecimal(amounts.item(k).getTextContent()));
            }
            assertThat(new BigDecimal(text(b, "CtrlSum"))).isEqualByComparingTo(sum);
            assertThat(Integer.parseInt(text(b, "NbOfTxs"))).isEqualTo(amounts.getLength());
            blocks = blocks.add(sum);
        }
        assertThat(new BigDecimal(text(header, "CtrlSum"))).isEqualByComparingTo(blocks);
        return blocks;
    }

    private static String text(Element parent, String local) {
        return parent.getElementsByTagNameNS("*", local).item(0).getTextContent();
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var reader = new com.opencsv.CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            String[] header = reader.readNext();
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].startsWith("'") ? cells[i].substring(1) : cells[i]);
                }
                rows.add(row);
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }
}
