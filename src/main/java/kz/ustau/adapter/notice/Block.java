package kz.ustau.adapter.notice;

/** One block of a filled notice template, laid out alike in DOCX and PDF. */
sealed interface Block {
    /** The document's title, centred and bold. */
    record Title(String text) implements Block {}

    /** A subtitle under the title. */
    record Subtitle(String text) implements Block {}

    /** A line of the addressee block, set to the right. */
    record Address(String text) implements Block {}

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {}

    /** A row of the facts table. */
    record Row(String label, String value) implements Block {}

    /** A signature line: who signs, a line to sign on, the name. */
    record Signature(String label, String name) implements Block {}

    /**
     * A table of many columns (a statement's months): its columns, and its rows, each with a cell per column; the
     * header is repeated on every page the table runs onto. The last row is a total when {@code total}.
     */
    record Table(java.util.List<Column> columns, java.util.List<java.util.List<String>> rows, boolean total)
            implements Block {
        public Table {
            columns = java.util.List.copyOf(columns);
            rows = java.util.List.copyOf(rows);
            for (java.util.List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells in " + columns.size());
                }
            }
        }
    }

    /** A column of a {@link Table}: its heading, its share of the width, and whether it holds sums (set right). */
    record Column(String title, float weight, boolean numeric) {}

    /** Extra space. */
    record Space() implements Block {}
}
