package kz.ustau.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import kz.ustau.cli.Main;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The import bench of README (not a test): generates a wide XLSX and a long windows-1251 CSV of N rows, and times,
 * in a JVM of its own each ({@code tools/bench-import.sh}), Ustau's run through a mapping, the bare read (POI SAX,
 * opencsv, and FastCSV, which Ustau's CSV table is read with) and POI's {@code XSSFWorkbook}, with the peak heap each
 * used.
 */
public final class ImportBench {
    private ImportBench() {}

    /** The largest heap still in use right after a collection: the live data, not garbage not yet collected. */
    private static final AtomicLong LIVE_PEAK = new AtomicLong();

    public static void main(String[] args) throws Exception {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, h) -> {
                                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                        (javax.management.openmbean.CompositeData) n.getUserData());
                                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                        .mapToLong(java.lang.management.MemoryUsage::getUsed)
                                        .sum();
                                LIVE_PEAK.accumulateAndGet(used, Math::max);
                            },
                            null,
                            null);
        }
        String mode = args[0];
        Path file = Path.of(args[1]);
        // -Drounds=N: the same read N times in one JVM; the first is cold (the JIT compiling), the last steady
        int rounds = Integer.getInteger("rounds", 1);
        for (int round = 1; round < rounds; round++) {
            long start = System.nanoTime();
            String detail =
                    switch (mode) {
                        case "read" -> readOnly(file, args[2]);
                        case "bare-fastcsv" -> bareFastCsv(file);
                        default -> bareCsv(file);
                    };
            System.out.printf(
                    "%s %s round %d: %d ms (%s)%n",
                    mode, file.getFileName(), round, (System.nanoTime() - start) / 1_000_000, detail);
        }
        long start = System.nanoTime();
        String detail;
        switch (mode) {
            case "gen-xlsx" -> detail = genXlsx(file, Long.parseLong(args[2]));
            case "gen-month-xlsx" -> detail = genMonthXlsx(file, Long.parseLong(args[2]), Path.of(args[3]), 20);
            case "gen-csv" -> detail = genCsv(file, Long.parseLong(args[2]));
            case "ustau" -> detail = ustau(args);
            case "bare-sax" -> detail = bareSax(file);
            case "bare-opencsv" -> detail = bareCsv(file);
            case "bare-canonical" -> detail = bareCanonical(file);
            case "bare-fastcsv" -> detail = bareFastCsv(file);
            case "read" -> detail = readOnly(file, args[2]);
            case "usermodel" -> detail = usermodel(file);
            default -> throw new IllegalArgumentException(mode);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        System.out.printf(
                "%s %s: %d ms, peak heap %d MB, peak live heap %d MB (%s)%n",
                mode, file.getFileName(), ms, peakHeapMb(), LIVE_PEAK.get() / (1024 * 1024), detail);
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    static String iin(long i) {
        String body = String.format("%02d%02d%02d3%04d", 60 + i % 40, 1 + i % 12, 1 + i % 28, i % 10000);
        for (int k = 0; k < 10; k++) {
            String candidate = body.substring(0, 7) + String.format("%04d", (i + k) % 10000);
            int c = kz.ustau.domain.id.IdNumber.checkDigit(candidate);
            if (c != 10) {
                return candidate + c;
            }
        }
        throw new IllegalStateException();
    }

    static final String[] WIDE = {"Оклад", "Премия", "Командировочные", "ИПН", "ОПВ", "ВОСМС", "Аванс", "ОПВР"};

    /** The amounts of {@link #WIDE}'s columns on every row. */
    static final double[] AMOUNTS = {350000, 50000, 30000, 22225, 40000, 8000, 140000, 12250};

    /** The 1C «Свод» sheet's title in row 1 and its header in row 3 (what tools/bench-svod.properties maps). */
    static Sheet svod(SXSSFWorkbook wb) {
        Sheet s = wb.createSheet("Свод");
        s.createRow(0).createCell(0).setCellValue("Свод начислений и удержаний за октябрь 2026 г.");
        Row h = s.createRow(2);
        String[] fixed = {"Таб. №", "Сотрудник", "ИИН", "Дата выплаты"};
        for (int i = 0; i < fixed.length; i++) {
            h.createCell(i).setCellValue(fixed[i]);
        }
        for (int i = 0; i < WIDE.length; i++) {
            h.createCell(fixed.length + i).setCellValue(WIDE[i]);
        }
        return s;
    }

    static String genXlsx(Path file, long rows) throws Exception {
        // shared strings, as Excel and 1C write them (SXSSF's default would be inline strings), and a name per employee
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            wb.setCompressTempFiles(true);
            Sheet s = svod(wb);
            for (long r = 0; r < rows; r++) {
                Row row = s.createRow((int) r + 3);
                row.createCell(0).setCellValue("E" + r);
                row.createCell(1).setCellValue("Сейтқали Ерлан Бақытұлы " + r);
                row.createCell(2).setCellValue(iin(r));
                row.createCell(3).setCellValue("05.11.2026");
                for (int i = 0; i < AMOUNTS.length; i++) {
                    row.createCell(4 + i).setCellValue(AMOUNTS[i]);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return rows + " rows";
    }

    /**
     * Issue 21's XLSX month: a row per employee (eight codes across), each employee's name and IIN unique (so shared
     * strings grow with the employees, as in a real export), and a child-support writ for every {@code every}-th of
     * them in {@code writs}.
     */
    static String genMonthXlsx(Path file, long rows, Path writs, int every) throws Exception {
        long count = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                BufferedWriter w = Files.newBufferedWriter(writs, java.nio.charset.StandardCharsets.UTF_8)) {
            w.write("writ_id,debtor_iin,kind,share,start_period,claimant_name,claimant_iin,claimant_iban,claimant_bic,"
                    + "bailiff_name,case_number,writ_date\n");
            wb.setCompressTempFiles(true);
            Sheet s = svod(wb);
            for (long r = 0; r < rows; r++) {
                String iin = uniqueIin(r);
                Row row = s.createRow((int) r + 3);
                row.createCell(0).setCellValue("E" + r);
                row.createCell(1).setCellValue("Сейтқали Ерлан Бақытұлы " + r);
                row.createCell(2).setCellValue(iin);
                row.createCell(3).setCellValue("05.11.2026");
                for (int i = 0; i < AMOUNTS.length; i++) {
                    row.createCell(4 + i).setCellValue(AMOUNTS[i]);
                }
                if (r % every == 0) {
                    w.write("W%07d,%s,CHILD_SUPPORT,1/4,2025-01,Сейтқалиева Дина Маратқызы,900303460005,"
                                    .formatted(r, iin)
                            + "KZ90601A100000000001,HSBKKZKX,Тұрсынов А.Б.,02-%d-2025,2025-01-15\n".formatted(r));
                    count++;
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return rows + " rows, " + count + " writs";
    }

    /** The {@code n}-th of distinct valid IINs (n below 10^7): born on a day that n / 10,000 gives, serial n. */
    static String uniqueIin(long n) {
        long q = n / 10_000;
        String date = "%02d%02d%02d".formatted(60 + q / 336, 1 + q / 28 % 12, 1 + q % 28);
        for (char century : new char[] {'3', '4'}) {
            String eleven = date + century + "%04d".formatted(n % 10_000);
            int c = kz.ustau.domain.id.IdNumber.checkDigit(eleven);
            if (c != 10) {
                return eleven + c;
            }
        }
        throw new IllegalStateException("no check digit for " + n);
    }

    static String genCsv(Path file, long lines) throws Exception {
        String[] kinds = {
            "Оклад по дням",
            "Премия месячная",
            "Командировочные",
            "ИПН",
            "ОПВ",
            "ВОСМС",
            "Аванс за первую половину месяца",
            "ОПВР"
        };
        String[] amounts = {
            "350 000,00", "50 000,00", "30 000,00", "22 225,00", "40 000,00", "8 000,00", "140 000,00", "12 250,00"
        };
        try (BufferedWriter w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), Charset.forName("windows-1251")), 1 << 16)) {
            w.write(
                    "Расчетная ведомость за Октябрь 2026 г.\r\nОрганизация: ТОО «Пример»\r\n\r\nТаб. №;Сотрудник;ИИН;Вид расчета;Дата выплаты;Сумма\r\n");
            for (long i = 0; i < lines; i++) {
                long e = i / kinds.length;
                int k = (int) (i % kinds.length);
                w.write("E" + e + ";Сейткали Ерлан Бакытулы;" + iin(e) + ";" + kinds[k] + ";05.11.2026;" + amounts[k]
                        + "\r\n");
            }
        }
        return lines + " lines";
    }

    static String ustau(String[] args) {
        String[] run = java.util.Arrays.copyOfRange(args, 2, args.length);
        StringWriter err = new StringWriter();
        int exit = Main.execute(run, new PrintWriter(new StringWriter()), new PrintWriter(err), Clock.systemUTC());
        return "exit " + exit
                + (exit == 0 ? "" : " " + err.toString().lines().findFirst().orElse(""));
    }

    /** Only the reading through the mapping, no engine: every line handed on, counted. */
    static String readOnly(Path file, String mapping) throws Exception {
        AtomicLong lines = new AtomicLong();
        kz.ustau.app.Problems problems = new kz.ustau.app.Problems();
        kz.ustau.adapter.payroll.PayrollFiles.open(
                        file,
                        file.toString(),
                        java.util.Optional.of(mapping),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.of(20_000_000L))
                .read(l -> lines.incrementAndGet(), problems, w -> {});
        return lines.get() + " lines";
    }

    static String bareSax(Path file) throws Exception {
        AtomicLong rows = new AtomicLong();
        BigDecimal[] sum = {BigDecimal.ZERO};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int r) {
                                rows.incrementAndGet();
                            }

                            @Override
                            public void endRow(int r) {}

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                if (ref.startsWith("E") && !value.isEmpty() && Character.isDigit(value.charAt(0))) {
                                    sum[0] = sum[0].add(new BigDecimal(value.replace(",", "")));
                                }
                            }
                        },
                        false));
                xml.parse(new InputSource(sheet));
            }
        }
        return rows.get() + " rows, sum " + sum[0].toPlainString();
    }

    /** The bare read: opencsv, and the amount column summed, as the bare SAX read sums its amounts. */
    static String bareCsv(Path file) throws Exception {
        long lines = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (var reader = new com.opencsv.CSVReaderBuilder(
                        Files.newBufferedReader(file, Charset.forName("windows-1251")))
                .withCSVParser(new com.opencsv.RFC4180ParserBuilder()
                        .withSeparator(';')
                        .build())
                .build()) {
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                lines++;
                String last = cells[cells.length - 1];
                if (!last.isEmpty() && Character.isDigit(last.charAt(0))) {
                    sum = sum.add(new BigDecimal(last.replace(" ", "").replace(',', '.')));
                }
            }
        }
        return lines + " lines, sum " + sum.toPlainString();
    }

    /** A canonical payroll (UTF-8, {@code ,}) read bare with opencsv, its amounts summed: tools/bench.sh's yardstick. */
    static String bareCanonical(Path file) throws Exception {
        long lines = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (var reader = new com.opencsv.CSVReaderBuilder(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                .withCSVParser(new com.opencsv.RFC4180ParserBuilder().build())
                .withSkipLines(1)
                .build()) {
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                lines++;
                sum = sum.add(new BigDecimal(cells[6]));
            }
        }
        return lines + " lines, sum " + sum.toPlainString();
    }

    /** The same bare read with FastCSV, the parser Ustau reads an export's CSV with (decision #22). */
    static String bareFastCsv(Path file) throws Exception {
        long lines = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(';')
                .ofCsvRecord(Files.newBufferedReader(file, Charset.forName("windows-1251")))) {
            for (var record : reader) {
                lines++;
                String last = record.getField(record.getFieldCount() - 1);
                if (!last.isEmpty() && Character.isDigit(last.charAt(0))) {
                    sum = sum.add(new BigDecimal(last.replace(" ", "").replace(',', '.')));
                }
            }
        }
        return lines + " lines, sum " + sum.toPlainString();
    }

    static String usermodel(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return wb.getSheetAt(0).getLastRowNum() + " rows";
        }
    }
}
