package kz.ustau.adapter.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A notice as a print-ready A4 PDF (PDFBox): DejaVu Sans embedded (it has every Kazakh letter and ₸; licence in
 * {@code fonts/DejaVu-LICENSE.txt}), text wrapped to the page, a table that breaks across pages row by row, page
 * numbers. Nothing ever runs off a page: a word wider than the column is broken, a row taller than a page is split.
 * Dates and the document id come from the run, so the same run gives the same bytes.
 */
final class NoticePdf {
    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float MARGIN_TOP = 42;
    private static final float MARGIN_BOTTOM = 50;
    private static final float BODY = 10f;
    private static final float SMALL = 9f;
    /** A many-column table's type size (a statement's months: nine columns on A4). */
    private static final float TABLE = 6.5f;

    private static final float LEADING = 1.3f;
    private static final float LABEL_WIDTH = 165;
    private static final float PAD = 3;
    private static final float SIGNATURE_GAP = 14;
    private static final PDRectangle A4 = PDRectangle.A4;

    private NoticePdf() {}

    static byte[] render(List<Block> blocks, String title, String author, LocalDateTime now) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            Layout layout = new Layout(doc, regular, bold);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Signature
                        && (i == 0 || !(blocks.get(i - 1) instanceof Block.Signature))) {
                    int signatures = 0;
                    for (int k = i; k < blocks.size() && blocks.get(k) instanceof Block.Signature; k++) {
                        signatures++;
                    }
                    layout.keepTogether(signatures * (SIGNATURE_GAP + BODY * LEADING * 2));
                }
                layout.block(blocks.get(i));
            }
            layout.finish();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("Ustau");
            info.setProducer("Ustau");
            GregorianCalendar when = GregorianCalendar.from(now.atZone(ZoneId.of("Asia/Almaty")));
            when.setTimeZone(TimeZone.getTimeZone("Asia/Almaty"));
            info.setCreationDate(when);
            info.setModificationDate(when);
            doc.setDocumentId((long) (title + author + now + blocks).hashCode());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = NoticePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** Greedy word wrap to {@code width}; a word wider than the line is broken by characters. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Places blocks top to bottom, starting a new page whenever the next piece does not fit. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private final float right = A4.getWidth() - MARGIN_RIGHT;
        private final float textWidth = A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
        private PDPageContentStream content;
        private float y;
        private boolean inTable;

        Layout(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void block(Block b) throws IOException {
            if (inTable && !(b instanceof Block.Row)) {
                space(6);
                inTable = false;
            }
            if (b instanceof Block.Title t) {
                space(10);
                centred(t.text(), bold, 14);
            } else if (b instanceof Block.Subtitle s) {
                centred(s.text(), bold, BODY);
                space(8);
            } else if (b instanceof Block.Address a) {
                float x = A4.getWidth() / 2 + 20;
                for (String line : wrap(a.text(), regular, BODY, right - x)) {
                    text(line, regular, BODY, x);
                }
            } else if (b instanceof Block.Paragraph p) {
                space(5);
                for (String line : wrap(p.text(), regular, BODY, textWidth)) {
                    text(line, regular, BODY, MARGIN_LEFT);
                }
            } else if (b instanceof Block.Row r) {
                if (!inTable) {
                    space(6);
                }
                row(r);
                inTable = true;
                return;
            } else if (b instanceof Block.Table t) {
                space(6);
                table(t);
                space(6);
            } else if (b instanceof Block.Signature s) {
                signature(s);
            } else {
                space(10);
            }
        }

        /** Starts a new page unless {@code height} more fits on this one: signatures stay together. */
        void keepTogether(float height) throws IOException {
            need(height);
        }

        private void row(Block.Row r) throws IOException {
            float valueX = MARGIN_LEFT + LABEL_WIDTH;
            List<String> label = wrap(r.label(), bold, SMALL, LABEL_WIDTH - 2 * PAD);
            List<String> value = wrap(r.value(), regular, SMALL, right - valueX - 2 * PAD);
            float lineHeight = SMALL * LEADING;
            int lines = Math.max(label.size(), value.size());
            int done = 0;
            while (done < lines) {
                int fit = (int) Math.floor((y - MARGIN_BOTTOM - 2 * PAD) / lineHeight);
                if (fit < 1) {
                    newPage();
                    continue;
                }
                int take = Math.min(fit, lines - done);
                float height = take * lineHeight + 2 * PAD;
                float top = y;
                for (int i = 0; i < take; i++) {
                    float baseline = top - PAD - (i + 1) * lineHeight + (lineHeight - SMALL) / 2 + 2;
                    if (done + i < label.size()) {
                        show(label.get(done + i), bold, SMALL, MARGIN_LEFT + PAD, baseline);
                    }
                    if (done + i < value.size()) {
                        show(value.get(done + i), regular, SMALL, valueX + PAD, baseline);
                    }
                }
                content.setLineWidth(0.5f);
                content.addRect(MARGIN_LEFT, top - height, LABEL_WIDTH, height);
                content.addRect(valueX, top - height, right - valueX, height);
                content.stroke();
                y = top - height;
                done += take;
            }
        }

        /**
         * A table of many columns in {@link #TABLE}-point type, the width of the text: its heading again at the top of
         * every page it runs onto, a row never split, sums set right (in regular type: bold figures of a million do not fit the column).
         */
        private void table(Block.Table t) throws IOException {
            int n = t.columns().size();
            float all = 0;
            for (Block.Column c : t.columns()) {
                all += c.weight();
            }
            float[] widths = new float[n];
            for (int i = 0; i < n; i++) {
                widths[i] = textWidth * t.columns().get(i).weight() / all;
            }
            List<String> titles = t.columns().stream().map(Block.Column::title).toList();
            gridRow(t, widths, titles, bold, true);
            for (int r = 0; r < t.rows().size(); r++) {
                float height = gridHeight(widths, t.rows().get(r), regular);
                if (y - height < MARGIN_BOTTOM) {
                    newPage();
                    gridRow(t, widths, titles, bold, true);
                }
                gridRow(t, widths, t.rows().get(r), regular, false);
            }
        }

        private float gridHeight(float[] widths, List<String> cells, PDFont font) throws IOException {
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                lines = Math.max(
                        lines,
                        wrap(cells.get(i), font, TABLE, widths[i] - 2 * PAD).size());
            }
            return lines * TABLE * LEADING + 2 * PAD;
        }

        private void gridRow(Block.Table t, float[] widths, List<String> cells, PDFont font, boolean heading)
                throws IOException {
            float height = gridHeight(widths, cells, font);
            need(height);
            float top = y;
            float x = MARGIN_LEFT;
            float lineHeight = TABLE * LEADING;
            content.setLineWidth(0.5f);
            for (int i = 0; i < widths.length; i++) {
                List<String> lines = wrap(cells.get(i), font, TABLE, widths[i] - 2 * PAD);
                for (int k = 0; k < lines.size(); k++) {
                    String line = lines.get(k);
                    float baseline = top - PAD - (k + 1) * lineHeight + (lineHeight - TABLE) / 2 + 1.5f;
                    float left = heading
                            ? x + (widths[i] - width(line, font, TABLE)) / 2
                            : t.columns().get(i).numeric() ? x + widths[i] - PAD - width(line, font, TABLE) : x + PAD;
                    show(line, font, TABLE, left, baseline);
                }
                content.addRect(x, top - height, widths[i], height);
                x += widths[i];
            }
            content.stroke();
            y = top - height;
        }

        private void signature(Block.Signature s) throws IOException {
            space(SIGNATURE_GAP);
            need(BODY * LEADING * 2);
            float baseline = y - BODY;
            show(s.label(), regular, BODY, MARGIN_LEFT, baseline);
            float lineStart = MARGIN_LEFT + 150;
            float lineEnd = lineStart + 120;
            content.setLineWidth(0.5f);
            content.moveTo(lineStart, baseline - 2);
            content.lineTo(lineEnd, baseline - 2);
            content.stroke();
            for (String line : wrap(s.name(), regular, BODY, right - lineEnd - 10)) {
                if (baseline < MARGIN_BOTTOM) {
                    newPage();
                    baseline = y - BODY;
                }
                show(line, regular, BODY, lineEnd + 10, baseline);
                baseline -= BODY * LEADING;
            }
            y = baseline + BODY * LEADING - BODY;
        }

        private void centred(String text, PDFont font, float size) throws IOException {
            for (String line : wrap(text, font, size, textWidth)) {
                float x = MARGIN_LEFT + (textWidth - width(line, font, size)) / 2;
                text(line, font, size, x);
            }
        }

        private void text(String line, PDFont font, float size, float x) throws IOException {
            need(size * LEADING);
            y -= size * LEADING;
            show(line, font, size, x, y);
        }

        private void show(String line, PDFont font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        }

        private void space(float points) throws IOException {
            if (y - points < MARGIN_BOTTOM) {
                newPage();
            } else {
                y -= points;
            }
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = A4.getHeight() - MARGIN_TOP;
        }

        /** Closes the last page and numbers every page "n / total" at the foot. */
        void finish() throws IOException {
            content.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream foot =
                        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    String label = (i + 1) + " / " + total;
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.newLineAtOffset((A4.getWidth() - width(label, regular, 8)) / 2, MARGIN_BOTTOM / 2);
                    foot.showText(label);
                    foot.endText();
                }
            }
        }
    }
}
