package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.ustau.app.port.Ledger;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 on the page (RULES §11.1), over real HTTP and the real ledger: a writ without an account shows what it
 * holds, in its row and in the month's total, and the employer's own deductions are listed with what fits of each
 * under the one limit and what stays the employer's claim.
 */
class OtherDeductionsPageTest {
    static final Path CASE = Path.of("src/test/resources/cases/s11-writ-without-account");

    @TempDir
    Path temp;

    Ledger registry;
    WebApp web;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        String db = temp.resolve("db").toString();
        Path payroll = temp.resolve("payroll.csv");
        Files.writeString(
                payroll,
                Files.readString(CASE.resolve("payroll.csv"), StandardCharsets.UTF_8)
                        + "T402,850614310001,Серіков Ерлан Болатұлы,2026-03,2026-03-06,EMPLOYER_CLAIM,60000.00,,,\n",
                StandardCharsets.UTF_8);
        assertThat(SampleLedger.ustau(
                        "writs", "import", CASE.resolve("writs.csv").toString(), "--db", db))
                .isZero();
        assertThat(SampleLedger.ustau(
                        "month",
                        "close",
                        "--db",
                        db,
                        "--period",
                        "2026-03",
                        "--payroll",
                        payroll.toString(),
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        temp.resolve("months/2026-03").toString(),
                        "--now",
                        "2026-03-06T10:00"))
                .isZero();
        registry = kz.ustau.cli.Main.ports().ledgers().open(db);
        web = WebApp.start(
                registry,
                kz.ustau.cli.Main.ports(),
                "127.0.0.1",
                0,
                SampleLedger.CLOCK,
                java.util.Optional.of(Path.of("sample-payroll/employer.properties")),
                temp.resolve("months"));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        registry.close();
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static String money(String plain) {
        return PeopleFormat.money(Tenge.of(plain));
    }

    @Test
    void theMonthShowsHeldMoneyAndTheEmployersOwnDeductions() throws Exception {
        String page = get("/months/2026-03?lang=ru");
        assertThat(page)
                .contains("id=\"held-H1-child\">" + money("45000.00"))
                .contains("id=\"held-H2-child\"></td>")
                .contains("id=\"total-held\">" + money("45000.00"))
                .contains("У работодателя", "Собственные удержания работодателя (ст. 115 ТК РК)")
                .contains("id=\"claim-T402\"");
        String claim = page.substring(page.indexOf("id=\"claim-T402\""));
        claim = claim.substring(0, claim.indexOf("</tr>"));
        assertThat(claim).contains(money("180000.00"), money("60000.00"), money("45000.00"), money("15000.00"));
    }
}
