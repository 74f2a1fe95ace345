package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.kzt;
import static kz.ustau.domain.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import kz.ustau.domain.income.IncomeLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeductionBaseTest {
    @Test
    void e1TheTripIsLeftOutAndAllTaxesComeOff() {
        var result = DeductionBase.of(
                List.of(
                        line("SALARY", "350000.00"),
                        line("BONUS", "50000.00"),
                        line("BUSINESS_TRIP", "30000.00"),
                        line("OPV", "40000.00"),
                        line("VOSMS", "8000.00"),
                        line("IPN", "22225.00")),
                Settings.BaseTax.ALL);
        assertThat(result.base()).isEqualTo(kzt("329775.00"));
        assertThat(result.attachable()).isEqualTo(kzt("400000.00"));
        assertThat(result.excluded()).extracting(l -> l.type().code()).containsExactly("BUSINESS_TRIP");
        assertThat(result.taxTotal()).isEqualTo(kzt("70225.00"));
    }

    /** Lines as CODE=amount; expected base. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SALARY=100000.00 SALARY=-20000.00 IPN=8000.00, 72000.00", // a reversal counts
        "SALARY=10000.00 IPN=12000.00, 0.00", // never below zero
        "MATERIAL_AID=50000.00 CHILDCARE_BENEFIT=40000.00, 0.00", // art. 98 items 8, 5
        "SALARY=100000.00 ADVANCE=40000.00 UNION_DUES=1000.00 OPVR=3500.00 SO=5000.00, 100000.00",
        "SALARY=100000.00 LOAN_REPAYMENT=20000.00 WRIT_WITHHELD=25000.00, 100000.00",
        "VACATION=80000.00 SICK=20000.00 OPV=10000.00, 90000.00",
        "HARMFUL_COMP=30000.00 SALARY=100000.00 OPV=13000.00, 87000.00"
    })
    void baseIsAttachableAccrualsLessTaxes(String lines, String base) {
        assertThat(DeductionBase.of(parse(lines), Settings.BaseTax.ALL).base()).isEqualTo(kzt(base));
    }

    @ParameterizedTest(name = "PROPORTIONAL {0} -> {1}")
    @CsvSource({
        "SALARY=300000.00 MATERIAL_AID=100000.00 IPN=40000.00, 270000.00", // 3/4 of the tax
        "SALARY=100000.00 IPN=10000.00, 90000.00",
        "MATERIAL_AID=100000.00 IPN=10000.00, 0.00",
        "SALARY=100000.00 BUSINESS_TRIP=200000.00 IPN=10000.00, 96666.67"
    })
    void proportionalTaxesFallOnAttachableIncomeOnly(String lines, String base) {
        assertThat(DeductionBase.of(parse(lines), Settings.BaseTax.PROPORTIONAL).base())
                .isEqualTo(kzt(base));
    }

    static List<IncomeLine> parse(String lines) {
        return Arrays.stream(lines.split("\\s+"))
                .map(s -> s.split("="))
                .map(kv -> line(kv[0], kv[1]))
                .toList();
    }
}
