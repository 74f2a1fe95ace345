package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --now} (issue 19): the page counts deadlines from the moment given, as the month commands do, so the
 * README's demo of October, run on 02.11.2026, shows no transfer late when the real date is a month on.
 */
class ServeNowTest {
    static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    static int ustau(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), DECEMBER);
    }

    String deadlines(String... now) throws Exception {
        String db = temp.resolve("db").toString();
        StringWriter out = new StringWriter();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "serve",
                "--db",
                db,
                "--port",
                "0",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("months").toString()));
        args.addAll(java.util.List.of(now));
        Thread server = new Thread(() -> Main.execute(
                args.toArray(String[]::new),
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter()),
                DECEMBER));
        server.start();
        try {
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
            for (int i = 0; i < 200 && !m.reset(out.toString()).find(); i++) {
                Thread.sleep(50);
            }
            assertThat(m.reset(out.toString()).find()).as(out.toString()).isTrue();
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/deadlines?lang=ru"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String body = page.body();
            int row = body.indexOf("id=\"transfer-2026-10-W01\"");
            assertThat(row).isPositive();
            return body.substring(row, body.indexOf("</tr>", row));
        } finally {
            server.interrupt();
            server.join(10_000);
        }
    }

    @Test
    void thePageCountsDeadlinesFromTheMomentGiven() throws Exception {
        assertThat(ustau(
                        "writs",
                        "import",
                        "sample-payroll/writs.csv",
                        "--db",
                        temp.resolve("db").toString()))
                .isZero();
        assertThat(ustau(
                        "month",
                        "run",
                        "--db",
                        temp.resolve("db").toString(),
                        "--period",
                        "2026-10",
                        "--payroll",
                        "sample-payroll/payroll.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        temp.resolve("months/2026-10").toString(),
                        "--now",
                        "2026-11-02T09:00"))
                .isZero();
        assertThat(deadlines())
                .as("on 02.12.2026 the transfer due 09.11.2026 is late")
                .contains("Просрочено");
        assertThat(deadlines("--now", "2026-11-02T09:30")).doesNotContain("Просрочено");
    }
}
