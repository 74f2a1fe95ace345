package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.ustau.app.Problems;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A date cell reads as the day it shows in both of Excel's date systems (issue 15: the Mac's 1904 system). */
class XlsxDateSystemTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "1904 system: {0}")
    @ValueSource(booleans = {false, true})
    void aDateCellReadsAsTheDayItShows(boolean date1904) throws Exception {
        Path file = temp.resolve("dates.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            if (date1904) {
                var ct = book.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            assertThat(book.isDate1904()).isEqualTo(date1904);
            XSSFSheet sheet = book.createSheet("Лист1");
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            var cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2026, 10, 30)); // POI stores the serial of the workbook's system
            cell.setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        List<TableCell> read = new ArrayList<>();
        Problems problems = new Problems();
        new XlsxTable(file, "dates.xlsx", Optional.empty(), 10).read((n, cells) -> read.addAll(cells), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).kind()).isEqualTo(TableCell.Kind.DATE);
        assertThat(read.get(0).text()).isEqualTo("2026-10-30");
    }

    /** A pay date stored as a plain number (no date format) in a 1904 workbook counts from 1904 too. */
    @ParameterizedTest(name = "1904 system: {0}")
    @ValueSource(booleans = {false, true})
    void aSerialNumberWithoutADateFormatCountsInTheWorkbooksSystem(boolean date1904) throws Exception {
        LocalDate paid = LocalDate.of(2026, 11, 5);
        LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        Path file = temp.resolve("serials.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            if (date1904) {
                var ct = book.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            XSSFSheet sheet = book.createSheet("Лист1");
            String[] header = {"employee_id", "iin", "full_name", "period", "pay_date", "code", "amount"};
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("T1");
            r.createCell(1).setCellValue("880514312008");
            r.createCell(2).setCellValue("Сейтқали Ерлан");
            r.createCell(3).setCellValue("2026-10");
            r.createCell(4).setCellValue(java.time.temporal.ChronoUnit.DAYS.between(epoch, paid)); // a bare number
            r.createCell(5).setCellValue("SALARY");
            r.createCell(6).setCellValue(100000);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        List<kz.ustau.app.PayrollLine> lines = new ArrayList<>();
        Problems problems = new Problems();
        PayrollFiles.open(file, "serials.xlsx", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
                .read(lines::add, problems, w -> {});
        assertThat(problems.all()).isEmpty();
        assertThat(lines).singleElement().satisfies(l -> assertThat(l.payDate()).isEqualTo(paid));
    }
}
