package kz.ustau.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order of months (issue 13; RULES §4): each row is a ledger (month:STATUS, a stale month with its cause as
 * STALE<cause, a month with orders issued marked *), a step, a month, and the verdict.
 */
class MonthOrderTest {
    @ParameterizedTest(name = "[{0}] {1} {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the first month of an empty ledger may be any month
                "                                   | run    | 2026-10 | ALLOWED",
                "2026-10:LOCKED                     | run    | 2026-11 | ALLOWED",
                "2026-10:SKIPPED                    | run    | 2026-11 | ALLOWED",
                // the case: August closed before July
                "2026-07:OPEN                       | run    | 2026-08 | EARLIER_NOT_CLOSED 2026-07",
                "2026-06:LOCKED                     | run    | 2026-08 | EARLIER_NOT_CLOSED 2026-07",
                "2026-10:LOCKED 2026-11:STALE<2026-10 2026-12:STALE<2026-10 | run | 2026-12 | EARLIER_NOT_CLOSED 2026-11",
                // a skipped month in between does not hide an open one before it
                "2026-10:OPEN 2026-11:SKIPPED 2026-12:STALE<2026-10 | run | 2026-12 | EARLIER_NOT_CLOSED 2026-10",
                "2026-10:LOCKED                     | run    | 2026-09 | BEFORE_FIRST 2026-10",
                "2026-10:LOCKED                     | run    | 2026-10 | LOCKED 2026-10",
                "2026-10:SKIPPED                    | run    | 2026-10 | SKIPPED 2026-10",
                "2026-10:OPEN                       | run    | 2026-10 | ALLOWED",
                "2026-10:LOCKED 2026-11:STALE<2026-10 | run  | 2026-11 | ALLOWED",
                // export: computed, not stale, every earlier month closed; a locked month again gives the same files
                "                                   | export | 2026-10 | NOT_RUN 2026-10",
                "2026-10:OPEN                       | export | 2026-10 | ALLOWED",
                "2026-10:LOCKED                     | export | 2026-10 | ALLOWED",
                "2026-10:OPEN 2026-11:STALE<2026-10 | export | 2026-11 | STALE 2026-10",
                "2026-10:LOCKED 2026-11:OPEN        | export | 2026-11 | ALLOWED",
                "2026-10:SKIPPED                    | export | 2026-10 | SKIPPED 2026-10",
                // skip: never over a locked month or one whose money has gone out
                "2026-10:LOCKED                     | skip   | 2026-11 | ALLOWED",
                "2026-10:LOCKED                     | skip   | 2026-10 | LOCKED 2026-10",
                "2026-10:LOCKED 2026-11:OPEN*       | skip   | 2026-11 | ORDERS_ISSUED 2026-11",
                "2026-10:OPEN                       | skip   | 2026-11 | EARLIER_NOT_CLOSED 2026-10",
                // reopen: locked or skipped months only
                "2026-10:LOCKED                     | reopen | 2026-10 | ALLOWED",
                "2026-10:SKIPPED                    | reopen | 2026-10 | ALLOWED",
                "2026-10:OPEN                       | reopen | 2026-10 | NOT_CLOSED 2026-10",
                "                                   | reopen | 2026-10 | NOT_RUN 2026-10",
            })
    void verdicts(String ledger, String step, String period, String expected) {
        List<LedgerMonth> months = ledger(ledger);
        YearMonth month = YearMonth.parse(period);
        MonthOrder.Verdict verdict =
                switch (step) {
                    case "run" -> MonthOrder.toRun(months, month);
                    case "export" -> MonthOrder.toExport(months, month);
                    case "skip" -> MonthOrder.toSkip(months, month);
                    case "reopen" -> MonthOrder.toReopen(months, month);
                    default -> throw new IllegalArgumentException(step);
                };
        String shown = verdict instanceof MonthOrder.Verdict.Refused r ? r.why() + " " + r.month() : "ALLOWED";
        assertThat(shown).isEqualTo(expected);
        assertThat(verdict.allowed()).isEqualTo(expected.equals("ALLOWED"));
    }

    @ParameterizedTest(name = "[{0}] {1} changes -> stale {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-10:LOCKED 2026-11:LOCKED 2026-12:OPEN | 2026-10 | 2026-11 2026-12",
                "2026-10:LOCKED 2026-11:SKIPPED 2026-12:LOCKED | 2026-10 | 2026-12",
                // a later cause gives way to the earlier one; an earlier cause stays
                "2026-10:LOCKED 2026-11:OPEN 2026-12:STALE<2026-11 | 2026-10 | 2026-11 2026-12",
                "2026-09:LOCKED 2026-10:OPEN 2026-11:STALE<2026-09 | 2026-10 | ''",
                "2026-10:LOCKED                               | 2026-10 | ''",
            })
    void aChangedMonthMakesTheLaterOnesStale(String ledger, String changed, String expected) {
        List<String> stale = MonthOrder.madeStale(ledger(ledger), YearMonth.parse(changed)).stream()
                .map(YearMonth::toString)
                .toList();
        assertThat(String.join(" ", stale)).isEqualTo(expected);
    }

    static List<LedgerMonth> ledger(String text) {
        List<LedgerMonth> months = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return months;
        }
        for (String m : text.strip().split("\\s+")) {
            String[] parts = m.split(":");
            boolean issued = parts[1].endsWith("*");
            String status = parts[1].replace("*", "");
            Optional<YearMonth> cause = Optional.empty();
            if (status.contains("<")) {
                cause = Optional.of(YearMonth.parse(status.substring(status.indexOf('<') + 1)));
                status = status.substring(0, status.indexOf('<'));
            }
            months.add(new LedgerMonth(
                    YearMonth.parse(parts[0]), MonthStatus.valueOf(status), cause, Optional.empty(), issued));
        }
        return months;
    }
}
