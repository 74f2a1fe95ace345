package kz.ustau.adapter.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IRunBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A notice as a DOCX the accountant can still edit before signing (POI XWPF): the same blocks as the PDF, on the same
 * A4 page with the same margins, the pages numbered "n / N" in the footer, the facts as a two-column table with its
 * grid. The font is Arial, which Word has on Windows and macOS with every Kazakh letter (the PDF embeds DejaVu Sans;
 * a DOCX reader without Arial substitutes a metric twin, LibreOffice Liberation Sans, and draws a missing letter from
 * another font). The text is marked Kazakh or Russian for the spelling checker. The core properties carry the run's
 * time, so the document is the same on every run.
 */
final class NoticeDocx {
    static final String FONT = "Arial";

    /** A4 in twentieths of a point (twips), as the PDF: 595.3 × 841.9 pt. */
    static final int PAGE_WIDTH = 11906;

    static final int PAGE_HEIGHT = 16838;
    /** The PDF's margins, 70 / 50 / 42 / 50 pt, in twips; the footer 20 pt above the page's edge. */
    static final int MARGIN_LEFT = 1400;

    static final int MARGIN_RIGHT = 1000;
    static final int MARGIN_TOP = 840;
    static final int MARGIN_BOTTOM = 1000;
    static final int FOOTER = 400;
    /** The facts table: the label column as wide as the PDF's (165 pt), the value the rest of the text width. */
    static final int LABEL_WIDTH = 3300;

    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private NoticeDocx() {}

    static byte[] render(List<Block> blocks, String title, String author, LocalDateTime now, String lang)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            String language = lang.equals("kk") ? "kk-KZ" : "ru-RU";
            defaults(doc, language);
            page(doc);
            footer(doc, language);
            XWPFTable table = null;
            for (Block b : blocks) {
                if (b instanceof Block.Row r) {
                    if (table == null) {
                        table = table(doc);
                        fill(table.getRow(0), r);
                    } else {
                        fill(table.createRow(), r);
                    }
                    continue;
                }
                table = null;
                if (b instanceof Block.Table t) {
                    grid(doc, t);
                } else if (b instanceof Block.Title t) {
                    paragraph(doc, t.text(), ParagraphAlignment.CENTER, true, 14);
                } else if (b instanceof Block.Subtitle s) {
                    paragraph(doc, s.text(), ParagraphAlignment.CENTER, true, 11);
                } else if (b instanceof Block.Address a) {
                    XWPFParagraph p = paragraph(doc, a.text(), ParagraphAlignment.LEFT, false, 11);
                    p.setIndentationLeft(4800);
                    p.setSpacingAfter(0);
                } else if (b instanceof Block.Paragraph p) {
                    paragraph(doc, p.text(), ParagraphAlignment.BOTH, false, 11);
                } else if (b instanceof Block.Signature s) {
                    paragraph(
                            doc, s.label() + "  ____________________  " + s.name(), ParagraphAlignment.LEFT, false, 11);
                } else {
                    paragraph(doc, "", ParagraphAlignment.LEFT, false, 11);
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date when = Date.from(now.atZone(ZoneId.of("Asia/Almaty")).toInstant());
            core.setTitle(title);
            core.setCreator(author);
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setLastModifiedByUser("Ustau");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return withEntryTimes(out.toByteArray(), now);
        }
    }

    /**
     * The same package with every zip entry stamped {@code now} instead of the clock's time, so that two runs with
     * the same inputs and {@code --now} write the same bytes (CONTRACT §2).
     */
    static byte[] withEntryTimes(byte[] zip, LocalDateTime now) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(now.withNano(0));
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Arial, the letter's language, for every run and every style that does not say otherwise. */
    private static void defaults(XWPFDocument doc, String language) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(language);
    }

    /** The section: A4 portrait, the PDF's margins, the footer's distance from the edge. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setHeader(BigInteger.valueOf(MARGIN_TOP / 2));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "n / N" centred at the foot of every page, as the PDF: the PAGE and NUMPAGES fields Word fills in. */
    private static void footer(XWPFDocument doc, String language) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, "PAGE", language);
        XWPFRun slash = p.createRun();
        slash.setText(" / ");
        small(slash, language);
        field(p, "NUMPAGES", language);
    }

    private static void field(XWPFParagraph p, String instruction, String language) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        XWPFRun shown = new XWPFRun(field.addNewR(), (IRunBody) p);
        shown.setText("1"); // what a reader that does not update fields shows; Word and LibreOffice count
        small(shown, language);
    }

    private static void small(XWPFRun run, String language) {
        run.setFontFamily(FONT);
        run.setFontSize(8);
        run.setLang(language);
    }

    /** A two-column table the width of the text, with its grid ({@code w:tblGrid}, which the schema requires). */
    private static XWPFTable table(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        table.setWidthType(TableWidthType.DXA);
        CTTbl ct = table.getCTTbl();
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(LABEL_WIDTH));
        grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH - LABEL_WIDTH));
        CTTblLayoutType layout = ct.getTblPr().isSetTblLayout()
                ? ct.getTblPr().getTblLayout()
                : ct.getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        return table;
    }

    /**
     * A table of many columns the width of the text, in 8-point type, its heading row repeated on every page, sums
     * set right, the total bold; a row is never split across pages.
     */
    private static void grid(XWPFDocument doc, Block.Table t) {
        int n = t.columns().size();
        XWPFTable table = doc.createTable(1 + t.rows().size(), n);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        table.setWidthType(TableWidthType.DXA);
        CTTbl ct = table.getCTTbl();
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        float all = 0;
        for (Block.Column c : t.columns()) {
            all += c.weight();
        }
        int[] widths = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = i == n - 1
                    ? TEXT_WIDTH - used
                    : Math.round(TEXT_WIDTH * t.columns().get(i).weight() / all);
            used += widths[i];
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        CTTblLayoutType layout = ct.getTblPr().isSetTblLayout()
                ? ct.getTblPr().getTblLayout()
                : ct.getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < n; i++) {
            gridCell(head, i, widths[i], t.columns().get(i).title(), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean total = t.total() && r == t.rows().size() - 1;
            for (int i = 0; i < n; i++) {
                gridCell(
                        row,
                        i,
                        widths[i],
                        t.rows().get(r).get(i),
                        total,
                        t.columns().get(i).numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        paragraph(doc, "", ParagraphAlignment.LEFT, false, 8);
    }

    private static void gridCell(
            XWPFTableRow row, int i, int width, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        run(p, text, bold, 8);
        row.getCell(i).setWidthType(TableWidthType.DXA);
        row.getCell(i).setWidth(Integer.toString(width));
    }

    private static void fill(XWPFTableRow row, Block.Row r) {
        cell(row, 0, r.label(), true);
        cell(row, 1, r.value(), false);
    }

    private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        run(p, text, bold, 10);
        row.getCell(i).setWidthType(TableWidthType.DXA);
        row.getCell(i).setWidth(Integer.toString(i == 0 ? LABEL_WIDTH : TEXT_WIDTH - LABEL_WIDTH));
    }

    private static XWPFParagraph paragraph(
            XWPFDocument doc, String text, ParagraphAlignment align, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, bold, size);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }
}
