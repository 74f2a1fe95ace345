package kz.ustau.app;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.ustau.domain.id.IdNumber;

/**
 * One thing wrong in an input file, precise enough for an accountant to fix it (CONTRACT §2): the file as given, the
 * 1-based physical row where the record starts (the header is row 1), the column as written in the file, a stable
 * code ({@code iin.bad-checksum}), the value as found (an IIN masked), and the arguments of the message.
 */
public record InputProblem(String file, long row, String column, String code, String found, List<String> args) {
    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(found, "found");
        args = List.copyOf(args);
    }

    public static InputProblem of(String file, long row, String column, String code, String found, String... args) {
        return new InputProblem(file, row, column, code, found, List.of(args));
    }

    /**
     * {@code FILE:ROW:COLUMN: what is wrong: found "value", expected … [code]}, in the language given: always one line,
     * a line break inside a quoted cell shown as {@code ⏎}, a value longer than {@value #SHOWN} characters cut, and
     * every twelve-digit number in it masked, whatever column it was found in (an IIN shifted into the amount column is
     * still an IIN).
     */
    public String message(Locale locale) {
        return "%s:%d:%s: %s"
                .formatted(
                        file,
                        row,
                        oneLine(column),
                        Messages.problem(locale, code, oneLine(IdNumber.maskAll(found)), args));
    }

    /** The most characters of a value a message shows. */
    static final int SHOWN = 200;

    static String oneLine(String text) {
        String flat = text.replace("\r\n", "⏎").replaceAll("[\\r\\n]", "⏎").replaceAll("\\p{Cntrl}", " ");
        return flat.length() > SHOWN ? flat.substring(0, SHOWN) + "…" : flat;
    }
}
