package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import kz.ustau.app.port.Ledger;
import kz.ustau.cases.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 on the page, through real HTTP over a real ledger (the sample's October closed): the writs still awaiting
 * their answer with the day it is due, and a writ's statement and certificate downloaded from its card, signed by the
 * employer the page was started with.
 */
class WritLettersPageTest {
    @TempDir
    Path temp;

    Ledger registry;
    WebApp web;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        String db = temp.resolve("db").toString();
        SampleLedger.octoberClosed(db, temp.resolve("o1"));
        registry = kz.ustau.cli.Main.ports().ledgers().open(db);
        web = WebApp.start(
                registry,
                kz.ustau.cli.Main.ports(),
                "127.0.0.1",
                0,
                SampleLedger.CLOCK,
                Optional.of(Path.of("sample-payroll/employer.properties")),
                temp.resolve("months"));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        registry.close();
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                        .header("Accept-Language", "ru")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aWritNeverWithheldUnderAndNotAnsweredIsListedWithItsDueDay() throws Exception {
        String page = new String(get("/writs?lang=ru").body(), java.nio.charset.StandardCharsets.UTF_8);
        // W17's debtor has no line in October: the writ was never withheld under, and no answer has gone out
        assertThat(page).contains("id=\"unanswered\"", "id=\"unanswered-W17\"", "Ответить до");
        assertThat(page).doesNotContain("id=\"unanswered-W01\"");
    }

    @Test
    void theStatementAndTheCertificateAreDownloadedFromTheCard() throws Exception {
        String card = new String(get("/writs/W01?lang=ru").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(card).contains("id=\"letters\"", "/writs/W01/letters/statement-W01-ru.pdf");
        HttpResponse<byte[]> pdf = get("/writs/W01/letters/statement-W01-ru.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        String text = String.join("", Documents.pdfPages(pdf.body())).replace('\u00A0', ' ');
        assertThat(text).contains("ВЫПИСКА", "10.2026", "Петров Алексей Николаевич", "98 283,75");
        HttpResponse<byte[]> certificate = get("/writs/W01/letters/certificate-W01-kk.pdf");
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(String.join("", Documents.pdfPages(certificate.body()))).contains("АНЫҚТАМА");
        assertThat(get("/writs/W01/letters/statement-W02-ru.pdf").statusCode())
                .as("only the writ's own letters")
                .isEqualTo(404);
        assertThat(get("/writs/NOPE/letters/statement-NOPE-ru.pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAnswerIsRecordedFromTheCardAndItsLetterDownloaded() throws Exception {
        HttpResponse<byte[]> card = get("/writs/W17?lang=ru");
        String cookie = card.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf="))
                .findFirst()
                .orElseThrow();
        String session = cookie.substring("csrf=".length(), cookie.indexOf(';'));
        String token = FormToken.of(new String(card.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(post("/writs/W17/answer", "as=", null).statusCode())
                .as("no token")
                .isEqualTo(403);
        assertThat(get("/writs/W17/letters/answer-W17-ru.pdf").statusCode())
                .as("not answered yet")
                .isEqualTo(404);
        // W17's debtor is not in October's payroll: the proposal is «not employed»
        HttpResponse<byte[]> answered = post("/writs/W17/answer", "as=&csrf=" + token, "csrf=" + session);
        assertThat(answered.statusCode()).isEqualTo(303);
        String after = new String(get("/writs/W17?lang=ru").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(after).contains("id=\"answer-ru\"", "Ответ направлен");
        HttpResponse<byte[]> pdf = get("/writs/W17/letters/answer-W17-ru.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(String.join("", Documents.pdfPages(pdf.body())).replaceAll("\\s+", " "))
                .contains("возвращает без исполнения", "не состоит в трудовых отношениях", "за 10.2026 не значится");
        String list = new String(get("/writs?lang=ru").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).as("answered: no longer awaiting").doesNotContain("id=\"unanswered-W17\"");
    }

    HttpResponse<byte[]> post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
