package kz.ustau.adapter.files;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CSV file Ustau wrote into a month's folder (a register: deductions, payments, notices, warnings), read back by column. */
public final class CsvRegister {
    private CsvRegister() {}

    /** The rows of the file by its header's columns; none when there is no such file. */
    public static List<Map<String, String>> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReaderHeaderAware csv = new CSVReaderHeaderAware(r)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
        }
        return rows;
    }
}
