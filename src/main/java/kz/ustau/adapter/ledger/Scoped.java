package kz.ustau.adapter.ledger;

import java.util.regex.Pattern;

/**
 * The employer's scope written into a statement (issue 18, docs/bureau.md §1): every statement of the ledger names
 * {@code employer_bin} and marks its value {@code :employer}, which becomes the scope's BIN as a literal. The BIN is
 * twelve digits or empty (an employer not yet named), checked here, so the literal cannot change the statement; a
 * statement without the mark is refused, so that no query of the ledger can forget whose rows it reads.
 */
final class Scoped {
    static final String MARK = ":employer";

    private static final Pattern BIN = Pattern.compile("\\d{12}|");

    private Scoped() {}

    static String sql(String text, String employer) {
        if (!BIN.matcher(employer).matches()) {
            throw new IllegalStateException("an employer's scope is a BIN of 12 digits");
        }
        if (!text.contains(MARK)) {
            throw new IllegalStateException("a ledger statement without its employer: " + text);
        }
        return text.replace(MARK, "'" + employer + "'");
    }
}
