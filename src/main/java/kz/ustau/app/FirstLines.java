package kz.ustau.app;

/**
 * Each employee's first payroll line, kept compactly, so that every later line of the employee can be checked against
 * it (the same IIN, name, dismissal and new-job columns) in memory that grows by about 48 bytes an employee (issue 21:
 * a million employees in {@code -Xmx256m}, with room for the debtors' own lines). An open-addressing table of
 * primitive arrays holds, per employee: a 64-bit hash of the employee's number, the row of the first line, a 64-bit
 * fingerprint of all its fields together (a difference is found unless two different texts collide, once in 2^64),
 * and six bits per field that name which field differs. Two employee numbers whose 64-bit hashes collide would be
 * taken for one employee: with a million employees, once in about 3·10^7 months (decision #37).
 */
final class FirstLines {
    static final int FIELDS = 5;
    private static final int BITS = 6;

    private long[] keys = new long[1 << 10];
    private int[] rows = new int[keys.length];
    private long[] prints = new long[keys.length];
    private int[] fieldPrints = new int[keys.length];
    private int size;
    private long lastFirstRow;

    /**
     * Records the first line of {@code employeeId}, or compares {@code values} with it: a bit set for every field that
     * differs ({@code 1 << i} for {@code values[i]}), 0 when the line agrees or is the employee's first.
     */
    int compare(String employeeId, long row, String[] values) {
        if (values.length != FIELDS) {
            throw new IllegalArgumentException("the fields of a line are " + FIELDS + ", got " + values.length);
        }
        long key = mix(fnv(employeeId));
        if (key == 0) {
            key = 1; // 0 marks an empty slot
        }
        long print = 0x84222325cbf29ce4L;
        int fields = 0;
        for (int i = 0; i < FIELDS; i++) {
            long f = fnv(values[i]);
            print = mix(print ^ f);
            fields |= (int) (mix(f) >>> (64 - BITS)) << (i * BITS);
        }
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                lastFirstRow = rows[slot];
                if (prints[slot] == print) {
                    return 0;
                }
                int differ = 0;
                for (int i = 0; i < FIELDS; i++) {
                    int bitsMask = ((1 << BITS) - 1) << (i * BITS);
                    if ((fieldPrints[slot] & bitsMask) != (fields & bitsMask)) {
                        differ |= 1 << i;
                    }
                }
                // the fields' six bits agree by chance (one in 64 each): say that some field differs, the first one
                return differ == 0 ? 1 : differ;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = (int) Math.min(row, Integer.MAX_VALUE);
        prints[slot] = print;
        fieldPrints[slot] = fields;
        lastFirstRow = row;
        if (++size * 4 > keys.length * 3) {
            grow();
        }
        return 0;
    }

    /** The row of the first line of the employee last compared. */
    long firstRow() {
        return lastFirstRow;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        long[] oldPrints = prints;
        int[] oldFields = fieldPrints;
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length];
        prints = new long[keys.length];
        fieldPrints = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) oldKeys[i] & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
                prints[slot] = oldPrints[i];
                fieldPrints[slot] = oldFields[i];
            }
        }
    }

    /** FNV-1a, 64 bits, over the text's characters. */
    private static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3's finaliser: every bit of the input moves every bit of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
