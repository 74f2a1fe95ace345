package kz.ustau.domain.id;

import java.util.Optional;

/**
 * An IIN (ЖСН / ИИН, a person's) or BIN (БСН / БИН, an organisation's): 12 digits whose last is the two-pass
 * mod-11 check digit (RULES §10; identifiers.md). Both share the algorithm, so one type holds either; a value
 * that fails the check cannot be built.
 */
public record IdNumber(String digits) implements Comparable<IdNumber> {
    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public IdNumber {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a valid IIN/BIN: " + mask(digits));
        }
    }

    public static Optional<IdNumber> parse(String text) {
        return isValid(text) ? Optional.of(new IdNumber(text)) : Optional.empty();
    }

    /** Whether {@code text} is 12 digits with a matching check digit. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 12) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int check = checkDigit(text);
        return check != 10 && check == text.charAt(11) - '0';
    }

    /** The check digit the first 11 digits call for, or 10 when no digit fits (the number cannot exist). */
    public static int checkDigit(String elevenOrMoreDigits) {
        int c = weighted(elevenOrMoreDigits, FIRST);
        if (c == 10) {
            c = weighted(elevenOrMoreDigits, SECOND);
        }
        return c;
    }

    private static int weighted(String s, int[] weights) {
        int sum = 0;
        char[] digits = s.toCharArray(); // plain array loops: the JIT compiles them once (issue 4's bench)
        for (int i = 0; i < weights.length; i++) {
            sum += (digits[i] - '0') * weights[i];
        }
        return sum % 11;
    }

    /**
     * Whether this is a BIN, an organisation's number (RULES §8; identifiers.md): its fifth digit is the type — 4 a
     * resident legal entity, 5 a non-resident one, 6 a joint individual entrepreneur —, where an IIN has the first digit
     * of a day of birth, 0 to 3.
     */
    public boolean isBin() {
        char type = digits.charAt(4);
        return type >= '4' && type <= '6';
    }

    /** The number as logs and messages may show it: {@code 900101****34}. */
    public String masked() {
        return mask(digits);
    }

    /** Masks anything that may be an IIN: the first six and the last two characters stay, the rest become stars. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.length() <= 8) {
            return "*".repeat(t.length());
        }
        return t.substring(0, 6) + "*".repeat(t.length() - 8) + t.substring(t.length() - 2);
    }

    /**
     * Masks every run of exactly twelve digits in a free text (an excerpt of a cell quoted in a message), as
     * {@link #mask} masks one number: {@code Сейтқали;880514312008} → {@code Сейтқали;880514****08}. Digits that
     * continue a Latin code ({@code KZ00601B000000000777}, an IBAN the accountant must see to correct) are not an IIN.
     */
    public static String maskAll(String text) {
        return TWELVE_DIGITS.matcher(text).replaceAll("$1****$2");
    }

    private static final java.util.regex.Pattern TWELVE_DIGITS =
            java.util.regex.Pattern.compile("(?<![A-Za-z\\d])(\\d{6})\\d{4}(\\d{2})(?!\\d)");

    @Override
    public int compareTo(IdNumber other) {
        return digits.compareTo(other.digits);
    }

    /** Masked, so that an IIN never reaches a log by accident; use {@link #digits()} where the full number belongs. */
    @Override
    public String toString() {
        return masked();
    }
}
