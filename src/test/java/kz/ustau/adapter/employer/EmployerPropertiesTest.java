package kz.ustau.adapter.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.app.InputProblem;
import kz.ustau.app.Problems;
import kz.ustau.domain.id.Bic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** employer.properties as a file on disk: the 1C file's sender and the banks' BINs (issue 14). */
class EmployerPropertiesTest {
    static final Path SAMPLE = Path.of("sample-payroll/employer.properties");

    @TempDir
    Path temp;

    private Optional<Employer> read(String extra, Problems problems) throws Exception {
        Path file = temp.resolve("employer.properties");
        Files.writeString(file, Files.readString(SAMPLE) + extra, StandardCharsets.UTF_8);
        return new EmployerProperties(file, "employer.properties").read(problems);
    }

    @Test
    void theSampleNamesItsSenderAndTwoBanksBins() throws Exception {
        Employer e = new EmployerProperties(SAMPLE, "employer.properties")
                .read(new Problems())
                .orElseThrow();
        assertThat(e.exchangeSender()).isEqualTo("Бухгалтерия для Казахстана, редакция 3.0");
        assertThat(e.bankBin(new Bic("HSBKKZKX")).orElseThrow().digits()).isEqualTo("940140000385");
        assertThat(e.bankBin(new Bic("KSNVKZKA"))).isEmpty();
    }

    @Test
    void withoutTheKeysTheDefaultSenderAndNoBins() throws Exception {
        Path file = temp.resolve("plain.properties");
        Files.writeString(
                file,
                Files.readString(SAMPLE).replaceAll("(?m)^(payment\\.1c\\.sender|bank\\.bin\\.[A-Z]+)=.*\\n", ""),
                StandardCharsets.UTF_8);
        Employer e = new EmployerProperties(file, "employer.properties")
                .read(new Problems())
                .orElseThrow();
        assertThat(e.exchangeSender()).isEqualTo(Employer.DEFAULT_EXCHANGE_SENDER);
        assertThat(e.bankBins()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bank.bin.HSBKKZKX=900804487388 | bank.bin.HSBKKZKX | employer.bank-bin", // an IIN, not a BIN
                "bank.bin.HSBKKZKX=940140000386 | bank.bin.HSBKKZKX | iin.bad-checksum",
                "bank.bin.HSBKKZKX=94014 | bank.bin.HSBKKZKX | iin.shape",
                "bank.bin.HS-BKKZK=940140000385 | bank.bin.HS-BKKZK | employer.unknown-key",
                "bank.bin.HSBK1ZKX=940140000385 | bank.bin.HSBK1ZKX | bic.bad"
            })
    void aBadBankBinNamesItsKey(String line, String key, String code) throws Exception {
        Problems problems = new Problems();
        assertThat(read("\n" + line + "\n", problems)).isEmpty();
        assertThat(problems.all())
                .extracting(InputProblem::column, InputProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(key, code));
        assertThat(problems.all()).allSatisfy(p -> assertThat(p.row()).isPositive());
    }
}
