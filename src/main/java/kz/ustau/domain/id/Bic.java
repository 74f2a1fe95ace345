package kz.ustau.domain.id;

import java.util.Optional;
import java.util.regex.Pattern;

/** A bank's BIC (БСК / БИК): 4 letters, {@code KZ}, 2 letters or digits, optionally a 3-character branch (RULES §10). */
public record Bic(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid Kazakh BIC: " + value);
        }
    }

    public static Optional<Bic> parse(String text) {
        return isValid(text) ? Optional.of(new Bic(text)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The 8-character institution part, for comparing a branch BIC with the bank's. */
    public String institution() {
        return value.substring(0, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
