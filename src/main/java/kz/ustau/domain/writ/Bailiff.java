package kz.ustau.domain.writ;

import java.util.Objects;
import java.util.Optional;

/** The bailiff (сот орындаушысы / судебный исполнитель), private or state, who sent the writ. */
public record Bailiff(String name, Optional<String> office, Optional<String> address, Optional<String> email) {
    public Bailiff {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(email, "email");
    }
}
