package kz.ustau.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import kz.ustau.domain.money.Share;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildSupportShareTest {
    @ParameterizedTest(name = "{0} children: {1}/{2} matches {3}")
    @CsvSource({"1, 1, 4, true", "2, 1, 3, true", "3, 1, 2, true", "5, 1, 2, true", "1, 2, 8, true", "2, 1, 4, false"})
    void mfcArticle139(int children, int n, int d, boolean matches) {
        assertThat(ChildSupportShare.matches(new Share(n, d), children)).isEqualTo(matches);
    }
}
