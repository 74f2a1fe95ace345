package kz.ustau.adapter.payroll;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import kz.ustau.adapter.files.OwnerOnly;

/**
 * A workbook's shared strings (every text Excel or 1C stores once and cells point to by number), kept outside the
 * heap: written as UTF-8 to an owner-only temporary file and read back through a memory map, with only the offsets in
 * the heap (4 bytes a string). A million-row export names each employee, IIN and number once: as Java strings they
 * would fill {@code -Xmx256m} alone (issue 4). The file is deleted as soon as it is mapped (at close where the system
 * does not allow that); it holds personal data.
 */
final class SharedStrings implements AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private int[] offsets = new int[1024];
    private int count;
    private int size;
    private MappedByteBuffer map;
    private boolean deleted;

    SharedStrings() throws IOException {
        this.file = OwnerOnly.tempFile(null, "ustau-strings-", ".bin");
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** Adds the next string (its number is the count so far). */
    void add(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if ((long) size + bytes.length > Integer.MAX_VALUE) {
            throw new IOException("shared strings beyond 2 GB");
        }
        if (count + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count++] = size;
        out.write(bytes);
        size += bytes.length;
    }

    /** Ends the adding: the strings can be read from here on. */
    void finish() throws IOException {
        offsets[count] = size;
        out.close();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        try {
            Files.delete(file); // the mapping stays readable; nothing is left on disk
            deleted = true;
        } catch (IOException e) {
            // a system that keeps mapped files: deleted at close
        }
    }

    int size() {
        return count;
    }

    /** The string of that number, or empty when the workbook points past its table. */
    Optional<String> get(int index) {
        if (index < 0 || index >= count) {
            return Optional.empty();
        }
        int start = offsets[index];
        byte[] bytes = new byte[offsets[index + 1] - start];
        map.get(start, bytes);
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        map = null;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!deleted) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit(); // still mapped where the system forbids deleting it
                }
            }
        }
    }
}
