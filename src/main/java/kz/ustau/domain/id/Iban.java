package kz.ustau.domain.id;

import java.math.BigInteger;
import java.util.Optional;

/** A Kazakh IBAN (ЖСК / ИИК): {@code KZ}, 2 check digits, a 3-digit bank code and 13 characters, ISO 13616 mod 97. */
public record Iban(String value) {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid KZ IBAN: " + value);
        }
    }

    public static Optional<Iban> parse(String text) {
        return isValid(text) ? Optional.of(new Iban(text)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        if (text == null || text.length() != 20 || !text.startsWith("KZ")) {
            return false;
        }
        if (!text.substring(2, 4).chars().allMatch(Character::isDigit)
                || !text.substring(4, 7).chars().allMatch(c -> c >= '0' && c <= '9')
                || !text.substring(7).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return false;
        }
        return mod97(text.substring(4) + text.substring(0, 4)) == 1;
    }

    /** ISO 7064 mod 97-10 of the rearranged IBAN, letters as 10…35. */
    static int mod97(String rearranged) {
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else {
                digits.append(c - 'A' + 10);
            }
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    /** The IBAN's 3-digit bank code (positions 5–7), which maps to a BIC in banks.csv. */
    public String bankCode() {
        return value.substring(4, 7);
    }

    @Override
    public String toString() {
        return value;
    }
}
