package kz.ustau.adapter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.ustau.cases.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The letters as the bailiff gets them (issue 14), the sample month written on 20.11.2026, eighteen days after its
 * dismissal notice was due: the DOCX opened with nothing but a zip reader and a DOM (not POI, which wrote it) — A4,
 * the PDF's margins, page numbers in the footer, tables with their grid, a font Word has — and both the DOCX and the
 * PDF say, in Kazakh and in Russian, that the letter is late and when it was due.
 */
class DocxLettersTest {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The PDF's margins (NoticePdf: 70, 50, 42, 50 pt) in twentieths of a point. */
    static final int LEFT = 1400, RIGHT = 1000, TOP = 840, BOTTOM = 1000;
    /** A4, 210 × 297 mm, in twentieths of a point. */
    static final int A4_WIDTH = 11906, A4_HEIGHT = 16838;

    static Path notices;

    /** The sample month written late, once per JVM (this test and the LibreOffice one read the same letters). */
    static synchronized Path notices() throws IOException {
        if (notices == null) {
            Path out = Files.createTempDirectory("ustau-late-letters-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(out)));
            kz.ustau.cases.SampleRuns.sampleMonth(out.resolve("month"), "2026-11-20T10:00");
            notices = out.resolve("month/notices");
        }
        return notices;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not a test's failure
        }
    }

    static Document xml(ZipFile zip, String part) throws Exception {
        var entry = zip.getEntry(part);
        assertThat(entry).as("part %s", part).isNotNull();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = zip.getInputStream(entry)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    static List<Element> all(Node in, String local) {
        NodeList nodes = in instanceof Document d
                ? d.getElementsByTagNameNS(W, local)
                : ((Element) in).getElementsByTagNameNS(W, local);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    static int twips(Element e, String attribute) {
        return Integer.parseInt(e.getAttributeNS(W, attribute));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docxFiles")
    void aDocxLetterHasItsPageItsFooterItsGridAndItsFont(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            Document doc = xml(zip, "word/document.xml");
            List<Element> sections = all(doc, "sectPr");
            assertThat(sections).as("one section, the body's last child").hasSize(1);
            Element section = sections.get(0);
            Element size = all(section, "pgSz").get(0);
            assertThat(twips(size, "w")).isEqualTo(A4_WIDTH);
            assertThat(twips(size, "h")).isEqualTo(A4_HEIGHT);
            Element margins = all(section, "pgMar").get(0);
            assertThat(List.of(
                            twips(margins, "left"),
                            twips(margins, "right"),
                            twips(margins, "top"),
                            twips(margins, "bottom")))
                    .containsExactly(LEFT, RIGHT, TOP, BOTTOM);

            // the footer: a part the section refers to, with the PAGE and NUMPAGES fields
            List<Element> footers = all(section, "footerReference");
            assertThat(footers).isNotEmpty();
            String id = footers.get(0).getAttributeNS(R, "id");
            Document rels = xml(zip, "word/_rels/document.xml.rels");
            String target = null;
            NodeList relations = rels.getElementsByTagNameNS("*", "Relationship");
            for (int i = 0; i < relations.getLength(); i++) {
                Element rel = (Element) relations.item(i);
                if (rel.getAttribute("Id").equals(id)) {
                    assertThat(rel.getAttribute("Type")).endsWith("/footer");
                    target = rel.getAttribute("Target");
                }
            }
            assertThat(target).as("the footer relationship %s", id).isNotNull();
            Document footer = xml(zip, "word/" + target);
            StringBuilder fields = new StringBuilder();
            all(footer, "fldSimple")
                    .forEach(f -> fields.append(f.getAttributeNS(W, "instr")).append(' '));
            all(footer, "instrText")
                    .forEach(f -> fields.append(f.getTextContent()).append(' '));
            assertThat(fields.toString()).contains("PAGE", "NUMPAGES");

            // tables as the schema wants them: tblPr, tblGrid, then rows; a grid column for every cell
            List<Element> tables = all(doc, "tbl");
            assertThat(tables).isNotEmpty();
            int textWidth = A4_WIDTH - LEFT - RIGHT;
            for (Element table : tables) {
                List<String> order =
                        children(table).stream().map(Element::getLocalName).toList();
                assertThat(order.subList(0, 2)).containsExactly("tblPr", "tblGrid");
                assertThat(order.subList(2, order.size())).allMatch("tr"::equals);
                List<Element> columns = all(table, "gridCol");
                int sum = columns.stream().mapToInt(c -> twips(c, "w")).sum();
                assertThat(sum).isPositive().isLessThanOrEqualTo(textWidth);
                for (Element row : all(table, "tr")) {
                    List<Element> cells = children(row).stream()
                            .filter(c -> c.getLocalName().equals("tc"))
                            .toList();
                    assertThat(cells).hasSize(columns.size());
                    assertThat(cells).allSatisfy(c -> assertThat(all(c, "tcW")).hasSize(1));
                    assertThat(cells).allSatisfy(c -> assertThat(all(c, "p")).isNotEmpty());
                }
            }

            // a font every Windows has, named as the document's default and by no run otherwise
            Document styles = xml(zip, "word/styles.xml");
            Element defaults = all(all(styles, "rPrDefault").get(0), "rFonts").get(0);
            assertThat(defaults.getAttributeNS(W, "ascii")).isEqualTo("Arial");
            assertThat(defaults.getAttributeNS(W, "hAnsi")).isEqualTo("Arial");
            assertThat(defaults.getAttributeNS(W, "cs")).isEqualTo("Arial");
            for (Element fonts : all(doc, "rFonts")) {
                assertThat(fonts.getAttributeNS(W, "ascii")).isIn("", "Arial");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void aLateDismissalNoticeIsDatedTheDayItIsWrittenAndSaysNothingOfItsOwnDeadline(String lang) throws Exception {
        // issue 22: a letter does not describe its own deadline, on time or late; the page and the warnings do
        String late =
                lang.equals("ru") ? "Исх. № 10.2026/1 от 20 ноября 2026 г." : "Шығыс № 10.2026/1, 2026 жылғы 20 қараша";
        String onTime = lang.equals("ru") ? "направляется" : "жіберіл";
        String dated = lang.equals("ru") ? "Адресат: Частный судебный исполнитель" : "Кімге: Жеке сот орындаушысы";
        byte[] pdf = Files.readAllBytes(notices().resolve("notice-W09-" + lang + ".pdf"));
        String pdfText = String.join(" ", Documents.pdfPages(pdf)).replaceAll("[\\s\u00A0]+", " ");
        String docxText =
                docxText(notices().resolve("notice-W09-" + lang + ".docx")).replaceAll("[\\s\u00A0]+", " ");
        for (String text : List.of(pdfText, docxText)) {
            assertThat(text).contains(late, dated, "tursynov.a@palata.kz").doesNotContain(onTime);
        }
    }

    /** Every paragraph's text, one space between paragraphs, read from the zip. */
    static String docxText(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            StringBuilder sb = new StringBuilder();
            for (Element p : all(xml(zip, "word/document.xml"), "p")) {
                all(p, "t").forEach(t -> sb.append(t.getTextContent()));
                sb.append(' ');
            }
            return sb.toString().replaceAll("\\s+", " ");
        }
    }

    /** The late letters of the sample, then every golden letter of the cases (each beside its PDF). */
    static Stream<Path> docxFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> late = Files.list(notices());
                Stream<Path> golden = Files.walk(Path.of("src/test/resources/cases"))) {
            late.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(all::add);
            golden.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(all::add);
        }
        return all.stream();
    }
}
