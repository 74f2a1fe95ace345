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
}
