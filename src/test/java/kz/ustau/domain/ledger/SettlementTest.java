package kz.ustau.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A month computed again against what its earlier orders paid (issue 13; RULES §9.1, MFC art. 172): each row gives
 * the month's withholding now and the earlier payments per writ, and what is due and what was overpaid.
 */
class SettlementTest {
    @ParameterizedTest(name = "now [{0}] paid [{1}] -> due [{2}] overpaid [{3}]")
    @CsvSource(
            delimiter = '|',
            value = {
                // the first export: everything is due, nothing is a correction
                "W01=113283.75 W02=5000.00 |                      | W01=113283.75 W02=5000.00 |",
                // a raise found on reopening: only the difference, as a correction
                "W01=128283.75             | W01=113283.75        | W01=15000.00*             |",
                // the same again: nothing
                "W01=113283.75             | W01=113283.75        |                           |",
                // less now: the overpayment is recorded, never netted
                "W01=100000.00             | W01=113283.75        |                           | W01=13283.75",
                // a writ paid before and withholding nothing now was overpaid by all it got
                "W02=10.00                 | W01=50.00 W02=10.00  |                           | W01=50.00",
                // a writ with nothing withheld and nothing paid gives nothing
                "W01=0.00                  |                      |                           |",
            })
    void settles(String now, String paid, String due, String overpaid) {
        List<Settlement.Withheld> withheld = new ArrayList<>();
        amounts(now).forEach((w, a) -> withheld.add(new Settlement.Withheld(w, a)));
        Settlement.Result r = Settlement.of(withheld, amounts(paid));
        assertThat(String.join(
                        " ",
                        r.due().stream()
                                .map(d -> d.writId() + "=" + d.amount().plain() + (d.correction() ? "*" : ""))
                                .toList()))
                .isEqualTo(due == null ? "" : due);
        assertThat(String.join(
                        " ",
                        r.overpaid().stream()
                                .map(o -> o.writId() + "=" + o.amount().plain())
                                .toList()))
                .isEqualTo(overpaid == null ? "" : overpaid);
    }

    static Map<String, Tenge> amounts(String text) {
        Map<String, Tenge> out = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.strip().split("\\s+")) {
                String[] p = pair.split("=");
                out.put(p[0], Tenge.of(p[1]));
            }
        }
        return out;
    }
}
