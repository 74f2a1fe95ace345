package kz.ustau.adapter.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.adapter.files.WritCells;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.WritColumns;
import kz.ustau.domain.writ.Writ;

/**
 * The writ versions an earlier Ustau kept only as the line of the bailiff's file (before issue 13): each line is read
 * once more, exactly as it was checked on import, and its terms are written into the typed columns. A line that no
 * longer reads stops the migration with its writ and problems named: nothing is guessed.
 */
final class LegacyWrits {
    private LegacyWrits() {}

    /** Fills the typed columns of every version that has none; how many were filled. */
    static int fill(Connection db, ReferenceTables tables) throws SQLException {
        List<Object[]> legacy = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT writ_id, version, content, source, source_row"
                        + " FROM writ_version WHERE start_period IS NULL ORDER BY writ_id, version");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                legacy.add(
                        new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)});
            }
        }
        String set = String.join(" = ?, ", WritRows.COLUMNS) + " = ?";
        try (PreparedStatement u =
                db.prepareStatement("UPDATE writ_version SET " + set + " WHERE writ_id = ? AND version = ?")) {
            for (Object[] row : legacy) {
                Writ writ = parse((String) row[2], (String) row[3], (long) row[4], tables)
                        .orElseThrow(() -> new SQLException(
                                "writ " + row[0] + " version " + row[1] + " as kept cannot be read again"));
                int next = WritRows.bind(u, 1, writ);
                u.setString(next, (String) row[0]);
                u.setInt(next + 1, (int) row[1]);
                u.executeUpdate();
            }
        }
        return legacy.size();
    }

    /** A kept line read as the writs file reads it; empty when it has a problem. */
    static Optional<Writ> parse(String content, String source, long row, ReferenceTables tables) {
        List<String> cells = split(content);
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < WritColumns.ALL.size(); i++) {
            byColumn.put(WritColumns.ALL.get(i), i < cells.size() ? cells.get(i) : "");
        }
        Problems problems = new Problems();
        Optional<Writ> writ =
                new WritCells(source, row, byColumn::get, c -> c).asKept().writ(tables, problems, w -> {});
        return problems.isEmpty() ? writ : Optional.empty();
    }

    /** Splits one CSV line as the registry wrote it (RFC 4180 quoting). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
