package kz.ustau.adapter.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.ustau.cases.Documents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Notices print whole: every glyph drawn from the embedded font, nothing off the page, no gap in the text. */
class NoticeRenderingTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 6, 10, 0);

    static Stream<Path> pdfs() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("src/test/resources/cases"))) {
            return all.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    /** Renders every page with a drawer that counts glyphs the font does not have (.notdef, GID 0). */
    static int missingGlyphs(PDDocument doc) throws IOException {
        int[] missing = {0};
        PDFRenderer renderer = new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new PageDrawer(parameters) {
                    @Override
                    protected void showFontGlyph(Matrix m, PDFont font, int code, Vector displacement)
                            throws IOException {
                        if (font instanceof PDType0Font t0 && t0.codeToGID(code) == 0) {
                            missing[0]++;
                        }
                        super.showFontGlyph(m, font, code, displacement);
                    }
                };
            }
        };
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            renderer.renderImage(p, 0.5f);
        }
        return missing[0];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void everyGoldenNoticeDrawsEveryGlyph(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(missingGlyphs(doc)).isZero();
            assertThat(doc.getNumberOfPages()).isBetween(1, 3);
        }
    }

    @Test
    void kazakhLettersSurviveIntoThePdfText() throws IOException {
        Path pdf = Path.of("src/test/resources/cases/orders-every-format/expected/notices/notice-O-1-kk.pdf");
        String text =
                String.join(" ", Documents.pdfPages(Files.readAllBytes(pdf))).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Әбдіқадырова Ңұрһаят Үкілғазықызы", "Өтебәлиев Ғалымжан Құрманұлы", "жұмыс берушіге белгісіз");
    }

    @Test
    void longTextWrapsAndBreaksOntoNewPagesWithoutLosingAWord() throws IOException {
        String longName = "Әбдіқадырова-Ңұрһаятұлы ".repeat(40).strip();
        String longWord = "Ү".repeat(300);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Address("Кімге: " + longName));
        blocks.add(new Block.Title("ХАБАРЛАМА " + longName));
        for (int i = 0; i < 40; i++) {
            blocks.add(new Block.Row("Жол " + i + " " + longName, i == 7 ? longWord : "мән " + i + " " + longName));
        }
        blocks.add(new Block.Paragraph(longName.repeat(5)));
        blocks.add(new Block.Signature("Басшы", longName));
        blocks.add(new Block.Signature("Бас бухгалтер", "Смагулова А. Н."));
        byte[] bytes = NoticePdf.render(blocks, "test", "test", NOW);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            assertThat(missingGlyphs(doc)).isZero();
            PDRectangle box = doc.getPage(0).getMediaBox();
            List<TextPosition> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getXDirAdj() < 0
                            || text.getXDirAdj() + text.getWidthDirAdj() > box.getWidth() - 40
                            || text.getYDirAdj() < 0
                            || text.getYDirAdj() > box.getHeight()) {
                        outside.add(text);
                    }
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s", "");
            assertThat(outside)
                    .as("glyphs beyond the right margin or off the page")
                    .extracting(t -> t.getUnicode() + "@" + t.getXDirAdj() + "," + t.getYDirAdj())
                    .isEmpty();
            assertThat(text.chars().filter(c -> c == 'Ү').count())
                    .as("every letter of the unbreakable word")
                    .isEqualTo(300);
            assertThat(text).contains("мән39", "Смагулова");
            assertThat(text).contains(longName.replace(" ", ""));
        }
    }

    @Test
    void theSameBlocksGiveTheSameBytes() throws IOException {
        List<Block> blocks = List.of(new Block.Title("ИЗВЕЩЕНИЕ"), new Block.Paragraph("Текст ₸ №"));
        assertThat(NoticePdf.render(blocks, "t", "a", NOW)).isEqualTo(NoticePdf.render(blocks, "t", "a", NOW));
        assertThat(NoticeDocx.render(blocks, "t", "a", NOW, "ru"))
                .isEqualTo(NoticeDocx.render(blocks, "t", "a", NOW, "ru"));
    }

    @Test
    void aTemplateValueThatIsMissingIsAnErrorNotAGap() {
        Map<String, String> values = NoticeTemplateTest.values();
        values.remove("debtor.iin");
        assertThatThrownBy(() -> NoticeTemplate.load("dismissal-ru").fill(values))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dismissal-ru")
                .hasMessageContaining("{{debtor.iin}}");
    }
}
