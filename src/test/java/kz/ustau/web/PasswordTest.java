package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The page's password is kept as a salted PBKDF2 hash and checked against it (issue 8). */
class PasswordTest {
    @Test
    void aPasswordMatchesOnlyItsOwnHashAndEachHashHasItsOwnSalt() {
        String first = Password.hash("Алматы-2026!".toCharArray());
        String second = Password.hash("Алматы-2026!".toCharArray());

        assertThat(first)
                .startsWith("pbkdf2-sha256$600000$")
                .doesNotContain("Алматы")
                .isNotEqualTo(second);
        assertThat(Password.matches("Алматы-2026!".toCharArray(), first)).isTrue();
        assertThat(Password.matches("Алматы-2026!".toCharArray(), second)).isTrue();
        assertThat(Password.matches("алматы-2026!".toCharArray(), first)).isFalse();
        assertThat(Password.matches("".toCharArray(), first)).isFalse();
        assertThat(Password.matches("Алматы-2026!".toCharArray(), "md5$abc")).isFalse();
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> Password.hash("123456789".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10");
    }
}
