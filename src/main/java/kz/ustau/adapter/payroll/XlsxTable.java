package kz.ustau.adapter.payroll;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import kz.ustau.app.Problems;
import kz.ustau.domain.id.IdNumber;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX sheet read by streaming (POI's event API and a SAX handler of our own), never loading the workbook: a
 * million rows fit in {@code -Xmx256m}. Formula cells give their cached value; a formula without one, a cell longer
 * than Excel allows, more rows than the limit, a file that is not a workbook (an encrypted one, an old .xls, text), XML
 * with a DOCTYPE (external entities) or a zip bomb are reported as problems, never a crash or a hang.
 */
final class XlsxTable implements TableRows {
    /** Excel's own limit of characters in a cell. */
    static final int CELL_LIMIT = 32_767;
    /** The most characters all shared strings together may hold. */
    static final long SHARED_LIMIT = 50_000_000;

    private final Path file;
    private final String fileName;
    private final Optional<String> sheet;
    private final long maxRows;
    private String sheetName = "?";

    XlsxTable(Path file, String fileName, Optional<String> sheet, long maxRows) {
        this.file = file;
        this.fileName = fileName;
        this.sheet = sheet;
        this.maxRows = maxRows;
    }

    @Override
    public LocalDate dateEpoch() {
        return epoch;
    }

    @Override
    public String name() {
        return fileName + "[" + sheetName + "]";
    }

    /** The sheets of the workbook in order, or empty when it cannot be opened (each problem reported). */
    static List<String> sheets(Path file, String fileName, Problems problems) throws IOException {
        List<String> names = new ArrayList<>();
        if (!isWorkbook(file, fileName, problems)) {
            return names;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
        } catch (OpenXML4JException | POIXMLException | IllegalStateException | IOException e) {
            problems.add(fileName, 1, "-", "xlsx.unreadable", message(e));
        }
        return names;
    }

    @Override
    public void read(Sink sink, Problems problems) throws IOException {
        if (!isWorkbook(file, fileName, problems)) {
            return;
        }
        if (!prologsAreClean(problems)) {
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings shared = sharedStrings(reader, problems);
            if (shared == null) {
                return;
            }
            try (shared) {
                readSheet(reader, shared, sink, problems);
            }
        } catch (OpenXML4JException | POIXMLException | IllegalStateException | IOException e) {
            // a broken package, a zip bomb (POI's inflate-ratio guard): the file's fault, not an I/O failure
            problems.add(fileName, 1, "-", "xlsx.unreadable", message(e));
        } catch (SAXException e) {
            problems.add(name(), 1, "-", "xlsx.bad-xml", message(e));
        } catch (Stop stop) {
            // the sink or a limit ended the read; what stopped it is already reported
        }
    }

    /** The sheet the mapping names (or the first), row by row into the sink. */
    private void readSheet(XSSFReader reader, SharedStrings shared, Sink sink, Problems problems)
            throws IOException, SAXException, OpenXML4JException {
        StylesTable styles = reader.getStylesTable();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> seen = new ArrayList<>();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                seen.add(name);
                String position = "#" + seen.size();
                boolean wanted =
                        sheet.map(s -> s.equals(name) || s.equals(position)).orElse(true);
                if (!wanted) {
                    continue;
                }
                sheetName = name;
                parse(in, new SheetHandler(sink, problems, styles, shared));
                return;
            }
        }
        problems.add(fileName, 1, "-", "xlsx.no-such-sheet", sheet.orElse(""), String.join(", ", seen));
    }

    /** How far into a part its prolog is looked at: a DOCTYPE comes before the root element. */
    private static final int PROLOG = 4096;
    /** How much of workbook.xml is looked at for its date system: {@code workbookPr} comes near its start. */
    private static final int WORKBOOK_HEAD = 1 << 16;

    private static final java.util.regex.Pattern DATE1904 =
            java.util.regex.Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");
    /** Day 0 of the workbook's date system: 1899-12-30 (1900 system, past its leap-year bug) or 1904-01-01. */
    private volatile LocalDate epoch = LocalDate.of(1899, 12, 30);

    /**
     * Every XML part but the sheets and shared strings (read by Ustau's own secure parsers, which report a DOCTYPE as
     * {@code xlsx.bad-xml}) has its prolog looked at before POI opens the package, so that a DOCTYPE in
     * {@code [Content_Types].xml}, {@code workbook.xml} or {@code styles.xml} is {@code xlsx.bad-xml} too, not POI's
     * English; and workbook.xml's date system is read (a Mac workbook counts days from 1904). Only the first bytes of
     * each part are inflated: no zip bomb goes further.
     */
    private boolean prologsAreClean(Problems problems) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                String part = entry.getName();
                boolean xml = part.endsWith(".xml") || part.endsWith(".rels");
                if (!xml
                        || entry.isDirectory()
                        || part.startsWith("xl/worksheets/")
                        || part.endsWith("sharedStrings.xml")) {
                    continue;
                }
                boolean workbook = part.equals("xl/workbook.xml");
                String head;
                try (InputStream in = zip.getInputStream(entry)) {
                    head = new String(in.readNBytes(workbook ? WORKBOOK_HEAD : PROLOG), StandardCharsets.UTF_8);
                }
                int root = firstElement(head);
                if (head.substring(0, root < 0 ? head.length() : root)
                        .toUpperCase(Locale.ROOT)
                        .contains("<!DOCTYPE")) {
                    problems.add(fileName, 1, "-", "xlsx.bad-xml", part + ": DOCTYPE");
                    return false;
                }
                if (workbook && DATE1904.matcher(head).find()) {
                    epoch = LocalDate.of(1904, 1, 1);
                }
            }
        } catch (java.util.zip.ZipException e) {
            problems.add(fileName, 1, "-", "xlsx.unreadable", message(e));
            return false;
        }
        return true;
    }

    /** Where the root element starts: the first {@code <} not opening a declaration, comment or DOCTYPE. */
    private static int firstElement(String xml) {
        for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
            if (i + 1 < xml.length() && xml.charAt(i + 1) != '?' && xml.charAt(i + 1) != '!') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the file starts as a zip (an OOXML package); an OLE2 file is an encrypted workbook or an old .xls. */
    static boolean isWorkbook(Path file, String fileName, Problems problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(fileName, 1, "-", "file.missing", file.toString());
            return false;
        }
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            head = in.readNBytes(8);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return true;
        }
        boolean ole2 = head.length == 8
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
        problems.add(fileName, 1, "-", ole2 ? "xlsx.encrypted-or-xls" : "xlsx.not-a-workbook", "");
        return false;
    }

    /** The workbook's shared strings, read once into an off-heap store; null when they are refused (reported). */
    private SharedStrings sharedStrings(XSSFReader reader, Problems problems) throws IOException {
        SharedStrings strings = new SharedStrings();
        boolean kept = false;
        try {
            if (!read(reader, strings, problems)) {
                return null;
            }
            strings.finish();
            kept = true;
            return strings;
        } finally {
            if (!kept) {
                strings.close();
            }
        }
    }

    /** Reads the shared strings into {@code strings}; false when they are unusable (too long, too much, bad XML). */
    private boolean read(XSSFReader reader, SharedStrings strings, Problems problems) throws IOException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException e) {
            return true;
        }
        if (data == null) {
            return true;
        }
        long[] total = {0};
        try (InputStream in = data) {
            parse(in, new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inT;
                private boolean inRph;

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if (local.equals("si")) {
                        text.setLength(0);
                    } else if (local.equals("t")) {
                        inT = true;
                    } else if (local.equals("rPh")) {
                        inRph = true;
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if (local.equals("si")) {
                        try {
                            strings.add(text.toString());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    } else if (local.equals("t")) {
                        inT = false;
                    } else if (local.equals("rPh")) {
                        inRph = false;
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT && !inRph) {
                        text.append(ch, start, length);
                        total[0] += length;
                        if (text.length() > CELL_LIMIT) {
                            problems.add(
                                    fileName,
                                    1,
                                    "-",
                                    "table.cell-too-long",
                                    IdNumber.maskAll(text.substring(0, 40)) + "…",
                                    Integer.toString(CELL_LIMIT));
                            throw new Stop();
                        }
                        if (total[0] > SHARED_LIMIT) {
                            problems.add(
                                    fileName,
                                    1,
                                    "-",
                                    "xlsx.too-much-text",
                                    Long.toString(total[0]),
                                    Long.toString(SHARED_LIMIT));
                            throw new Stop();
                        }
                    }
                }
            });
        } catch (SAXException e) {
            problems.add(fileName, 1, "-", "xlsx.bad-xml", message(e));
            return false;
        } catch (Stop stop) {
            return false;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return true;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML reader", e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    /** Thrown inside the SAX handler to end a read early. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** The rows of a sheet: {@code <row r>}, {@code <c r t s>}, {@code <f>}, {@code <v>}, {@code <is><t>}. */
    private final class SheetHandler extends DefaultHandler {
        private final Sink sink;
        private final Problems problems;
        private final StylesTable styles;
        private final SharedStrings shared;
        private final StringBuilder value = new StringBuilder();
        private List<TableCell> cells = new ArrayList<>();
        private long rowNumber;
        private long rows;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        /** Per style: 0 not yet known, 1 a date, 2 not. */
        private byte[] dateStyles;

        SheetHandler(Sink sink, Problems problems, StylesTable styles, SharedStrings shared) {
            this.sink = sink;
            this.problems = problems;
            this.styles = styles;
            this.shared = shared;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
                    cells = new ArrayList<>();
                    column = -1;
                    if (++rows > maxRows) {
                        problems.add(
                                name(),
                                rowNumber,
                                "-",
                                "table.too-many-rows",
                                Long.toString(rows),
                                Long.toString(maxRows));
                        throw new Stop();
                    }
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? TableRows.cellColumn(ref) : column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
                if (value.length() > CELL_LIMIT) {
                    problems.add(
                            name(),
                            rowNumber,
                            TableRows.letter(Math.max(column, 0)),
                            "table.cell-too-long",
                            IdNumber.maskAll(value.substring(0, 40)) + "…",
                            Integer.toString(CELL_LIMIT));
                    throw new Stop();
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> put(column, cell());
                case "row" -> {
                    if (!sink.row(rowNumber, cells)) {
                        throw new Stop();
                    }
                }
                default -> {}
            }
        }

        private void put(int col, TableCell cell) {
            while (cells.size() < col) {
                cells.add(TableCell.EMPTY);
            }
            if (col >= 0) {
                cells.add(cell);
            }
        }

        private TableCell cell() {
            String v = value.toString();
            if (formula && v.isEmpty()) {
                return new TableCell("", TableCell.Kind.FORMULA_WITHOUT_VALUE);
            }
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return TableCell.EMPTY;
                }
                if (isDate(style)) {
                    // Excel's 1900 date system: day 1 is 1900-01-01, counted from 1899-12-30 past its leap-year bug;
                    // the 1904 system (workbookPr date1904): day 0 is 1904-01-01
                    long days = new BigDecimal(v)
                            .setScale(0, java.math.RoundingMode.FLOOR)
                            .longValueExact();
                    LocalDate date = epoch.plusDays(days);
                    return new TableCell(date.toString(), TableCell.Kind.DATE);
                }
                return new TableCell(TableCell.plainNumber(v), TableCell.Kind.NUMBER);
            }
            return switch (type) {
                case "s" -> TableCell.text(sharedString(v).strip());
                case "inlineStr", "str" -> TableCell.text(v.strip());
                case "b" -> TableCell.text(v.equals("1") ? "TRUE" : "FALSE");
                case "e" -> new TableCell(v, TableCell.Kind.ERROR);
                default -> TableCell.text(v.strip());
            };
        }

        /** A shared string by its number; a number the table does not have is the file's fault, reported. */
        private String sharedString(String v) {
            Optional<String> text = Optional.empty();
            try {
                text = shared.get(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (text.isEmpty()) {
                problems.add(
                        name(),
                        rowNumber,
                        TableRows.letter(Math.max(column, 0)),
                        "xlsx.bad-shared-string",
                        v,
                        Integer.toString(shared.size()));
                throw new Stop();
            }
            return text.get();
        }

        /** Whether a style is a date's, worked out once per style: a workbook has a few dozen, and millions of cells. */
        private boolean isDate(int styleIndex) {
            if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
                return false;
            }
            if (dateStyles == null) {
                dateStyles = new byte[styles.getNumCellStyles()];
            }
            if (dateStyles[styleIndex] == 0) {
                XSSFCellStyle s = styles.getStyleAt(styleIndex);
                boolean date = s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
                dateStyles[styleIndex] = (byte) (date ? 1 : 2);
            }
            return dateStyles[styleIndex] == 1;
        }
    }
}
