package kz.ustau.adapter.files;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.app.Problems;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;

/**
 * One cell of an input file and the ways to read it as CONTRACT §3 says. Each reader returns the value, or empty and
 * reports why: a blank cell is a problem only when the value is {@link Need#REQUIRED}. An IIN is never echoed in full.
 */
public record Cell(String file, long row, String column, String raw) {
    /** Digits with one {@code .} or {@code ,} and at most 2 decimals, a leading {@code -} for a reversal. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+([.,]\\d{1,2})?");

    private static final Pattern AMOUNT_MORE_DECIMALS = Pattern.compile("-?\\d+[.,]\\d{3,}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RU_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
    private static final Pattern ISO_PERIOD = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RU_PERIOD = Pattern.compile("(\\d{2})\\.(\\d{4})");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,4})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern IBAN_SHAPE = Pattern.compile("KZ\\d{2}\\d{3}[0-9A-Z]{13}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    /** Whether a blank cell is a problem. */
    public enum Need {
        REQUIRED,
        OPTIONAL
    }

    public boolean isBlank() {
        return !startsWithText(raw) && raw.isBlank();
    }

    /**
     * Whether the text surely is not blank from its first character alone: anything above a space and below U+1680, the
     * first Unicode space ({@link Character#isWhitespace}), is not white space.
     */
    private static boolean startsWithText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first > ' ' && first < '\u1680';
    }

    private boolean blank(Problems problems, Need need) {
        if (startsWithText(raw) || !raw.isBlank()) {
            return false;
        }
        if (need == Need.REQUIRED) {
            problems.add(file, row, column, "cell.required", "");
        }
        return true;
    }

    private void bad(Problems problems, String code, String found, String... args) {
        problems.add(file, row, column, code, found, args);
    }

    public Optional<String> text(Problems problems, Need need) {
        return blank(problems, need) ? Optional.empty() : Optional.of(raw);
    }

    /** An amount: {@code 1 234 567,89}, {@code 1234567.89}, {@code -500}; nothing else ({@code 1e5}, {@code +5}, {@code .5}). */
    public Optional<Tenge> amount(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        BigDecimal plainDigits = plainAmount(raw);
        return plainDigits != null ? Optional.of(new Tenge(plainDigits)) : anyAmount(problems);
    }

    /** The full reading of an amount, with its error: what {@link #plainAmount} leaves. */
    Optional<Tenge> anyAmount(Problems problems) {
        boolean spaced = SPACES.matcher(raw).find();
        String plain = spaced ? SPACES.matcher(raw).replaceAll("") : raw;
        if (AMOUNT_MORE_DECIMALS.matcher(plain).matches()) {
            bad(problems, "amount.too-many-decimals", raw);
            return Optional.empty();
        }
        if (!AMOUNT.matcher(plain).matches() || (spaced && !groupsAreSpaces(raw))) {
            bad(problems, "amount.not-a-number", raw);
            return Optional.empty();
        }
        return Optional.of(new Tenge(new BigDecimal(plain.replace(',', '.'))));
    }

    /**
     * The common shapes without a regular expression: {@code -?digits([.,]d{1,2})?}, or the integer part in groups of
     * three after the first, each after one space (plain, no-break or narrow no-break), as 1C writes {@code 350 000,00}.
     * {@code null} for any other text, which then goes the long way with its error: every text read here is read the
     * same by the long way.
     */
    public static BigDecimal plainAmount(String raw) {
        char[] text = raw.toCharArray(); // a plain array: the JIT compiles the loops once (issue 4's bench)
        int n = text.length;
        int i = 0;
        boolean negative = n > 0 && text[0] == '-';
        if (negative) {
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int group = 0;
        int groups = 0;
        for (; i < n; i++) {
            char ch = text[i];
            if (ch >= '0' && ch <= '9') {
                if (++digits > 15) {
                    return null;
                }
                unscaled = unscaled * 10 + (ch - '0');
                group++;
            } else if (ch == ' ' || ch == '\u00A0' || ch == '\u202F') {
                if (group == 0 || group > 3 || (groups > 0 && group != 3)) {
                    return null;
                }
                groups++;
                group = 0;
            } else {
                break;
            }
        }
        if (group == 0 || (groups > 0 && group != 3)) {
            return null;
        }
        int scale = 0;
        if (i < n) {
            char sep = text[i];
            scale = n - i - 1;
            if ((sep != '.' && sep != ',') || scale < 1 || scale > 2) {
                return null;
            }
            for (int j = i + 1; j < n; j++) {
                char ch = text[j];
                if (ch < '0' || ch > '9') {
                    return null;
                }
                unscaled = unscaled * 10 + (ch - '0');
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** Spaces may separate thousands only: groups of three digits after the first. */
    private static boolean groupsAreSpaces(String raw) {
        String unsigned = raw.strip();
        String[] groups = SPACES.split(unsigned.startsWith("-") ? unsigned.substring(1) : unsigned);
        if (groups.length == 1) {
            return true;
        }
        for (int i = 1; i < groups.length; i++) {
            String g = groups[i];
            String digits = i == groups.length - 1 ? g.split("[.,]")[0] : g;
            if (digits.length() != 3) {
                return false;
            }
        }
        return groups[0].length() <= 3;
    }

    /** An amount that is zero or more (a debt, a fee). */
    public Optional<Tenge> nonNegativeAmount(Problems problems, Need need) {
        Optional<Tenge> value = amount(problems, need);
        if (value.isPresent() && value.get().isNegative()) {
            bad(problems, "amount.negative", raw);
            return Optional.empty();
        }
        return value;
    }

    /** An amount above zero (a fixed sum). */
    public Optional<Tenge> positiveAmount(Problems problems, Need need) {
        Optional<Tenge> value = amount(problems, need);
        if (value.isPresent() && !value.get().isPositive()) {
            bad(problems, "amount.not-positive", raw);
            return Optional.empty();
        }
        return value;
    }

    /** A date {@code YYYY-MM-DD} or {@code DD.MM.YYYY}. */
    public Optional<LocalDate> date(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO_DATE.matcher(raw);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher ru = RU_DATE.matcher(raw);
            if (ru.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(ru.group(3)), Integer.parseInt(ru.group(2)), Integer.parseInt(ru.group(1))));
            }
        } catch (DateTimeException e) {
            bad(problems, "date.no-such-day", raw);
            return Optional.empty();
        }
        bad(problems, "date.bad", raw);
        return Optional.empty();
    }

    /** A period {@code YYYY-MM} or {@code MM.YYYY}. */
    public Optional<YearMonth> period(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO_PERIOD.matcher(raw);
            if (iso.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
            }
            Matcher ru = RU_PERIOD.matcher(raw);
            if (ru.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(ru.group(2)), Integer.parseInt(ru.group(1))));
            }
        } catch (DateTimeException e) {
            bad(problems, "period.bad", raw);
            return Optional.empty();
        }
        bad(problems, "period.bad", raw);
        return Optional.empty();
    }

    /** A share {@code n/d} with {@code 0 < n <= d}. */
    public Optional<Share> share(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        Matcher m = SHARE.matcher(raw);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            int d = Integer.parseInt(m.group(2));
            if (n > 0 && d > 0 && n <= d) {
                return Optional.of(new Share(n, d));
            }
        }
        bad(problems, "share.bad", raw);
        return Optional.empty();
    }

    /** An IIN or BIN with a valid check digit; shown masked when wrong. */
    public Optional<IdNumber> idNumber(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        if (!twelveDigits(raw)) {
            bad(problems, "iin.shape", IdNumber.mask(raw));
            return Optional.empty();
        }
        Optional<IdNumber> id = IdNumber.parse(raw);
        if (id.isEmpty()) {
            bad(problems, "iin.bad-checksum", IdNumber.mask(raw));
        }
        return id;
    }

    private static boolean twelveDigits(String text) {
        if (text.length() != 12) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A KZ IBAN; spaces inside are ignored, letters are taken in upper case. */
    public Optional<Iban> iban(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        String value = raw.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (!IBAN_SHAPE.matcher(value).matches()) {
            bad(problems, "iban.shape", raw);
            return Optional.empty();
        }
        Optional<Iban> iban = Iban.parse(value);
        if (iban.isEmpty()) {
            bad(problems, "iban.bad-checksum", raw);
        }
        return iban;
    }

    public Optional<Bic> bic(Problems problems, Need need) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        Optional<Bic> bic = Bic.parse(raw.toUpperCase(java.util.Locale.ROOT));
        if (bic.isEmpty()) {
            bad(problems, "bic.bad", raw);
        }
        return bic;
    }

    /** One of {@code choices}, compared case-insensitively; returned as the choice is written. */
    public Optional<String> oneOf(Problems problems, Need need, java.util.List<String> choices) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        for (String c : choices) {
            if (c.equalsIgnoreCase(raw)) {
                return Optional.of(c);
            }
        }
        bad(problems, "value.not-one-of", raw, String.join(", ", choices));
        return Optional.empty();
    }

    /** A whole number from {@code min} to {@code max}. */
    public Optional<Integer> integer(Problems problems, Need need, int min, int max) {
        if (blank(problems, need)) {
            return Optional.empty();
        }
        if (WHOLE.matcher(raw).matches()) {
            int v = Integer.parseInt(raw);
            if (v >= min && v <= max) {
                return Optional.of(v);
            }
        }
        bad(problems, "integer.bad", raw, Integer.toString(min), Integer.toString(max));
        return Optional.empty();
    }

    /** A decimal number above zero with at most 2 decimals, such as an MRP multiple {@code 8} or {@code 2,5}. */
    public Optional<BigDecimal> positiveDecimal(Problems problems, Need need) {
        Optional<Tenge> value = positiveAmount(problems, need);
        return value.map(t -> t.amount().stripTrailingZeros());
    }
}
