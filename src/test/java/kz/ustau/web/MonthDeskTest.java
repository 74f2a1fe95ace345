package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.app.port.Ledger;
import kz.ustau.cli.Main;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.LatePenalty;
import kz.ustau.domain.writ.WritKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month on the page (issue 8) over real HTTP, a real registry and the real monthly commands: a payroll uploaded
 * through a mapping and previewed, a broken one refused with the command line's words, the run with its progress, the
 * review against the command line's own {@code deductions.csv}, lock and export, downloads and the zip, reopen, the
 * explanation, and the deadlines with the penalty exposure.
 */
class MonthDeskTest {
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @TempDir
    Path temp;

    String db;
    Ledger registry;
    WebApp web;
    /** The accountant's browser on the page. */
    final PageBrowser page = new PageBrowser(() -> web.port());

    @BeforeEach
    void serve() throws Exception {
        db = temp.resolve("db").toString();
        assertThat(SampleLedger.ustau("writs", "import", "sample-payroll/writs.csv", "--db", db))
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
        page.token("/months?lang=ru");
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        registry.close();
    }

    List<kz.ustau.domain.ledger.LedgerMonth> months() throws Exception {
        return registry.read(Ledger.Transaction::months);
    }

    URI uri(String path) {
        return page.uri(path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return page.get(path);
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return page.bytes(path);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return page.post(path, fields);
    }

    HttpResponse<String> act(String path, Map<String, String> fields) throws Exception {
        return page.act(path, fields);
    }

    @Test
    void lockingAndReopeningAskOnAPageOfTheirOwnAndAReloadDoesNotActAgain() throws Exception {
        runMonth(Path.of("sample-payroll/payroll.csv"), "");
        HttpResponse<String> asked = post("/months/2026-10/export", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(text(asked.body()))
                .contains("Закрыть месяц 10.2026 и выгрузить поручения?", "Отменить это на странице нельзя.");
        assertThat(asked.body()).contains("id=\"confirm-form\"", "name=\"confirmed\" value=\"yes\"");
        assertThat(text(get("/months/2026-10").body())).as("nothing locked yet").contains("Статус: Открыт");

        HttpResponse<String> locked = post("/months/2026-10/export", Map.of("confirmed", "yes"));
        assertThat(locked.statusCode()).as("redirected after the post").isEqualTo(303);
        String after = locked.headers().firstValue("Location").orElseThrow();
        assertThat(text(get(after).body())).contains("Статус: Закрыт", "платёжных поручений 15");
        assertThat(text(get(after).body()))
                .as("what the act said is shown once")
                .doesNotContain("платёжных поручений 15");

        HttpResponse<String> reopen = post("/months/2026-10/reopen", Map.of("reason", "перерасчёт премии"));
        assertThat(text(reopen.body()))
                .contains("Открыть закрытый месяц 10.2026 заново?", "Причина: перерасчёт премии.");
        assertThat(text(get("/months/2026-10").body())).contains("Статус: Закрыт");
    }

    HttpResponse<String> multipart(String path, Map<String, String> fields, Map<String, List<Path>> files)
            throws Exception {
        return page.multipart(path, fields, files);
    }

    HttpResponse<String> preview(Path payroll, String mapping) throws Exception {
        return page.preview(payroll, mapping);
    }

    List<HttpResponse<String>> runMonth(Path payroll, String mapping) throws Exception {
        return page.runMonth(payroll, mapping);
    }

    static String text(String html) {
        return html.replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ")
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void thePreviewShowsWhatTheMappingMadeOfTheExportAndNothingIsStored() throws Exception {
        HttpResponse<String> r = preview(Path.of("sample-payroll/1c-vedomost-2026-10.csv"), "preset:1c-vedomost");

        assertThat(r.statusCode()).isEqualTo(200);
        String page = text(r.body());
        assertThat(page)
                .contains("Файлы 1c-vedomost-2026-10.csv")
                .contains("Сотрудников 46")
                .contains("SALARY 45 15 387 000,00 ₸ Оплата по окладу (тарифной ставке) входит в базу")
                .contains("ADVANCE 44 6 118 800,00 ₸ Аванс выплаченный не влияет на базу")
                .contains("IPN 45 800 756,00 ₸ Индивидуальный подоходный налог вычитается из базы")
                .contains(
                        "CHILDCARE_BENEFIT 1 68 000,00 ₸ Пособие на содержание (по уходу за) ребенка не входит: не удерживается")
                .contains("пропущено строк по правилу сопоставления full_name ~ ^Итого по сотруднику: 46")
                .doesNotContain("780717381451")
                .contains("780717****51");
        assertThat(months()).isEmpty();
        assertThat(temp.resolve("months")).doesNotExist();
    }

    /** Issue 15: the preview names the months the file holds, and refuses another month's file before the run. */
    @Test
    void aFileOfAnotherMonthIsRefusedAtThePreviewAndTheMonthsItHoldsAreNamed() throws Exception {
        HttpResponse<String> october = preview(Path.of("sample-payroll/payroll.csv"), "");
        assertThat(october.statusCode()).isEqualTo(200);
        assertThat(text(october.body())).contains("Месяцы в файле 10.2026").doesNotContain("других месяцев");

        HttpResponse<String> november = multipart(
                "/months/preview",
                Map.of("period", "2026-11", "mapping", ""),
                Map.of("payroll", List.of(Path.of("sample-payroll/payroll.csv"))));
        assertThat(november.statusCode()).isEqualTo(422);
        assertThat(text(november.body()))
                .contains("2026-11")
                .contains("2026-10")
                .doesNotContain("[period.no-lines]");
        assertThat(months()).isEmpty();
    }

    @Test
    void aBrokenPayrollIsRefusedWithEveryProblemAsTheCommandLineWordsItAndNothingIsStored() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("upload"));
        Path bad = dir.resolve("payroll.csv");
        Files.writeString(
                bad,
                Files.readString(Path.of("sample-payroll/payroll.csv"))
                        .replaceFirst("780717381451", "780717381452")
                        .replaceFirst("420000.00", "420 00,00"));
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new String[] {
                    "run",
                    "--payroll",
                    bad.toString(),
                    "--writs",
                    "sample-payroll/writs.csv",
                    "--employer",
                    "sample-payroll/employer.properties",
                    "--out",
                    temp.resolve("cli").toString(),
                    "--lang",
                    "ru"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                SampleLedger.CLOCK);
        assertThat(exit).isEqualTo(3);
        List<String> expected = err.toString()
                .lines()
                .map(l -> l.replace(bad.toString(), "payroll.csv"))
                .toList();

        HttpResponse<String> r = preview(bad, "");

        assertThat(r.statusCode()).isEqualTo(422);
        List<String> shown = new ArrayList<>();
        Matcher li = Pattern.compile("<li>([^<]*)</li>")
                .matcher(r.body().substring(r.body().indexOf("id=\"problems\"")));
        while (li.find()) {
            shown.add(li.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        // the command line's words, without the code the page leaves to the command line (issue 19)
        assertThat(shown)
                .containsExactlyElementsOf(
                        expected.stream().map(PeopleFormat::withoutCode).toList());
        assertThat(r.body()).doesNotContain("780717381452");
        assertThat(months()).isEmpty();
    }

    @Test
    void aMonthRunFromThePageReviewsAsTheCommandLineComputesItThenLocksAndDownloads() throws Exception {
        Path cli = temp.resolve("cli");
        assertThat(SampleLedger.ustau(
                        "run",
                        "--payroll",
                        "sample-payroll/1c-svod-2026-10.xlsx",
                        "--mapping",
                        "preset:1c-svod",
                        "--writs",
                        "sample-payroll/writs.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        cli.toString()))
                .isZero();

        List<HttpResponse<String>> job = runMonth(Path.of("sample-payroll/1c-svod-2026-10.xlsx"), "preset:1c-svod");

        HttpResponse<String> end = job.get(job.size() - 1);
        assertThat(end.statusCode()).isEqualTo(303);
        assertThat(end.headers().firstValue("Location")).hasValue("/months/2026-10");
        String month = get("/months/2026-10").body();
        String page = text(month);
        assertThat(page).contains("Статус: Открыт (на проверке)").contains("Предупреждения");
        assertThat(page)
                .as("the warnings name the file as the accountant does")
                .contains("1c-svod-2026-10.xlsx[Свод]: пропущено строк")
                .doesNotContain("ustau-uploads");
        Tenge total = Tenge.ZERO;
        for (Map<String, String> d : SampleLedger.deductions(cli.resolve("deductions.csv"))) {
            Tenge withheld = Tenge.of(d.get("withheld_total"));
            total = total.plus(withheld);
            String row = text(month.substring(month.indexOf("id=\"line-" + d.get("writ_id") + "\"")))
                    .substring(0, 220);
            // the name beside the personnel number (issue 19), then the figures
            row = row.replaceFirst(
                    "(\\S+) (?:[\\p{L}-]+ ){1,4}(?=" + java.util.regex.Pattern.quote(d.get("writ_id")) + " )", "$1 ");
            assertThat(row)
                    .as(d.get("writ_id"))
                    .contains(d.get("employee_id") + " " + d.get("writ_id") + " "
                            + people(Tenge.of(d.get("base"))) + " "
                            + people(Tenge.of(d.get("demand_current")).plus(Tenge.of(d.get("demand_debt")))) + " "
                            + people(withheld) + " " + people(Tenge.of(d.get("debt_after"))));
        }
        assertThat(page).contains("Итого " + people(total));
        assertThat(Files.readString(temp.resolve("months/2026-10/deductions.csv")))
                .isEqualTo(Files.readString(cli.resolve("deductions.csv")));

        HttpResponse<String> locked = act("/months/2026-10/export", Map.of());
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(text(locked.body())).contains("Статус: Закрыт").contains("платёжных поручений 15");

        HttpResponse<byte[]> oneC = bytes("/months/2026-10/file?name=payments-1c.txt");
        assertThat(oneC.statusCode()).isEqualTo(200);
        assertThat(oneC.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(oneC.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"payments-1c.txt\"");
        String exchange = new String(oneC.body(), TextEncoding.WINDOWS_1251);
        assertThat(exchange).startsWith("1CClientBankExchange").contains("СекцияДокумент=ПлатежноеПоручение");
        assertThat(exchange.split("СекцияДокумент=", -1)).hasSize(16);
        assertThat(oneC.body()).isEqualTo(Files.readAllBytes(cli.resolve("payments-1c.txt")));

        HttpResponse<byte[]> pdf = bytes("/months/2026-10/file?name=notices/notice-W09-ru.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(bytes("/months/2026-10/file?name=../../db/ustau.mv.db").statusCode())
                .isEqualTo(404);
        assertThat(bytes("/months/2026-10/file?name=" + temp.resolve("months/2026-10/payments.csv"))
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<byte[]> zip = bytes("/months/2026-10/files.zip");
        assertThat(zip.headers().firstValue("Cache-Control")).hasValue("no-store");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet())
                .contains(
                        "2026-10/deductions.csv",
                        "2026-10/payments-1c.txt",
                        "2026-10/payments.xml",
                        "2026-10/payments-mt100.txt",
                        "2026-10/notices/notice-W09-kk.pdf",
                        "2026-10/notices/notice-W09-ru.docx",
                        "2026-10/explain.txt");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertThat(e.getValue())
                    .as(e.getKey())
                    .isEqualTo(Files.readAllBytes(temp.resolve("months").resolve(e.getKey())));
        }
    }

    @Test
    void theRunShowsItsProgressWhileAHundredThousandLinePayrollIsRead() throws Exception {
        Path big = temp.resolve("big.csv");
        List<String> lines = Files.readAllLines(Path.of("sample-payroll/payroll.csv"));
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        long count = 0;
        for (int copy = 0; count < 100_000; copy++) {
            for (String l : lines.subList(1, lines.size())) {
                // the sample, then copies of its employees under other numbers and IINs: they owe nothing
                String[] cells = l.split(",", -1);
                if (copy > 0) {
                    cells[1] = iin(copy * 1000 + Integer.parseInt(cells[0].replaceAll("\\D", "")));
                    cells[0] = "C" + copy + "-" + cells[0];
                }
                out.append(String.join(",", cells)).append('\n');
                count++;
            }
        }
        Files.writeString(big, out);

        List<HttpResponse<String>> job = runMonth(big, "");

        List<Long> progress = new ArrayList<>();
        for (HttpResponse<String> r : job.subList(0, job.size() - 1)) {
            assertThat(r.body()).contains("http-equiv=\"refresh\"");
            Matcher m = Pattern.compile("Прочитано строк ведомости: (\\d+) / (\\d+)")
                    .matcher(r.body());
            assertThat(m.find()).as(r.body()).isTrue();
            progress.add(Long.parseLong(m.group(1)));
            assertThat(m.group(2)).as("the preview's count of lines").isEqualTo(Long.toString(count));
        }
        assertThat(progress)
                .as("the page showed the run while it ran")
                .isNotEmpty()
                .isSorted();
        HttpResponse<String> end = job.get(job.size() - 1);
        assertThat(end.statusCode()).as(end.body()).isEqualTo(303);
        List<kz.ustau.app.ledger.WritLine> stored = registry.read(tx -> tx.lines(YearMonth.of(2026, 10)));
        assertThat(stored).hasSize(16);
    }

    @Test
    void whatOnlyTheRunFindsIsShownNextToTheUploadAndNothingIsStored() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("upload"));
        Path payroll = dir.resolve("payroll.csv");
        Files.writeString(
                payroll, Files.readString(Path.of("sample-payroll/payroll.csv")).replaceFirst(",SALARY,", ",SALLARY,"));

        assertThat(text(preview(payroll, "").body()))
                .as("the preview already says so")
                .contains("SALLARY 1 475 000,00 ₸ нет в справочнике: расчёт остановится на этой строке");

        List<HttpResponse<String>> job = runMonth(payroll, "");

        HttpResponse<String> end = job.get(job.size() - 1);
        assertThat(end.statusCode()).isEqualTo(422);
        assertThat(end.body()).contains("id=\"run-form\"").contains("value=\"2026-10\"");
        assertThat(text(end.body()))
                .contains("Месяц не рассчитан, ничего не сохранено:")
                .contains("payroll.csv:2:code:")
                .contains("SALLARY")
                .doesNotContain("ustau-uploads");
        assertThat(months()).isEmpty();
    }

    /**
     * Issue 13 on the page: October reopened while November is closed makes November stale; the page says which month
     * changed, refuses to lock the stale month in the command line's words, computes it again from its stored payroll
     * at one click, and a month is not run before the one before it is closed.
     */
    @Test
    void aStaleMonthSaysWhyAndIsComputedAgainFromItsStoredPayroll() throws Exception {
        Path months = temp.resolve("months");
        SampleLedger.octoberClosedAgain(db, months.resolve("2026-10"));
        assertThat(SampleLedger.novemberClosed(db, months.resolve("2026-11"), temp))
                .isZero();
        assertThat(act("/months/2026-10/reopen", Map.of("reason", "перерасчёт премии"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(text(get("/months?lang=ru").body())).contains("Устарел: нужно пересчитать (изменён месяц 10.2026)");
        HttpResponse<String> november = get("/months/2026-11");
        assertThat(november.body()).contains("id=\"recompute-form\"").doesNotContain("id=\"export-form\"");
        HttpResponse<String> locked = act("/months/2026-11/recompute", Map.of());
        assertThat(locked.statusCode())
                .as("October is open: November waits for it")
                .isEqualTo(409);
        assertThat(text(locked.body())).contains("месяц 2026-11 нельзя рассчитать, пока не закрыт месяц 2026-10");
        assertThat(act("/months/2026-10/export", Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> again = act("/months/2026-11/recompute", Map.of());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(text(again.body())).contains("Статус: Открыт (на проверке)", "11.2026: должников 13");
        assertThat(act("/months/2026-11/export", Map.of()).statusCode()).isEqualTo(200);
        assertThat(text(get("/months").body())).doesNotContain("Устарел");
    }

    @Test
    void reopeningNeedsAReasonWhichIsRecorded() throws Exception {
        runMonth(Path.of("sample-payroll/payroll.csv"), "");
        assertThat(act("/months/2026-10/export", Map.of()).statusCode()).isEqualTo(200);

        HttpResponse<String> without = act("/months/2026-10/reopen", Map.of("reason", " "));
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(text(without.body())).contains("Укажите основание").contains("Статус: Закрыт");

        HttpResponse<String> with = act("/months/2026-10/reopen", Map.of("reason", "перерасчёт премии"));
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(text(with.body())).contains("Статус: Открыт (на проверке)");
        String events = registry.read(tx -> tx.writs().card("W01"))
                .orElseThrow()
                .events()
                .toString();
        assertThat(events).isNotEmpty();

        HttpResponse<String> forged = page.http.send(
                HttpRequest.newBuilder(uri("/months/2026-10/export"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=forged"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(registry.read(tx -> tx.month(YearMonth.of(2026, 10)))
                        .orElseThrow()
                        .month()
                        .status()
                        .name())
                .isEqualTo("OPEN");
    }

    @Test
    void anEmployeesExplanationIsOneClickFromTheReviewWithTheIinMasked() throws Exception {
        runMonth(Path.of("sample-payroll/payroll.csv"), "");
        assertThat(get("/months/2026-10").body()).contains("href=\"/months/2026-10/explain/T003\"");

        HttpResponse<String> r = get("/months/2026-10/explain/T003");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .as("in the page's language alone, amounts and dates for people (issue 19)")
                .contains("T003  Петров Алексей Николаевич, ИИН 780717****51")
                .contains("База = 480\u00A0000,00 − 86\u00A0865,00 = 393\u00A0135,00")
                .contains("срок перечисления: 09.11.2026 (ст. 165 Кодекса «О браке (супружестве) и семье»)")
                .doesNotContain("Негіз", "RULES §", "Order 372", "2026-11-09")
                .doesNotContain("780717381451")
                .doesNotContain("T007  ");
        assertThat(get("/months/2026-10/explain/T999").statusCode()).isEqualTo(404);
    }

    @Test
    void theDeadlinesShowWhatIsLateTodayWithTheAlimonyPenaltyItRunsUp() throws Exception {
        runMonth(Path.of("sample-payroll/payroll.csv"), "");
        LocalDate today = LocalDate.now(SampleLedger.CLOCK);
        Tenge exposure = Tenge.ZERO;
        List<Map<String, String>> owed = SampleLedger.deductions(temp.resolve("months/2026-10/deductions.csv"));
        int transfers = 0;
        for (Map<String, String> d : owed) {
            Tenge withheld = Tenge.of(d.get("withheld_total"));
            if (withheld.isPositive()) {
                transfers++;
                if (WritKind.isSupport(d.get("kind"))) {
                    exposure = exposure.plus(
                            LatePenalty.exposure(withheld, LocalDate.parse(d.get("transfer_due")), today));
                }
            }
        }

        String page = get("/deadlines").body();

        assertThat(text(page)).contains("Неустойка по просроченным алиментам на сегодня: " + people(exposure));
        assertThat(page.split("id=\"transfer-2026-10-", -1)).hasSize(transfers + 1);
        assertThat(text(page.substring(page.indexOf('>', page.indexOf("id=\"transfer-2026-10-W01\"")) + 1)))
                .startsWith("10.2026 W01 T003 98 283,75 ₸ 09.11.2026 Просрочено на 23 дн. "
                        + people(LatePenalty.exposure(Tenge.of("98283.75"), LocalDate.of(2026, 11, 9), today)));
        assertThat(text(page.substring(page.indexOf('>', page.indexOf("id=\"notice-W09\"")) + 1)))
                .startsWith("10.2026 10.2026/1 Уведомление об увольнении W09 T024 02.11.2026 Просрочено на 30 дн.");

        assertThat(act("/months/2026-10/export", Map.of()).statusCode()).isEqualTo(200);
        String afterLock = text(get("/deadlines").body());
        assertThat(afterLock)
                .as("exported on 02.12.2026, after the 09.11.2026 deadline: issued late")
                .contains("10.2026 W01 T003 98 283,75 ₸ 09.11.2026 Выписано с опозданием на 23 дн.")
                .contains("Неустойка по алиментам, перечисленным с опозданием (до дня выписки поручения): "
                        + people(exposure))
                .doesNotContain("на сегодня");
    }

    /** A clock the test moves: hours pass between two requests. */
    static final class MovingClock extends java.time.Clock {
        java.time.Instant now = SampleLedger.CLOCK.instant();

        @Override
        public java.time.ZoneId getZone() {
            return SampleLedger.CLOCK.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void aPreviewNotRunWithinAnHourIsDroppedWithItsFiles() throws Exception {
        web.close();
        MovingClock clock = new MovingClock();
        web = WebApp.start(
                registry,
                kz.ustau.cli.Main.ports(),
                "127.0.0.1",
                0,
                clock,
                java.util.Optional.of(Path.of("sample-payroll/employer.properties")),
                temp.resolve("months"));
        page.token("/months"); // a page started anew issues its sessions anew
        Matcher first =
                TOKEN.matcher(preview(Path.of("sample-payroll/payroll.csv"), "").body());
        assertThat(first.find()).isTrue();

        clock.now = clock.now.plus(MonthDesk.UPLOAD_IDLE.plusMinutes(1));
        Matcher second =
                TOKEN.matcher(preview(Path.of("sample-payroll/payroll.csv"), "").body());
        assertThat(second.find()).isTrue();

        HttpResponse<String> late = post("/months/run", Map.of("token", first.group(1)));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(text(late.body())).contains("Загруженный файл больше не ждёт расчёта");
        assertThat(months()).isEmpty();

        // issue 19: cancelled on the preview, the upload is deleted at once
        HttpResponse<String> cancelled = post("/months/preview/cancel", Map.of("token", second.group(1)));
        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(cancelled.headers().firstValue("Location")).hasValue("/months");
        assertThat(post("/months/run", Map.of("token", second.group(1))).statusCode())
                .isEqualTo(410);
        assertThat(months()).isEmpty();
    }

    /** An IIN that passes its check digit, one for each number. */
    static String iin(int n) {
        for (int day = 1; day < 29; day++) {
            String body = String.format("90%02d%02d3%04d", 1 + n / 10_000, day, n % 10_000);
            int check = kz.ustau.domain.id.IdNumber.checkDigit(body);
            if (check != 10) {
                return body + check;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void aMappingDraftedFromAnExportIsEditedSavedAndPickedForTheMonth() throws Exception {
        HttpResponse<String> draft = multipart(
                "/mappings/draft",
                Map.of(),
                Map.of("export", List.of(Path.of("sample-payroll/kk-tabel-2026-10.xlsx"))));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        Matcher text = Pattern.compile("(?s)<textarea[^>]*>(.*?)</textarea>").matcher(draft.body());
        assertThat(text.find()).isTrue();
        String mapping = text.group(1)
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
        assertThat(mapping).contains("header.row");

        HttpResponse<String> broken =
                post("/mappings", Map.of("name", "kk-tabel", "text", mapping + "\nlayout = diagonal\n"));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(text(broken.body())).contains("kk-tabel.properties:");
        assertThat(temp.resolve("mappings/kk-tabel.properties")).doesNotExist();
        assertThat(post("/mappings", Map.of("name", "../evil", "text", mapping)).statusCode())
                .isEqualTo(400);

        HttpResponse<String> posted = post("/mappings", Map.of("name", "kk-tabel", "text", mapping));
        assertThat(posted.statusCode()).as("redirected after the post").isEqualTo(303);
        HttpResponse<String> saved = get(posted.headers().firstValue("Location").orElseThrow());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("<option value=\"saved:kk-tabel\" selected=\"selected\">");
        assertThat(Files.readString(temp.resolve("mappings/kk-tabel.properties")))
                .isEqualTo(mapping);
        assertThat(Files.getPosixFilePermissions(temp.resolve("mappings/kk-tabel.properties")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        HttpResponse<String> preview = preview(Path.of("sample-payroll/kk-tabel-2026-10.xlsx"), "saved:kk-tabel");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(text(preview.body()))
                .contains("Как читать файл kk-tabel.properties")
                .contains("Сотрудников 46");
        assertThat(preview(Path.of("sample-payroll/kk-tabel-2026-10.xlsx"), "saved:../../etc/passwd")
                        .statusCode())
                .isEqualTo(400);
    }

    private static String people(Tenge amount) {
        return PeopleFormat.money(amount).replace('\u00A0', ' ');
    }
}
