package kz.ustau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Golden comparison of documents (STYLE §5): a PDF by its page count and the text PDFBox extracts from each page; a
 * DOCX by its list of zip entries and its {@code word/document.xml}. Never by the bytes of the container.
 */
public final class Documents {
    private Documents() {}

    public static List<String> pdfPages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /** The entry names and the document part of a DOCX, one string. */
    public static String docx(byte[] docx) throws IOException {
        StringBuilder names = new StringBuilder();
        String document = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.append(e.getName()).append('\n');
                if (e.getName().equals("word/document.xml")) {
                    document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(document).as("word/document.xml").isNotNull();
        return names + document.replace("><", ">\n<");
    }

    public static void assertSame(Path actual, Path expected) throws IOException {
        if (Golden.UPDATE || !Files.exists(expected)) {
            Files.createDirectories(expected.getParent());
            Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            fail("golden file written: " + expected + " - review the diff, commit it, re-run without -Dgolden.update");
        }
        byte[] a = Files.readAllBytes(actual);
        byte[] e = Files.readAllBytes(expected);
        if (actual.toString().endsWith(".pdf")) {
            assertThat(pdfPages(a)).as("pages of %s", actual).isEqualTo(pdfPages(e));
        } else {
            assertThat(docx(a)).as("document of %s", actual).isEqualTo(docx(e));
        }
    }
}
