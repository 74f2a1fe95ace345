package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.port.Ledger;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (issue 8): Debian's headless Chromium through its chromedriver, nothing downloaded.
 * Runs where {@code /usr/bin/chromedriver} exists (skipped with the reason elsewhere; {@code .ci/run} installs it). Every
 * page visited leaves a screenshot in {@code target/browser/}.
 */
@org.junit.jupiter.api.condition.EnabledIf(
        value = "kz.ustau.TestEnvironment#hasChromedriver",
        disabledReason = "no /usr/bin/chromedriver: apt-get install chromium chromium-driver")
class BrowserTest {
    static final Clock CLOCK = SampleLedger.CLOCK;
    static final Path SHOTS = Path.of("target", "browser");

    @TempDir
    Path temp;

    Ledger registry;
    WebApp web;
    ChromeDriver browser;
    int shot;

    /** Screenshots of an earlier run would mislead: the folder holds this run's only. */
    @org.junit.jupiter.api.BeforeAll
    static void freshScreenshots() throws IOException {
        if (Files.isDirectory(SHOTS)) {
            try (var old = Files.list(SHOTS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The page over a registry in {@code temp/db}, its months' files in {@code temp/months}. */
    void serve() throws Exception {
        String db = temp.resolve("db").toString();
        registry = kz.ustau.cli.Main.ports().ledgers().open(db);
        web = WebApp.start(
                registry,
                kz.ustau.cli.Main.ports(),
                "127.0.0.1",
                0,
                CLOCK,
                java.util.Optional.of(Path.of("sample-payroll/employer.properties")),
                temp.resolve("months"));
    }

    @BeforeEach
    void start() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads().toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false,
                        "plugins.always_open_pdf_externally",
                        true));
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--window-size=1280,1000",
                "--lang=kk");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    Path downloads() {
        return temp.resolve("downloads");
    }

    /** Waits for the browser to finish downloading {@code name}, and returns it. */
    Path downloaded(String name) {
        Path file = downloads().resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b ->
                        Files.isRegularFile(file) && !Files.exists(downloads().resolve(name + ".crdownload")));
        return file;
    }

    void open(String path) {
        browser.get("http://127.0.0.1:" + web.port() + path);
    }

    /**
     * Words in Latin letters a kk or ru page may show (issue 19): the product's name, file formats and the names of
     * the files it writes (with a dot or a slash), numbers with letters (W01, T003, KZ…); nothing else.
     */
    static final java.util.Set<String> LATIN_ALLOWED =
            java.util.Set.of("Ustau", "CSV", "XLSX", "PDF", "DOCX", "XML", "MT100", "zip", "windows-1251", "UTF-8");

    /** Every visible word of the page in the page's language: no English word, no message code (issue 19). */
    void speaksItsLanguage(String name) {
        String text = browser.findElement(By.tagName("body")).getText();
        // who did a step, as the audit trail names them (docs/bureau.md §4): a login and a host or an address, the
        // user's own data
        for (org.openqa.selenium.WebElement who : browser.findElements(By.className("who"))) {
            text = text.replace(who.getText(), " ");
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-/]*").matcher(text);
        java.util.List<String> foreign = new java.util.ArrayList<>();
        while (m.find()) {
            String w = m.group().replaceAll("[.\\-]+$", "");
            boolean fileOrNumber = w.matches(".*\\d.*") || w.contains("/") || w.matches(".+\\.[a-z0-9]{2,4}");
            // the user's own data: a payroll code of the catalogue (SALARY, beside its kk/ru name) or a column as the
            // user's file names it (employee_id)
            boolean data = w.matches("[A-Z][A-Z_]+") || w.matches("[a-z]+(_[a-z]+)+");
            if (!fileOrNumber && !data && !LATIN_ALLOWED.contains(w)) {
                foreign.add(w);
            }
        }
        assertThat(foreign).as("Latin words on %s", name).isEmpty();
        assertThat(browser.getCurrentUrl()).as("no IIN in the URL of %s", name).doesNotContainPattern("\\d{12}");
    }

    void screenshot(String name) throws IOException {
        speaksItsLanguage(name);
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(
                png.toPath(),
                SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anAccountantFindsAWritSwitchesToRussianAndReadsTheMonthAsTheDeductionsFileSaysIt() throws Exception {
        SampleLedger.octoberClosed(temp.resolve("db").toString(), temp.resolve("o1"));
        serve();
        open("/");
        assertThat(browser.getTitle()).isEqualTo("Атқарушылық құжаттардың тізілімі — Ustau");
        assertThat(browser.findElements(By.cssSelector("#writs tbody tr"))).hasSize(17);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("780717381451");
        screenshot("writs-kk");

        browser.findElement(By.id("lang-ru")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("lang=ru"));
        assertThat(browser.getTitle()).isEqualTo("Реестр исполнительных документов — Ustau");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("TAX");
        search.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=TAX"));
        assertThat(browser.findElements(By.cssSelector("#writs tbody tr"))).hasSize(1);
        screenshot("writs-search-ru");

        importWrits(Path.of("sample-payroll/writs.csv"), "notes");
        assertThat(browser.findElement(By.id("notes")).getText())
                .isEqualTo("writs.csv: добавлено 0, изменено 0, без изменений 17");
        screenshot("writs-imported-ru");

        Path bad = Files.writeString(
                temp.resolve("bad-writs.csv"),
                Files.readString(Path.of("sample-payroll/writs.csv")).replaceFirst("780717381451", "780717381452"));
        importWrits(bad, "problems");
        assertThat(browser.findElement(By.id("problems")).getText())
                .startsWith("bad-writs.csv:2:debtor_iin:")
                .contains("780717****52")
                .doesNotContain("780717381452");
        screenshot("writs-problem-ru");

        open("/writs?q=TAX");
        browser.findElement(By.linkText("W11")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/writs/W11"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Исполнительный документ W11");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Исполняется");
        screenshot("writ-ru");
        browser.findElement(By.id("suspend-reason")).sendKeys("постановление № 7 от 01.12.2026");
        browser.findElement(By.id("suspend")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("status"), "Приостановлен"));
        assertThat(browser.findElement(By.id("events")).getText()).contains("постановление № 7 от 01.12.2026");
        screenshot("writ-suspended-ru");
        // issue 19: ending a writ needs a reason chosen (none is by default) and a page of its own that says what
        // happens; cancelling there changes nothing
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("end-reason")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEmpty();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("end-reason")))
                .selectByValue("PAID_IN_FULL");
        browser.findElement(By.id("end")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        assertThat(browser.findElement(By.id("confirm-title")).getText())
                .isEqualTo("Окончить исполнение документа W11?");
        assertThat(browser.findElement(By.id("confirm-what")).getText())
                .contains("Основание: присуждённые суммы взысканы полностью.");
        screenshot("writ-end-confirm-ru");
        browser.findElement(By.id("confirm-cancel")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("status"), "Приостановлен"));

        open("/months");
        assertThat(browser.getTitle()).as("the language is remembered").isEqualTo("Месяцы — Ustau");
        screenshot("months-ru");
        browser.findElement(By.linkText("10.2026")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/months/2026-10"));
        screenshot("month-ru");

        reviewAgreesWith(temp.resolve("o1/deductions.csv"), true, Optional.of(""));
    }

    /**
     * Issue 19: the same walk in Kazakh — registry, import, a writ's card and its end confirmation, the upload and its
     * preview, the review with its warnings, an explanation, the lock's confirmation, the locked month, the deadlines
     * — every page in Kazakh words only ({@link #speaksItsLanguage} at each screenshot), no IIN in any URL.
     */
    @Test
    void theWholeWalkInKazakh() throws Exception {
        serve();
        open("/writs?lang=kk");
        screenshot("kk-writs-empty");
        importWrits(Path.of("sample-payroll/writs.csv"), "notes");
        screenshot("kk-writs-imported");
        open("/writs/W01");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("end-reason")))
                .selectByValue("CHILD_CAME_OF_AGE_NO_DEBT");
        browser.findElement(By.id("end")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        assertThat(browser.findElement(By.id("confirm-title")).getText())
                .isEqualTo("W01 құжатын орындауды аяқтау керек пе?");
        screenshot("kk-writ-end-confirm");
        browser.findElement(By.id("confirm-cancel")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/writs/W01"));
        screenshot("kk-writ");

        open("/months");
        browser.executeScript("arguments[0].value = '2026-10'", browser.findElement(By.id("run-period")));
        browser.findElement(By.id("run-payroll"))
                .sendKeys(Path.of("sample-payroll/1c-vedomost-2026-10.csv")
                        .toAbsolutePath()
                        .toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("run-mapping")))
                .selectByValue("preset:1c-vedomost");
        screenshot("kk-months-upload");
        browser.findElement(By.id("run-preview")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("run-button")));
        screenshot("kk-preview");
        browser.findElement(By.id("run-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/months/2026-10"));
        browser.findElement(By.cssSelector("#warnings-box summary")).click();
        screenshot("kk-month-review");
        browser.findElement(By.id("explain-W01")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/months/2026-10/explain/T003"));
        assertThat(browser.findElement(By.id("explain")).getText())
                .contains("T003  Петров Алексей Николаевич, ЖСН 780717****51")
                .doesNotContain("ИИН", "База");
        screenshot("kk-explain");
        browser.navigate().back();
        browser.findElement(By.id("export")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        screenshot("kk-month-lock-confirm");
        browser.findElement(By.id("confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?said="));
        screenshot("kk-month-locked");
        open("/deadlines");
        screenshot("kk-deadlines");
    }

    @Test
    void anAccountantRunsOctoberFromThe1cExportLocksItAndDownloadsTheBankFileAndANotice() throws Exception {
        serve();
        open("/writs?lang=ru");
        screenshot("flow-writs-empty-ru");
        importWrits(Path.of("sample-payroll/writs.csv"), "notes");
        assertThat(browser.findElement(By.id("notes")).getText())
                .isEqualTo("writs.csv: добавлено 17, изменено 0, без изменений 0");
        screenshot("flow-writs-imported-ru");

        browser.findElement(By.linkText("Месяцы")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/months"));
        browser.executeScript("arguments[0].value = '2026-10'", browser.findElement(By.id("run-period")));
        browser.findElement(By.id("run-payroll"))
                .sendKeys(Path.of("sample-payroll/1c-vedomost-2026-10.csv")
                        .toAbsolutePath()
                        .toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("run-mapping")))
                .selectByValue("preset:1c-vedomost");
        screenshot("flow-months-upload-ru");
        browser.findElement(By.id("run-preview")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("run-button")));
        assertThat(browser.findElement(By.id("preview-files")).getText()).isEqualTo("1c-vedomost-2026-10.csv");
        assertThat(browser.findElement(By.id("preview-employees")).getText()).isEqualTo("46");
        assertThat(browser.findElement(By.id("code-SALARY")).getText())
                .isEqualTo("SALARY 45 15 387 000,00 ₸ Оплата по окладу (тарифной ставке) входит в базу");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("780717381451");
        screenshot("flow-preview-ru");

        browser.findElement(By.id("run-button")).click();
        if (browser.getCurrentUrl().contains("/jobs/")) {
            screenshot("flow-job-ru"); // the run's progress, while it lasts (it reloads itself each second)
        }
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/months/2026-10"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Открыт (на проверке)");
        assertThat(browser.findElement(By.cssSelector("#warnings-box summary")).getText())
                .isEqualTo("Предупреждения (21)");
        screenshot("flow-month-review-ru");
        browser.findElement(By.cssSelector("#warnings-box summary")).click();
        assertThat(browser.findElement(By.id("warnings")).getText())
                .contains("1c-vedomost-2026-10.csv: пропущено строк по правилу сопоставления");
        screenshot("flow-month-warnings-ru");

        Path expected = temp.resolve("cli");
        assertThat(SampleLedger.ustau(
                        "run",
                        "--payroll",
                        "sample-payroll/payroll.csv",
                        "--writs",
                        "sample-payroll/writs.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        expected.toString()))
                .isZero();
        reviewAgreesWith(expected.resolve("deductions.csv"), false, Optional.empty());

        browser.findElement(By.id("explain-W01")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/months/2026-10/explain/T003"));
        assertThat(browser.findElement(By.id("explain")).getText())
                .contains("T003  Петров Алексей Николаевич, ИИН 780717****51")
                .contains("Дата выплаты: 05.11.2026")
                .contains("доля: 1/4 × 393 135,00 = 98 283,75")
                .doesNotContain("ЖСН", "RULES", "Law art.")
                .contains("W01");
        screenshot("flow-explain-ru");
        browser.navigate().back();

        browser.findElement(By.id("export")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        screenshot("flow-month-lock-confirm-ru");
        browser.findElement(By.id("confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("status"), "Закрыт"));
        assertThat(browser.getCurrentUrl()).as("redirected after the post").contains("/months/2026-10?said=");
        assertThat(browser.findElement(By.id("notes")).getText()).contains("платёжных поручений 15");
        screenshot("flow-month-locked-ru");

        browser.findElement(By.id("file-payments-1c-txt")).click();
        String exchange =
                Files.readString(downloaded("payments-1c.txt"), kz.ustau.adapter.files.TextEncoding.WINDOWS_1251);
        assertThat(exchange).startsWith("1CClientBankExchange");
        List<Map<String, String>> orders = SampleLedger.deductions(temp.resolve("months/2026-10/deductions.csv"));
        Tenge paid = Tenge.ZERO;
        for (Map<String, String> d : orders) {
            paid = paid.plus(Tenge.of(d.get("withheld_total")));
        }
        Tenge inFile = Tenge.ZERO;
        for (String line : exchange.split("\r\n")) {
            if (line.startsWith("Сумма=")) {
                inFile = inFile.plus(Tenge.of(line.substring(6)));
            }
        }
        assertThat(inFile).as("the bank file pays what was withheld").isEqualTo(paid);

        browser.findElement(By.id("file-notices-notice-W09-ru-pdf")).click();
        Path pdf = downloaded("notice-W09-ru.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String letter = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(doc)
                    .replace('\u00A0', ' ')
                    .replace('\u202F', ' ');
            assertThat(letter)
                    .contains("об увольнении должника")
                    .contains("Исполнительный документ № 2-1990/23 от 12.12.2023")
                    .contains("Удержано за октябрь 2026 г. 100 883,75 тенге");
        }

        browser.findElement(By.linkText("Сроки")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/deadlines"));
        assertThat(browser.findElement(By.id("transfers")).getText()).contains("Выписано с опозданием");
        screenshot("flow-deadlines-ru");
    }

    /**
     * Every line of the month's review on the page against a {@code deductions.csv}: the employee, the writ, base,
     * demand, withheld, debt after, paid (all withheld when the month is locked, nothing before) and held; the last cell too
     * when given; and the total withheld.
     */
    private void reviewAgreesWith(Path deductions, boolean paid, Optional<String> lastCell) throws IOException {
        Tenge total = Tenge.ZERO;
        for (Map<String, String> cells : SampleLedger.deductions(deductions)) {
            String writ = cells.get("writ_id");
            Tenge withheld = Tenge.of(cells.get("withheld_total"));
            total = total.plus(withheld);
            List<String> shown =
                    new java.util.ArrayList<>(browser.findElements(By.cssSelector("#line-" + writ + " td")).stream()
                            .map(WebElement::getText)
                            .toList());
            // the personnel number, then the name beside it (issue 19): deductions.csv has the number alone
            assertThat(shown.get(0)).as(writ).matches(cells.get("employee_id") + " \\p{L}.+");
            shown.set(0, cells.get("employee_id"));
            List<String> expected = new java.util.ArrayList<>(List.of(
                    cells.get("employee_id"),
                    writ,
                    people(cells.get("base")),
                    people(Tenge.of(cells.get("demand_current"))
                            .plus(Tenge.of(cells.get("demand_debt")))
                            .plain()),
                    people(withheld.plain()),
                    people(cells.get("debt_after")),
                    people(paid ? withheld.plain() : "0.00")));
            // what the month holds for a writ without an account (RULES §11.1); empty when nothing
            Tenge held = Tenge.of(cells.getOrDefault("held", "0.00"));
            expected.add(held.isPositive() ? people(held.plain()) : "");
            lastCell.ifPresent(expected::add);
            assertThat(lastCell.isPresent() ? shown : shown.subList(0, 8))
                    .as(writ)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(browser.findElement(By.id("total-withheld")).getText()).isEqualTo(people(total.plain()));
    }

    /** Imports a writs file through the registry's form and waits for the page to say {@code shown} (notes, problems). */
    private void importWrits(Path file, String shown) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(shown)));
    }

    /** As the page shows an amount, read as WebDriver reads text: its no-break spaces as plain ones. */
    private static String people(String plain) {
        return PeopleFormat.money(Tenge.of(plain)).replace('\u00A0', ' ');
    }
}
