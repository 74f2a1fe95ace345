package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.app.port.Ledger;
import kz.ustau.cases.GeneratedMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of many debtors on the page (issue 21): its review comes a hundred lines at a time with the whole month's
 * totals, is searched by writ or personnel number, and its warnings of one kind are folded after five; the
 * registry's writs come a hundred at a time too. Here 250 debtors, every order written late.
 */
class MonthPagingTest {
    @TempDir
    Path temp;

    Ledger registry;
    WebApp web;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        String db = temp.resolve("db").toString();
        Path payroll = temp.resolve("payroll.csv");
        Path writs = temp.resolve("writs.csv");
        GeneratedMonth.write(payroll, writs, 250, 1);
        assertThat(SampleLedger.ustau("writs", "import", writs.toString(), "--db", db))
                .isZero();
        assertThat(SampleLedger.ustau(
                        "month",
                        "close",
                        "--db",
                        db,
                        "--period",
                        "2026-10",
                        "--payroll",
                        payroll.toString(),
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        temp.resolve("months/2026-10").toString(),
                        "--now",
                        "2026-11-20T09:00"))
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

    static int rows(String page) {
        Matcher m = Pattern.compile("id=\"line-W\\d+\"").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theReviewComesAHundredLinesAtATimeWithTheWholeMonthsTotals() throws Exception {
        String first = get("/months/2026-10?lang=ru");
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first)
                .contains("строки 1–100 из 250 1/3", "id=\"line-W0000000\"", "id=\"line-W0000099\"")
                .doesNotContain("id=\"line-W0000100\"")
                .contains("href=\"/months/2026-10?page=2\"");
        // 250 orders of 82 443,75 each, whichever page is shown
        String total = "id=\"total-withheld\">" + PeopleFormat.money(kz.ustau.domain.money.Tenge.of("20610937.50"));
        assertThat(first).contains(total);
        String last = get("/months/2026-10?page=3");
        assertThat(rows(last)).isEqualTo(50);
        assertThat(last).contains("id=\"line-W0000249\"", total).doesNotContain("id=\"next-page\"");
        assertThat(rows(get("/months/2026-10?page=99")))
                .as("past the end: the last page")
                .isEqualTo(50);
        assertThat(rows(get("/months/2026-10?page=x")))
                .as("not a number: the first")
                .isEqualTo(100);
    }

    @Test
    void theReviewIsSearchedByWritOrPersonnelNumber() throws Exception {
        String byWrit = get("/months/2026-10?q=w0000123&lang=ru");
        assertThat(rows(byWrit)).isEqualTo(1);
        assertThat(byWrit).contains("id=\"line-W0000123\"", "строки 1–1 из 1");
        String byEmployee = get("/months/2026-10?q=E000012");
        assertThat(rows(byEmployee)).as("E0000120 … E0000129").isEqualTo(10);
        assertThat(rows(get("/months/2026-10?q=nobody"))).isZero();
    }

    @Test
    void theRegistryComesAHundredWritsAtATimeAndItsSearchCountsAllThatMatch() throws Exception {
        Pattern writ = Pattern.compile("id=\"writ-W\\d+\"");
        String first = get("/writs?lang=ru");
        assertThat(writ.matcher(first).results().count()).isEqualTo(100);
        assertThat(first).contains(": 250 / 250", "href=\"/writs?page=2\"").doesNotContain("id=\"writ-W0000100\"");
        assertThat(writ.matcher(get("/writs?page=3")).results().count()).isEqualTo(50);
        String found = get("/writs?q=W000012&lang=ru");
        assertThat(writ.matcher(found).results().count()).isEqualTo(10);
        assertThat(found).contains(": 10 / 250").doesNotContain("id=\"next-page\"");
    }

    @Test
    void warningsOfOneKindAreFoldedAfterFive() throws Exception {
        String page = get("/months/2026-10?lang=ru");
        Matcher late = Pattern.compile("<li title=\"payment\\.late\">поручение [^<]*</li>")
                .matcher(page);
        int shown = 0;
        while (late.find()) {
            shown++;
        }
        int at = page.indexOf("id=\"warnings\"");
        assertThat(shown)
                .as(at < 0 ? "no warnings" : page.substring(at, Math.min(page.length(), at + 1500)))
                .isEqualTo(5);
        assertThat(page)
                .contains(
                        "и ещё 245 таких предупреждений (всего 250): все они в файле предупреждений месяца",
                        "title=\"payment.late\"");
    }

    @Test
    void theDeadlinesComeAHundredAtATimeEachListOnItsOwnWithTheTotalsOfAll() throws Exception {
        Pattern transfer = Pattern.compile("id=\"transfer-2026-10-W\\d+\"");
        String first = get("/deadlines?lang=ru");
        assertThat(transfer.matcher(first).results().count()).isEqualTo(100);
        assertThat(first)
                .contains("id=\"transfer-count\">Всего: 250", "id=\"transfer-page-of\">1/3")
                .contains("href=\"/deadlines?transfers=2&amp;notices=1\"")
                .doesNotContain("id=\"transfer-prev\"");
        String last = get("/deadlines?transfers=3&lang=ru");
        assertThat(transfer.matcher(last).results().count()).isEqualTo(50);
        assertThat(last).contains("id=\"transfer-prev\"").doesNotContain("id=\"transfer-next\"");
        // every order was issued on 20.11.2026, after its deadline: the penalty above counts all 250, not one page
        assertThat(issuedLate(first)).isNotEmpty().isEqualTo(issuedLate(last));
    }

    static String issuedLate(String page) {
        int at = page.indexOf("id=\"exposure-issued\"");
        return at < 0 ? "" : page.substring(page.indexOf('>', at) + 1, page.indexOf("</p>", at));
    }
}
