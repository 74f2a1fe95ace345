package kz.ustau.adapter.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A notice as a DOCX the accountant can still edit before signing (POI XWPF): the same blocks as the PDF, the facts
 * as a two-column table, the font named DejaVu Sans (Word substitutes a font with the same letters where it lacks
 * it). The core properties carry the run's time, so the document text is the same on every run.
 */
final class NoticeDocx {
    private static final String FONT = "DejaVu Sans";

    private NoticeDocx() {}

    static byte[] render(List<Block> blocks, String title, String author, LocalDateTime now) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = null;
            for (Block b : blocks) {
                if (b instanceof Block.Row r) {
                    if (table == null) {
                        table = doc.createTable(1, 2);
                        table.setWidth("100%");
                        fill(table.getRow(0), r);
                    } else {
                        fill(table.createRow(), r);
                    }
                    continue;
                }
                table = null;
                if (b instanceof Block.Title t) {
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

    private static void fill(XWPFTableRow row, Block.Row r) {
        cell(row, 0, r.label(), true);
        cell(row, 1, r.value(), false);
    }

    private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        run(p, text, bold, 10);
        row.getCell(i).setWidth(i == 0 ? "35%" : "65%");
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
