package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.ustau.adapter.employer.EmployerProperties;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.adapter.writ.WritsCsv;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.api.Test;

/** The use case as an integrator embeds it (docs/library.md): its own payroll source, no command line. */
class RunMonthTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    static final IdNumber DEBTOR = new IdNumber("880514312008");

    /** A payroll that lives in the integrator's own system, handed over line by line. */
    record InMemoryPayroll(List<PayrollLine> lines) implements PayrollSource {
        @Override
        public String name() {
            return "hr-system";
        }

        @Override
        public void read(Consumer<PayrollLine> sink, Problems problems, Consumer<Warning> warnings) {
            lines.forEach(sink);
        }
    }

    static PayrollLine line(long row, String code, String amount) {
        return new PayrollLine(
                row,
                "T001",
                DEBTOR,
                "Сейтқали Ерлан Бақытұлы",
                YearMonth.of(2026, 3),
                LocalDate.of(2026, 3, 6),
                code,
                Tenge.of(amount),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private final RunMonth runMonth = new RunMonth(ReferenceTablesCsv.builtIn());

    private RunMonth.Request request(PayrollSource payroll) {
        return new RunMonth.Request(
                payroll,
                new WritsCsv(CASES.resolve("e1-one-child-quarter/writs.csv"), "writs.csv", Optional.empty()),
                new EmployerProperties(CASES.resolve("employer.properties"), "employer.properties"),
                Optional.empty(),
                LocalDateTime.of(2026, 3, 6, 10, 0),
                List.of(Messages.RUSSIAN),
                1);
    }

    @Test
    void e1ThroughTheLibrary() throws Exception {
        MonthResult result = runMonth.run(request(new InMemoryPayroll(List.of(
                line(1, "SALARY", "350000.00"),
                line(2, "BONUS", "50000.00"),
                line(3, "BUSINESS_TRIP", "30000.00"),
                line(4, "OPV", "40000.00"),
                line(5, "VOSMS", "8000.00"),
                line(6, "IPN", "22225.00")))));
        assertThat(result.period()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(result.debtors()).hasSize(1);
        assertThat(result.debtors().iterator().next().deductions().get(0).withheldTotal())
                .isEqualTo(Tenge.of("82443.75"));
        assertThat(result.payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(Tenge.of("82443.75"));
            assertThat(p.kod()).isEqualTo("17");
            assertThat(p.kbe()).isEqualTo("19");
            assertThat(p.knp()).isEqualTo("390");
            assertThat(p.transferDue()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(p.purpose())
                    .isEqualTo(
                            "Алименты за 03.2026 по исп. листу № 2-E1/24 от 15.01.2024, дело № 02-E1-2024, удержано из"
                                    + " заработной платы должника: Сейтқали Е. Б., ИИН 880514312008");
        });
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anUnknownCodeFromAnySourceIsAnInputProblemAtItsRow() {
        assertThatThrownBy(() -> runMonth.run(request(new InMemoryPayroll(List.of(line(41, "PREMIUM", "1.00"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.file() + ":" + p.row() + ":" + p.column() + ":" + p.code())
                        .containsExactly("hr-system:41:code:code.unknown"));
    }
}
