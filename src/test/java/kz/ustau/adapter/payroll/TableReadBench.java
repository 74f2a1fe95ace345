package kz.ustau.adapter.payroll;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.app.Problems;

/** Bench (not a test): only the CSV table pass of a mapped read, to tell the table's cost from the mapping's. */
final class TableReadBench {
    private TableReadBench() {}

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            AtomicLong rows = new AtomicLong();
            new CsvTable(
                            Path.of(args[0]),
                            args[0],
                            Optional.of(TextEncoding.WINDOWS_1251),
                            Optional.of(';'),
                            20_000_000)
                    .read((line, cells) -> rows.incrementAndGet() > 0, new Problems());
            System.out.printf(
                    "table %s: %d ms, %d rows%n", args[0], (System.nanoTime() - start) / 1_000_000, rows.get());
        }
    }
}
