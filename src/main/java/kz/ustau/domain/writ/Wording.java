package kz.ustau.domain.writ;

import java.util.Objects;
import java.util.Optional;

/**
 * A name a letter quotes — a court, a bailiff's office, an address — as the writ gives it, and in Kazakh and in Russian
 * where the writs' register gives those too (columns {@code …_kk}, {@code …_ru}; issue 22: a Russian letter names the
 * court in Russian, «Специализированный межрайонный суд по делам несовершеннолетних города Алматы», a Kazakh one in
 * Kazakh). A language with no form of its own gets the text as given.
 */
public record Wording(String given, Optional<String> kk, Optional<String> ru) {
    public Wording {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(ru, "ru");
    }

    /** One text in every language. */
    public static Wording of(String text) {
        return new Wording(text, Optional.empty(), Optional.empty());
    }

    /**
     * The wording of the three cells, empty when all three are: the given text is the plain cell, else the Russian,
     * else the Kazakh one.
     */
    public static Optional<Wording> of(Optional<String> given, Optional<String> kk, Optional<String> ru) {
        Optional<String> text = given.or(() -> ru).or(() -> kk);
        return text.map(t -> new Wording(t, kk, ru));
    }

    /** The text in {@code lang} ({@code kk} or {@code ru}), else as given. */
    public String in(String lang) {
        Optional<String> own = "kk".equals(lang) ? kk : "ru".equals(lang) ? ru : Optional.empty();
        return own.orElse(given);
    }
}
