package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.ustau.app.port.Ledger;
import kz.ustau.cli.Main;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page over a real registry (issue 8, first part), through real HTTP on loopback: the list, the search, a
 * writ's card with its closed months, the language switch, and what must never leak (full IINs, caching).
 */
class WebAppTest {
    static final Clock CLOCK = SampleLedger.CLOCK;

    @TempDir
    Path temp;

    Ledger registry;
    WebApp web;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        String db = temp.resolve("db").toString();
        SampleLedger.octoberClosed(db, temp.resolve("o1"));
        assertThat(SampleLedger.ustau("writs", "suspend", "W03", "--reason", "постановление № 5", "--db", db))
                .isZero();
        registry = kz.ustau.cli.Main.ports().ledgers().open(db);
        web = WebApp.start(
                registry,
                kz.ustau.cli.Main.ports(),
                "127.0.0.1",
                0,
                CLOCK,
                java.util.Optional.empty(),
                temp.resolve("months"));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        registry.close();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRegistryIsListedInKazakhByDefaultWithMaskedIinsAndNothingCached() throws Exception {
        HttpResponse<String> r = get("/writs");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Атқарушылық құжаттардың тізілімі", "Көрсетілгені: 17 / 17", "id=\"writ-W17\"")
                .contains("780717****51", "кәмелетке толмаған балаларды асырауға алимент")
                .contains("Орындау тоқтатыла тұрды", "постановление № 5")
                .doesNotContain("780717381451", "761217317807");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void theLanguageSwitchesAndIsRemembered() throws Exception {
        HttpResponse<String> ru = get("/writs?lang=ru");
        assertThat(ru.body()).contains("Реестр исполнительных документов", "Приостановлен");
        String cookie = ru.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=ru").contains("HttpOnly", "SameSite=Strict");
        assertThat(get("/writs", "Cookie", "lang=ru").body()).contains("Реестр исполнительных документов");
        assertThat(get("/writs", "Cookie", "lang=xx").body()).contains("Атқарушылық құжаттардың тізілімі");
    }

    @Test
    void theSearchFindsByNumberKindOrStatus() throws Exception {
        assertThat(get("/writs?q=w1").body())
                .contains("Көрсетілгені: 8 / 17", "id=\"writ-W10\"", "id=\"writ-W17\"")
                .doesNotContain("id=\"writ-W09\"");
        assertThat(get("/writs?q=TAX").body()).contains("Көрсетілгені: 1 / 17", "id=\"writ-W11\"");
        assertThat(get("/writs?q=%D0%BF%D1%80%D0%B8%D0%BE%D1%81%D1%82&lang=ru").body())
                .as("«приост…»: the status in the page's language")
                .contains("Показано: 1 / 17", "id=\"writ-W03\"");
    }

    /** Issue 19: a debtor found by IIN, the IIN kept out of every URL and masked where the page shows it back. */
    @Test
    void aDebtorIsFoundByIinWithoutTheIinInAnyUrl() throws Exception {
        HttpResponse<String> posted = post("/writs/search", "q=780717381451", null);
        assertThat(posted.statusCode()).isEqualTo(303);
        String to = posted.headers().firstValue("Location").orElseThrow();
        assertThat(to).startsWith("/writs?s=").doesNotContain("780717");
        String found = get(to).body();
        assertThat(found).contains("id=\"writ-W01\"", "value=\"780717****51\"").doesNotContain("780717381451");
        HttpResponse<String> typed = get("/writs?q=780717381451");
        assertThat(typed.statusCode())
                .as("an IIN typed into the address is moved out of it")
                .isEqualTo(303);
        assertThat(typed.headers().firstValue("Location").orElseThrow()).doesNotContain("780717");
        assertThat(get("/writs?q=7173814").body()).as("a part of the IIN").contains("id=\"writ-W01\"");
    }

    @Test
    void aWritsCardShowsItsClosedMonthsTotalsAndEventsFormattedForPeople() throws Exception {
        HttpResponse<String> r = get("/writs/W01?lang=ru");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Исполнительный документ W01", "780717****51", "Исполняется")
                .contains("10.2026", "T003", "393\u00A0135,00\u00A0₸", "98\u00A0283,75\u00A0₸")
                .contains("Удержано всего", "Загружен", "sample-payroll/writs.csv")
                .doesNotContain("780717381451");
    }

    @Test
    void theMonthsReviewAgreesWithTheDeductionsFileLineByLine() throws Exception {
        assertThat(get("/months?lang=ru").body()).contains("id=\"month-2026-10\"", "10.2026", "Закрыт");
        HttpResponse<String> r = get("/months/2026-10");
        assertThat(r.statusCode()).isEqualTo(200);
        Tenge total = Tenge.ZERO;
        for (Map<String, String> cells : SampleLedger.deductions(temp.resolve("o1/deductions.csv"))) {
            String writ = cells.get("writ_id");
            Tenge withheld = Tenge.of(cells.get("withheld_total"));
            total = total.plus(withheld);
            assertThat(r.body())
                    .as(writ)
                    .containsPattern("id=\"line-" + writ + "\">\\s*<td><span>" + cells.get("employee_id")
                            + "</span><span class=\"name\"> \\p{L}[^<]+</span></td>(?s:(?:(?!</tr>).)*?)"
                            + PeopleFormat.money(Tenge.of(cells.get("base")))
                            + "(?s:(?:(?!</tr>).)*?)" + PeopleFormat.money(withheld) + "(?s:(?:(?!</tr>).)*?)</tr>");
        }
        assertThat(r.body()).contains("id=\"total-withheld\">" + PeopleFormat.money(total) + "<");
        assertThat(get("/months/2026-13").statusCode()).isEqualTo(404);
        assertThat(get("/months/2027-01").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() throws Exception {
        HttpResponse<String> page = get("/writs/W01");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict");
        String session = cookie.substring("csrf=".length(), cookie.indexOf(';'));
        String token = FormToken.of(page.body());
        assertThat(token).as("the form's token is not the cookie's value").isNotEqualTo(session);

        assertThat(post("/writs/W01/status", "action=suspend&reason=x", null).statusCode())
                .isEqualTo(403);
        assertThat(post("/writs/W01/status", "action=suspend&reason=x&csrf=forged", "csrf=" + session)
                        .statusCode())
                .isEqualTo(403);
        // issue 19: a pair the page never issued — the same made-up value as cookie and form — is refused
        assertThat(post("/writs/W01/status", "csrf=evil&action=suspend&reason=x", "csrf=evil")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/writs/W01/status", "csrf=" + session + "&action=suspend&reason=x", "csrf=" + session)
                        .statusCode())
                .as("the cookie's value is not the form's token")
                .isEqualTo(403);
        assertThat(post("/writs/W01/status", "csrf=" + token + "&action=suspend&reason=x", "csrf=" + token)
                        .statusCode())
                .as("the form's token is not a session")
                .isEqualTo(403);
        HttpResponse<String> otherPort = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/writs/W01/status"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "csrf=" + session)
                        .header("Origin", "http://127.0.0.1:9999")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&action=suspend&reason=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherPort.statusCode())
                .as("a page on another port of the same host")
                .isEqualTo(403);
        HttpResponse<String> sameSite = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/writs/W01/status"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "csrf=" + session)
                        .header("Origin", "null")
                        .header("Sec-Fetch-Site", "same-site")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&action=suspend&reason=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sameSite.statusCode())
                .as("the browser says the form is another site's")
                .isEqualTo(403);
        assertThat(get("/writs/W01").body()).contains("Орындалуда");

        assertThat(post("/writs/W01/status", "action=end&reason=NOT_A_REASON&csrf=" + token, "csrf=" + session)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> asked =
                post("/writs/W01/status", "action=end&reason=ADOPTION&note=n1&csrf=" + token, "csrf=" + session);
        assertThat(asked.statusCode()).as("ending a writ asks first").isEqualTo(200);
        assertThat(asked.body()).contains("id=\"confirm-form\"", "name=\"reason\" value=\"ADOPTION\"");
        assertThat(get("/writs/W01").body()).contains("Орындалуда");
        HttpResponse<String> ended = post(
                "/writs/W01/status",
                "action=end&reason=ADOPTION&note=n1&confirmed=yes&csrf=" + token,
                "csrf=" + session);
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(get("/writs/W01").body())
                .as("the reason in words, the note as typed (issue 22)")
                .contains("Аяқталған", "алимент өндіріліп алынған баланы асырап алу: n1")
                .doesNotContain("ADOPTION: n1");
        assertThat(get("/writs").body()).contains("алимент өндіріліп алынған баланы асырап алу: n1");
    }

    HttpResponse<String> post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Issue 19: an upload over the page's limit is answered 413 in the page's language before its body is read (it
     * was Jetty's English 500), whether it says its length or not.
     */
    @Test
    void anUploadOverTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        long over = MonthDesk.MAX_PAYROLL_UPLOAD + 2L * 1024 * 1024;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", web.port())) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /months/preview HTTP/1.1\r\nHost: 127.0.0.1:" + web.port()
                            + "\r\nCookie: lang=ru\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                            + over + "\r\n\r\n--x\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            String answer =
                    new String(socket.getInputStream().readNBytes(8192), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .contains("Файл слишком большой: страница принимает до 256 МБ");
        }
    }

    @Test
    void anUnknownWritIsNotFound() throws Exception {
        HttpResponse<String> r = get("/writs/W99");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Бет табылмады");
    }

    @Test
    void onLoopbackAnotherSitesNamePointedAtThisMachineIsRefused() throws Exception {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", web.port());
        try (socket) {
            socket.getOutputStream()
                    .write(("GET /writs HTTP/1.1\r\nHost: evil.example:" + web.port() + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response =
                    new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 421").doesNotContain("W01");
        }
        assertThat(WebApp.isLoopbackName("127.0.0.1:8080")).isTrue();
        assertThat(WebApp.isLoopbackName("localhost")).isTrue();
        assertThat(WebApp.isLoopbackName("[::1]:8080")).isTrue();
        assertThat(WebApp.isLoopbackName("localhost.evil.example")).isFalse();
        assertThat(WebApp.isLoopbackName("127.0.0.1.evil.example")).isFalse();
        assertThat(WebApp.isLoopbackName(null)).isFalse();
        assertThat(get("/writs").statusCode()).isEqualTo(200);
    }

    @Test
    void beyondLoopbackThePageNeedsAPasswordSetAtItsFirstStart() throws Exception {
        assertThat(WebApp.isLoopbackHost("127.0.0.1")).isTrue();
        assertThat(WebApp.isLoopbackHost("::1")).isTrue();
        assertThat(WebApp.isLoopbackHost("localhost")).isTrue();
        assertThat(WebApp.isLoopbackHost("0.0.0.0")).isFalse();
        assertThat(WebApp.isLoopbackHost("8.8.8.8")).isFalse();
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new String[] {
                    "serve", "--host", "0.0.0.0", "--db", temp.resolve("db").toString()
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                CLOCK);
        assertThat(exit).as("no terminal to ask in, no USTAU_WEB_PASSWORD").isEqualTo(2);
        assertThat(err.toString())
                .contains("осы компьютерден тыс мекенжайда бетке құпиясөз керек", "USTAU_WEB_PASSWORD")
                .hasLineCount(2);
        assertThatThrownBy(() -> WebApp.start(
                        registry,
                        kz.ustau.cli.Main.ports(),
                        "0.0.0.0",
                        0,
                        CLOCK,
                        java.util.Optional.empty(),
                        temp.resolve("months")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only with a password");
    }

    @Test
    void withAPasswordEveryPageButTheLoginNeedsASessionAndWrongPasswordsPauseLogins() throws Exception {
        String hash = Password.hash("көктем-2026-сәуір".toCharArray());
        registry.write(tx -> {
            tx.writs().webPassword(hash, java.time.LocalDateTime.now(CLOCK));
            return null;
        });
        assertThat(registry.read(tx -> tx.writs().webPassword()).orElseThrow())
                .startsWith("pbkdf2-sha256$600000$")
                .doesNotContain("көктем");
        try (WebApp open = WebApp.start(
                registry,
                kz.ustau.cli.Main.ports(),
                "0.0.0.0",
                0,
                CLOCK,
                java.util.Optional.empty(),
                temp.resolve("months"))) {
            java.net.CookieManager jar = new java.net.CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
            String base = "http://127.0.0.1:" + open.port();
            HttpResponse<String> writs = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/writs")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(writs.statusCode()).isEqualTo(303);
            assertThat(writs.headers().firstValue("Location")).hasValue("/login");
            assertThat(writs.body()).doesNotContain("W01");
            HttpResponse<String> login = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            String csrf = FormToken.of(login.body());
            java.util.function.Function<String, HttpResponse<String>> post = form -> {
                try {
                    return browser.send(
                            HttpRequest.newBuilder(URI.create(base + "/login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            HttpResponse<String> unsigned = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/writs/W01/status"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&action=suspend&reason=x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unsigned.statusCode()).isEqualTo(401);
            String status = registry.read(tx -> tx.writs().card("W01"))
                    .orElseThrow()
                    .entry()
                    .status()
                    .name();
            assertThat(status).isEqualTo("ACTIVE");

            assertThat(post.apply("csrf=" + csrf + "&password=wrong-password").statusCode())
                    .isEqualTo(401);
            String right = "csrf=" + csrf + "&password="
                    + java.net.URLEncoder.encode("көктем-2026-сәуір", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(post.apply("password=" + "x").statusCode())
                    .as("no CSRF token")
                    .isEqualTo(403);
            HttpResponse<String> in = post.apply(right);
            assertThat(in.statusCode()).isEqualTo(303);
            assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                    .startsWith("session=")
                    .contains("HttpOnly")
                    .contains("SameSite=Strict"));
            assertThat(browser.send(
                                    HttpRequest.newBuilder(URI.create(base + "/writs"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .contains("W01");

            // docs/bureau.md §4: a change made on the page is the page's user's, from the browser's address
            String signedCsrf = FormToken.of(browser.send(
                            HttpRequest.newBuilder(URI.create(base + "/writs/W01"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            HttpResponse<String> suspended = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/writs/W01/status"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("csrf=" + signedCsrf + "&action=suspend&reason="
                                    + java.net.URLEncoder.encode("№ 9", java.nio.charset.StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(suspended.statusCode()).isEqualTo(303);
            assertThat(browser.send(
                                    HttpRequest.newBuilder(URI.create(base + "/writs/W01?lang=ru"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .contains("page@127.0.0.1");

            for (int i = 0; i < WebApp.MAX_FAILURES; i++) {
                post.apply("csrf=" + csrf + "&password=wrong-password-" + i);
            }
            assertThat(post.apply(right).statusCode())
                    .as("after five wrong passwords even the right one waits a minute")
                    .isEqualTo(429);
        }
        // every login, failed login and change, in order, with who and from where (docs/bureau.md §4)
        List<kz.ustau.app.ledger.AuditEvent> trail = registry.read(
                tx -> tx.audit(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(trail.stream()
                        .dropWhile(a -> !a.action().equals("PASSWORD"))
                        .map(a -> a.action() + " " + a.subject() + " " + a.detail() + " "
                                + a.actor().origin()))
                .containsExactly(
                        "PASSWORD   " + registry.actor().origin(),
                        "LOGIN_FAILED   page@127.0.0.1",
                        "LOGIN   page@127.0.0.1",
                        "SUSPENDED W01 № 9 page@127.0.0.1",
                        "LOGIN_FAILED   page@127.0.0.1",
                        "LOGIN_FAILED   page@127.0.0.1",
                        "LOGIN_FAILED   page@127.0.0.1",
                        "LOGIN_FAILED   page@127.0.0.1",
                        "LOGIN_FAILED   page@127.0.0.1",
                        "LOGIN_FAILED  paused page@127.0.0.1");
        assertThat(trail).allSatisfy(a -> assertThat(a.actor().login())
                .isEqualTo(registry.actor().login()));
    }
}
