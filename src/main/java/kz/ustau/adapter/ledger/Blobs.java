package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Files kept whole in the ledger (issue 13): gzip-compressed and cut into rows of at most {@value #CHUNK} bytes
 * ({@code stored_blob}, {@code stored_chunk}), streamed in and out, so that neither a million-line payroll nor its
 * explanation is ever whole in the heap, on SQLite or PostgreSQL alike.
 */
final class Blobs {
    static final int CHUNK = 1 << 20;
    static final String GZIP = "gzip";

    private Blobs() {}

    /**
     * Keeps the bytes of {@code file}, identified by {@code sha256} (of its bytes, or of what it is with): a file kept
     * before under the same digest and size is not kept twice — the same payroll, the same files exported again. Blobs
     * are never deleted, so the one kept is there for good.
     */
    static long store(Connection db, String employer, Path file, String sha256) throws SQLException, IOException {
        try (PreparedStatement s = db.prepareStatement(Scoped.sql(
                "SELECT id FROM stored_blob WHERE employer_bin = :employer AND sha256 = ? AND size = ?", employer))) {
            s.setString(1, sha256);
            s.setLong(2, Files.size(file));
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement s = db.prepareStatement(
                Scoped.sql(
                        "INSERT INTO stored_blob (employer_bin, sha256, size, encoding) VALUES (:employer,?,?,?)",
                        employer),
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, sha256);
            s.setLong(2, Files.size(file));
            s.setString(3, GZIP);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = db.prepareStatement(Scoped.sql(
                "INSERT INTO stored_chunk (employer_bin, blob_id, seq, bytes) VALUES (:employer,?,?,?)", employer))) {
            Chunks chunks = new Chunks(s, id);
            try (InputStream in = Files.newInputStream(file);
                    OutputStream out = new GZIPOutputStream(chunks, 1 << 16)) {
                in.transferTo(out);
            }
            chunks.drain(); // the compressor is finished: the last, partial chunk
        }
        return id;
    }

    /** Streams a kept file's bytes into {@code out}. */
    static void copy(Connection db, String employer, long blob, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement s = db.prepareStatement(Scoped.sql(
                "SELECT bytes FROM stored_chunk WHERE employer_bin = :employer AND blob_id = ? ORDER BY seq",
                employer))) {
            s.setLong(1, blob);
            s.setFetchSize(4);
            try (ResultSet rs = s.executeQuery();
                    InputStream in = new GZIPInputStream(new RowStream(rs), 1 << 16)) {
                in.transferTo(out);
            }
        }
    }

    /** The blob's SHA-256 as recorded. */
    static String sha256(Connection db, String employer, long blob) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                Scoped.sql("SELECT sha256 FROM stored_blob WHERE employer_bin = :employer AND id = ?", employer))) {
            s.setLong(1, blob);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no stored file " + blob);
                }
                return rs.getString(1).strip();
            }
        }
    }

    /** Bytes written go out as rows of at most {@link #CHUNK} bytes. */
    private static final class Chunks extends OutputStream {
        private final PreparedStatement insert;
        private final long blob;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private int seq;

        Chunks(PreparedStatement insert, long blob) {
            this.insert = insert;
            this.blob = blob;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == CHUNK) {
                drain();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    drain();
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        void drain() throws IOException {
            if (filled == 0) {
                return;
            }
            try {
                insert.setLong(1, blob);
                insert.setInt(2, seq++);
                insert.setBytes(3, Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IOException("the ledger: " + e.getMessage(), e);
            }
            filled = 0;
        }

        @Override
        public void close() {
            // drained by the caller once the compressor is finished: a close must not write half a file
        }
    }

    /** The rows of a result set of byte chunks, read one after another as one stream. */
    private static final class RowStream extends InputStream {
        private final ResultSet rows;
        private byte[] chunk = new byte[0];
        private int at;

        RowStream(ResultSet rows) {
            this.rows = rows;
        }

        private boolean more() throws IOException {
            try {
                while (at == chunk.length) {
                    if (!rows.next()) {
                        return false;
                    }
                    chunk = rows.getBytes(1);
                    at = 0;
                }
                return true;
            } catch (SQLException e) {
                throw new IOException("the ledger: " + e.getMessage(), e);
            }
        }

        @Override
        public int read() throws IOException {
            return more() ? chunk[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!more()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }
    }
}
