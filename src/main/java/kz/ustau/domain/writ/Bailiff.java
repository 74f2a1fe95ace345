package kz.ustau.domain.writ;

import java.util.Objects;
import java.util.Optional;

/**
 * The bailiff (сот орындаушысы / судебный исполнитель), private or state, who sent the writ: the post and name as the
 * writ gives them («Жеке сот орындаушысы Тұрсынов Алмас Бекұлы»), the office and address in the letter's language
 * where the register gives them ({@link Wording}).
 */
public record Bailiff(String name, Optional<Wording> office, Optional<Wording> address, Optional<String> email) {
    public Bailiff {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(email, "email");
    }
}
