package kz.ustau.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;
import kz.ustau.app.ledger.LedgerBusyException;
import kz.ustau.app.ledger.Refusal;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.WritLetters;
import kz.ustau.app.port.WritRegistry;
import kz.ustau.app.registry.ImportResult;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.app.registry.RegistryEntry;
import kz.ustau.app.statement.WritAnswer;
import kz.ustau.app.statement.WritAnswers;
import kz.ustau.app.statement.WritStatement;
import kz.ustau.app.statement.WritStatements;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.Settings;
import kz.ustau.domain.rules.WritAnswerDeadline;
import kz.ustau.domain.writ.EndReason;
import kz.ustau.domain.writ.WritStatus;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The local web application (issue 8, first part): the writ registry — the list, a search, and one writ's card with
 * its month-by-month history, the total withheld and the current debt — and the ledger's months with each month's
 * review (per employee and writ: base, demand, withheld, debt, paid). Kazakh and Russian, switched on every page
 * and remembered in a cookie. Everything goes through the use cases and ports of {@code kz.ustau.app} (issue 13): the
 * ledger, the registry and the month's lifecycle, as on the command line.
 *
 * <p>Personal data: IINs are shown masked, never put in a URL, never logged; every response is {@code no-store} so
 * the browser keeps no copy; the server listens on loopback only (the password for other addresses is to come).
 */
public final class WebApp implements AutoCloseable {
    /** The languages of the page, the first the default. */
    static final List<String> LANGUAGES = List.of("kk", "ru");

    /** The most a writs file may weigh: a registry of many thousands of writs is a few megabytes. */
    static final long MAX_WRITS_FILE = 10L * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Ledger ledger;
    private final Ports ports;
    private final Clock clock;
    private final TemplateEngine templates;
    private final Map<String, Map<String, String>> texts = new HashMap<>();
    private final Javalin app;
    private final MonthDesk desk;
    /** The password's hash when the page listens beyond loopback; then every page but the login needs a session. */
    private final Optional<String> password;
    /** Whether the page is served over HTTPS: its cookies are then {@code Secure} and it sends HSTS. */
    private boolean secure;
    /** The employer's properties, when the page was started with them: the letters about a writ are signed so. */
    private final Optional<Path> employer;
    /** Signed-in browsers: the session token and when it was last used. */
    private final Map<String, java.time.Instant> sessions = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The page's accounts are in use (docs/bureau.md §3): everyone signs in by login and password, on loopback too, and
     * each step is allowed by the account's role for the page's employer.
     */
    private final boolean accounts;
    /** The account each session signed in as, with accounts in use. */
    private final Map<String, String> signedAs = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Per client address (issue 19): wrong passwords in a row, and the time until which that address may not try again;
     * another address, the right user's, is not paused by it.
     */
    private final Map<String, Attempts> attempts = new java.util.LinkedHashMap<>();

    private record Attempts(int failures, java.time.Instant pausedUntil) {}

    /** Addresses whose attempts are remembered at most: the oldest are forgotten first. */
    static final int MAX_ADDRESSES = 10_000;

    /**
     * The browser sessions the page issued (issue 19, synchronizer tokens): the session id in the {@code csrf} cookie,
     * and the token the page's forms carry for it, with when the session was last seen. A cookie the page did not
     * issue has no token here, so a request that makes up both the cookie and the form value is refused.
     */
    private final Map<String, Issued> csrfSessions = new java.util.concurrent.ConcurrentHashMap<>();

    private record Issued(String token, java.time.Instant lastSeen) {}

    /** Browser sessions kept at most, and how long one lasts unused. */
    static final int MAX_CSRF_SESSIONS = 10_000;

    static final java.time.Duration CSRF_IDLE = java.time.Duration.ofHours(12);
    /** How long a session lasts without use. */
    static final java.time.Duration SESSION_IDLE = java.time.Duration.ofHours(2);
    /** Wrong passwords in a row before logins pause for a minute. */
    static final int MAX_FAILURES = 5;

    /**
     * A certificate the user gives for HTTPS beyond loopback (issue 19): a PKCS#12 keystore and its password. The page
     * then listens on HTTPS only, sets its cookies {@code Secure} and sends HSTS.
     */
    public record Tls(Path keystore, char[] password) {
        public Tls {
            java.util.Objects.requireNonNull(keystore, "keystore");
            java.util.Objects.requireNonNull(password, "password");
        }
    }

    private WebApp(
            Ledger ledger,
            Ports ports,
            Clock clock,
            Optional<MonthWork> work,
            Optional<String> password,
            boolean accounts,
            String host,
            int port,
            Optional<Tls> tls) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.secure = tls.isPresent();
        this.ports = ports;
        this.clock = clock;
        this.password = password;
        this.employer = work.map(MonthWork::employer);
        this.desk = new MonthDesk(this, ledger, ports, work, clock);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(WebApp.class.getClassLoader());
        resolver.setPrefix("kz/ustau/web/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates = new TemplateEngine();
        templates.setTemplateResolver(resolver);
        for (String lang : LANGUAGES) {
            texts.put(lang, texts(lang));
        }
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            tls.ifPresent(t -> config.jetty.addConnector((server, http) -> {
                org.eclipse.jetty.util.ssl.SslContextFactory.Server ssl =
                        new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
                ssl.setKeyStorePath(t.keystore().toString());
                ssl.setKeyStoreType("PKCS12");
                ssl.setKeyStorePassword(new String(t.password()));
                org.eclipse.jetty.server.HttpConfiguration https = new org.eclipse.jetty.server.HttpConfiguration(http);
                org.eclipse.jetty.server.SecureRequestCustomizer customizer =
                        new org.eclipse.jetty.server.SecureRequestCustomizer();
                customizer.setSniHostCheck(false); // a certificate for the bureau's name, reached by its address too
                https.addCustomizer(customizer);
                org.eclipse.jetty.server.ServerConnector connector = new org.eclipse.jetty.server.ServerConnector(
                        server,
                        new org.eclipse.jetty.server.SslConnectionFactory(ssl, "http/1.1"),
                        new org.eclipse.jetty.server.HttpConnectionFactory(https));
                connector.setHost(host);
                connector.setPort(port);
                return connector;
            }));
            config.http.maxRequestSize = MonthDesk.MAX_PAYROLL_UPLOAD + 1024 * 1024;
            // uploads above 1 MB go to a temporary file of Jetty's, not the heap
            config.jetty.multipartConfig.cacheDirectory(System.getProperty("java.io.tmpdir"));
            config.jetty.multipartConfig.maxFileSize(MonthDesk.MAX_PAYROLL_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(
                    MonthDesk.MAX_PAYROLL_UPLOAD + 1024 * 1024, io.javalin.config.SizeUnit.BYTES);
        });
        app.before(ctx -> {
            if (secure) {
                ctx.attribute("secure", Boolean.TRUE);
                ctx.header("Strict-Transport-Security", "max-age=31536000");
            }
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
            if (!guarded() && !isLoopbackName(ctx.host())) {
                // DNS rebinding: another site's name pointed at 127.0.0.1 would read the page as its own
                ctx.status(421);
                ctx.contentType("text/plain; charset=utf-8");
                ctx.result("421: this page answers to 127.0.0.1, localhost or [::1] only");
                ctx.skipRemainingHandlers();
                return;
            }
            long length = ctx.contentLength();
            if (length > MonthDesk.MAX_PAYROLL_UPLOAD + 1024 * 1024) {
                // issue 19: refused before the body is read, in the page's language
                tooLarge(ctx);
                ctx.skipRemainingHandlers();
                return;
            }
            if (guarded() && !ctx.path().equals("/login") && !signedIn(ctx)) {
                if (ctx.method() == io.javalin.http.HandlerType.GET) {
                    ctx.redirect("/login", HttpStatus.SEE_OTHER);
                } else {
                    ctx.status(401);
                    page(ctx, "failed", Map.of("reason", words(ctx).get("login.needed")));
                }
                ctx.skipRemainingHandlers();
                return;
            }
            if (accounts && !ctx.path().equals("/login") && !allowed(ctx)) {
                ctx.status(403);
                page(ctx, "failed", Map.of("reason", words(ctx).get("role.refused")));
                ctx.skipRemainingHandlers();
            }
        });
        app.get("/login", ctx -> page(ctx, "login", Map.of()));
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/", ctx -> ctx.redirect("/writs"));
        app.get("/writs", this::writs);
        app.get("/writs/{id}", this::writ);
        app.get("/writs/{id}/letters/{file}", this::letter);
        app.post("/writs/import", this::importWrits);
        app.post("/writs/search", this::searchWrits);
        app.post("/writs/{id}/status", this::status);
        app.post("/writs/{id}/answer", this::answer);
        app.get("/months", desk::months);
        app.post("/months/preview", desk::preview);
        app.post("/months/run", desk::run);
        app.post("/months/preview/cancel", desk::cancel);
        app.get("/jobs/{id}", desk::job);
        app.get("/months/{period}", desk::month);
        app.get("/months/{period}/explain/{employee}", desk::explain);
        app.post("/months/{period}/export", desk::export);
        app.post("/months/{period}/reopen", desk::reopen);
        app.post("/months/{period}/recompute", desk::recompute);
        app.get("/months/{period}/file", desk::file);
        app.get("/months/{period}/files.zip", desk::zip);
        app.get("/deadlines", desk::deadlines);
        app.post("/mappings/draft", desk::draftMapping);
        app.post("/mappings", desk::saveMapping);
        app.error(404, ctx -> page(ctx, "missing", Map.of()));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                tooLarge(ctx); // a body without its length that grew beyond the limit
                return;
            }
            ctx.status(e.getStatus());
            page(ctx, "failed", Map.of("reason", words(ctx).get("failed.request")));
        });
        app.exception(Exception.class, (e, ctx) -> {
            ctx.status(500);
            // the message may name a file or a writ, never an IIN: the registry's messages mask them
            page(ctx, "failed", Map.of("reason", String.valueOf(e.getMessage())));
        });
    }

    /**
     * Starts the page on {@code host:port} (port 0: any free one) over an open ledger, which stays the caller's to
     * close; with {@code employer} the page runs months too, each into {@code months/YYYY-MM}. A host that is not a
     * loopback address is refused until the page has its password.
     */
    public static WebApp start(
            Ledger ledger, Ports ports, String host, int port, Clock clock, Optional<Path> employer, Path months)
            throws IOException {
        return start(ledger, ports, host, port, clock, employer, months, Optional.empty());
    }

    /** The page as {@link #start}, over HTTPS with {@code tls} when given (issue 19). */
    public static WebApp start(
            Ledger ledger,
            Ports ports,
            String host,
            int port,
            Clock clock,
            Optional<Path> employer,
            Path months,
            Optional<Tls> tls)
            throws IOException {
        Optional<String> password = Optional.empty();
        boolean accounts = read(ledger, tx -> tx.accounts().any());
        if (!isLoopbackHost(host) && !accounts) {
            password = read(ledger, tx -> tx.writs().webPassword());
            if (password.isEmpty()) {
                throw new IllegalArgumentException("the page listens on " + host
                        + " only with a password: set one first (ustau serve --host " + host
                        + " asks for it at its first start)");
            }
        }
        Optional<MonthWork> work = employer.map(e -> new MonthWork(ledger, ports, e, months, clock));
        WebApp web = new WebApp(ledger, ports, clock, work, password, accounts, host, port, tls);
        web.warmUp();
        if (tls.isPresent()) {
            web.app.start(); // the HTTPS connector alone, on host and port
        } else {
            web.app.start(host, port);
        }
        return web;
    }

    /**
     * Whether a request's {@code Host} header names this machine by a loopback name or address ({@code 127.0.0.1:8080},
     * {@code localhost}, {@code [::1]}), never looked up in DNS.
     */
    static boolean isLoopbackName(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && host.substring(1, end).equals("::1");
        }
        int colon = host.indexOf(':');
        String name = colon >= 0 ? host.substring(0, colon) : host;
        return name.equals("localhost") || name.equals("127.0.0.1") || name.matches("127(\\.\\d{1,3}){3}");
    }

    public static boolean isLoopbackHost(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Renders the month's review once with made-up lines before the page is served, so that the first real review of a
     * big month does not also pay for parsing the templates and compiling their expressions.
     */
    private void warmUp() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(Map.of(
                    "writ", "W" + i,
                    "employee", "E" + i,
                    "base", PeopleFormat.money(Tenge.of("393135.00")),
                    "demand", PeopleFormat.money(Tenge.of("98283.75")),
                    "withheld", PeopleFormat.money(Tenge.of("98283.75")),
                    "debt", PeopleFormat.money(Tenge.ZERO),
                    "paid", PeopleFormat.money(Tenge.ZERO),
                    "held", "",
                    "name", "Петров Алексей Николаевич"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("period", "2026-10");
        model.put("shown", "10.2026");
        model.put("status", "");
        model.put("statusCode", "OPEN");
        model.put("withheld", "");
        model.put("paid", "");
        model.put("canRun", true);
        model.put("warnings", List.of(Map.of("text", "warning", "code", "code")));
        model.put("explainable", true);
        model.put("files", List.of("deductions.csv"));
        for (String lang : LANGUAGES) {
            org.thymeleaf.context.Context c = new org.thymeleaf.context.Context(Locale.forLanguageTag(lang));
            c.setVariables(model);
            c.setVariable("t", texts.get(lang));
            c.setVariable("lang", lang);
            c.setVariable("path", "/");
            c.setVariable("csrf", "");
            c.setVariable("signedIn", false);
            templates.process("month", c);
        }
    }

    private boolean signedIn(Context ctx) {
        String token = ctx.cookie("session");
        if (token == null) {
            return false;
        }
        java.time.Instant now = clock.instant();
        java.time.Instant last = sessions.get(token);
        if (last == null || last.plus(SESSION_IDLE).isBefore(now)) {
            sessions.remove(token);
            signedAs.remove(token);
            return false;
        }
        sessions.put(token, now);
        return true;
    }

    /**
     * {@code POST /login}: the password against its stored hash; a session cookie ({@code HttpOnly},
     * {@code SameSite=Strict}) on success. After {@link #MAX_FAILURES} wrong ones in a row, no login for a minute.
     */
    private void login(Context ctx) throws IOException {
        if (!guarded()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        if (!csrfHolds(ctx)) {
            return;
        }
        char[] given = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        String login = Optional.ofNullable(ctx.formParam("login")).orElse("").strip();
        ctx.attribute("login", login);
        boolean ok;
        String address = ctx.ip();
        synchronized (attempts) {
            Attempts before = attempts.getOrDefault(address, new Attempts(0, java.time.Instant.EPOCH));
            if (clock.instant().isBefore(before.pausedUntil())) {
                Password.wipe(given);
                audit(ctx, "LOGIN_FAILED", "paused");
                ctx.status(429);
                page(ctx, "login", Map.of("problem", words(ctx).get("login.paused")));
                return;
            }
            ok = accounts ? account(login, given) : Password.matches(given, password.get());
            Password.wipe(given);
            attempts.remove(address);
            if (!ok) {
                int failures = before.failures() + 1;
                attempts.put(
                        address,
                        failures >= MAX_FAILURES
                                ? new Attempts(0, clock.instant().plusSeconds(60))
                                : new Attempts(failures, java.time.Instant.EPOCH));
                if (attempts.size() > MAX_ADDRESSES) {
                    attempts.remove(attempts.keySet().iterator().next());
                }
            }
        }
        audit(ctx, ok ? "LOGIN" : "LOGIN_FAILED", "");
        if (!ok) {
            ctx.status(401);
            page(ctx, "login", Map.of("problem", words(ctx).get("login.wrong")));
            return;
        }
        String token = randomToken();
        sessions.put(token, clock.instant());
        if (accounts) {
            signedAs.put(token, login);
        }
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        "session=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
        ctx.redirect("/writs", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) throws IOException {
        if (!csrfHolds(ctx)) {
            return;
        }
        String token = ctx.cookie("session");
        if (token != null) {
            audit(ctx, "LOGOUT", "");
            sessions.remove(token);
            signedAs.remove(token);
        }
        ctx.res().addHeader("Set-Cookie", "session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /**
     * Who a request is, for the audit trail (docs/bureau.md §4): until the page has accounts (§3), the user who
     * started the server — on loopback the accountant at this machine —, from the client's address.
     */
    kz.ustau.app.ledger.Actor actor(Context ctx) {
        String token = ctx.cookie("session");
        String login = accounts
                ? Optional.ofNullable(ctx.<String>attribute("login"))
                        .or(() -> Optional.ofNullable(token).map(signedAs::get))
                        .filter(l -> !l.isBlank())
                        .orElse("?")
                : ledger.actor().login();
        return new kz.ustau.app.ledger.Actor(login, "page@" + ctx.ip());
    }

    /** The page asks who is there: with the server's password, or with accounts. */
    private boolean guarded() {
        return password.isPresent() || accounts;
    }

    /** A hash no password matches, checked when a login names no account, so that both take the same time. */
    private static final String NO_ACCOUNT = Password.hash("no such account, ever".toCharArray());

    /** The login's password against its account, enabled and with a role for the page's employer. */
    private boolean account(String login, char[] given) throws IOException {
        Optional<kz.ustau.app.ledger.Account> account = login.isEmpty()
                ? Optional.empty()
                : read(ledger, tx -> tx.accounts().account(login));
        boolean matches = Password.matches(
                given, account.map(kz.ustau.app.ledger.Account::hash).orElse(NO_ACCOUNT));
        return matches && account.get().enabled() && role(account.get()).isPresent();
    }

    private Optional<kz.ustau.app.ledger.Role> role(kz.ustau.app.ledger.Account account) throws IOException {
        return account.role(read(ledger, Ledger.Transaction::employer));
    }

    /** The POSTs a viewer may make: they change nothing. */
    private static final java.util.Set<String> READS = java.util.Set.of("/logout", "/writs/search");

    /**
     * Whether the signed-in account's role allows the request (docs/bureau.md §3), read afresh each time, so that a
     * disabled account or a changed role holds at once: a viewer reads; a preparer also imports, runs and changes
     * writs; an approver also exports (locks) and reopens a month.
     */
    private boolean allowed(Context ctx) throws IOException {
        String login =
                Optional.ofNullable(ctx.cookie("session")).map(signedAs::get).orElse("");
        Optional<kz.ustau.app.ledger.Account> account = login.isEmpty()
                ? Optional.empty()
                : read(ledger, tx -> tx.accounts().account(login));
        Optional<kz.ustau.app.ledger.Role> role = account.filter(kz.ustau.app.ledger.Account::enabled)
                .flatMap(a -> {
                    try {
                        return role(a);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        if (role.isEmpty()) {
            return false;
        }
        if (ctx.method() != io.javalin.http.HandlerType.POST || READS.contains(ctx.path())) {
            return true;
        }
        String path = ctx.path();
        if (path.matches("/months/[^/]+/(export|reopen)")) {
            return role.get().approves();
        }
        return role.get().prepares();
    }

    /** A step of the page's own the trail has not taken yet: a login while a month's close held the ledger. */
    private record Unrecorded(Ledger as, String action, String detail, LocalDateTime at) {}

    private final java.util.Deque<Unrecorded> unrecorded = new java.util.ArrayDeque<>();

    /**
     * Records a login, a failed one or a logout in the audit trail, in order. While another writer holds the ledger (a
     * month being closed) the step waits in memory, with its own time, and is written before the page's next one; any
     * other fault of the ledger fails the request, so that no login goes unrecorded.
     */
    private void audit(Context ctx, String action, String detail) throws IOException {
        synchronized (unrecorded) {
            unrecorded.add(new Unrecorded(ledger.as(actor(ctx)), action, detail, LocalDateTime.now(clock)));
            try {
                for (Unrecorded u = unrecorded.peek(); u != null; u = unrecorded.peek()) {
                    u.as().record(u.action(), "", u.detail(), u.at());
                    unrecorded.poll();
                }
            } catch (LedgerBusyException e) {
                // kept for the next step
            } catch (kz.ustau.app.InvalidInputException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Where the page keeps each month's folder unless told: {@code ~/.ustau/months}. */
    public static Path defaultMonths() {
        return MonthWork.defaultFolder();
    }

    /** The port the page listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        desk.close();
    }

    /** A read of the committed ledger; a read has no input to be wrong. */
    static <T> T read(Ledger ledger, Ledger.Work<T> work) throws IOException {
        try {
            return ledger.read(work);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writs(Context ctx) throws IOException {
        writs(ctx, flashed(ctx));
    }

    /**
     * What a post said, kept for the one page the browser is sent to after it (issue 19: redirect after every post, so
     * that a reload never posts again): {@code ?said=KEY}.
     */
    private final Map<String, Map<String, Object>> flashes =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /** Keeps {@code model} for the page after the redirect; the key for its {@code ?said=}. */
    String flash(Map<String, Object> model) {
        String key = randomToken();
        flashes.put(key, model);
        while (flashes.size() > 1000) {
            flashes.remove(flashes.keySet().iterator().next());
        }
        return key;
    }

    /** What the post before this page said, once; nothing when the page is not one a post sent the browser to. */
    Map<String, Object> flashed(Context ctx) {
        String said = ctx.queryParam("said");
        Map<String, Object> kept = said == null ? null : flashes.remove(said);
        return kept == null ? Map.of() : kept;
    }

    /**
     * Searches kept out of the URL (issue 19): a search that holds an IIN is kept here under a random key, and the
     * browser is sent to {@code ?s=KEY}; the IIN is never in an address, a history or a log.
     */
    private final Map<String, String> searches = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    private static final java.util.regex.Pattern TWELVE_DIGITS = java.util.regex.Pattern.compile("\\d{12}");

    /**
     * The search of this request: kept under {@code ?s=}, or {@code ?q=} as typed; empty after it sent the browser on
     * (a {@code ?q=} holding an IIN is moved out of the URL first).
     */
    Optional<String> search(Context ctx, String path) {
        String kept = ctx.queryParam("s");
        if (kept != null) {
            return Optional.of(searches.getOrDefault(kept, ""));
        }
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (TWELVE_DIGITS.matcher(q).find()) {
            ctx.redirect(path + "?" + searchParam(q), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        return Optional.of(q);
    }

    /** The URL parameter that carries a search: {@code q=} as typed, or {@code s=KEY} when it holds an IIN. */
    String searchParam(String q) {
        if (!TWELVE_DIGITS.matcher(q).find()) {
            return "q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        }
        String key = randomToken();
        searches.put(key, q);
        while (searches.size() > 1000) {
            searches.remove(searches.keySet().iterator().next());
        }
        return "s=" + key;
    }

    /** The URL parameter the page links of this request carry its search in: the one it came with, or a new one. */
    String searchParam(Context ctx, String q) {
        if (q.isEmpty()) {
            return "";
        }
        String kept = ctx.queryParam("s");
        return kept != null ? "s=" + kept : searchParam(q);
    }

    /** A search as the page shows it back: every IIN in it masked. */
    static String shownSearch(String q) {
        return TWELVE_DIGITS.matcher(q).replaceAll(m -> IdNumber.mask(m.group()));
    }

    /** {@code POST /writs/search}: the search, kept out of the URL when it holds an IIN. */
    private void searchWrits(Context ctx) {
        String q = Optional.ofNullable(ctx.formParam("q")).orElse("").strip();
        ctx.redirect(q.isEmpty() ? "/writs" : "/writs?" + searchParam(q), HttpStatus.SEE_OTHER);
    }

    private void writs(Context ctx, Map<String, Object> extra) throws IOException {
        String lang = language(ctx);
        Map<String, String> t = texts.get(lang);
        Optional<String> searched = search(ctx, "/writs");
        if (searched.isEmpty()) {
            return;
        }
        String q = searched.get();
        String digits = q.replaceAll("\\s", "");
        List<Map<String, String>> rows = new ArrayList<>();
        List<RegistryEntry> entries = read(ledger, tx -> tx.writs().list());
        for (RegistryEntry e : entries) {
            String kind = t.getOrDefault("kind." + e.kind(), e.kind());
            String status = t.getOrDefault("status." + e.status(), e.status().name());
            // an IIN, or four or more of its digits, finds the debtor's writs (issue 19)
            boolean byIin = digits.matches("\\d{4,12}") && e.debtorIin().contains(digits);
            if (!q.isEmpty()
                    && !byIin
                    && !matches(q, e.writId(), e.kind(), kind, e.status().name(), status)) {
                continue;
            }
            rows.add(Map.of(
                    "id", e.writId(),
                    "debtor", IdNumber.mask(e.debtorIin()),
                    "kind", kind,
                    "status", status,
                    "statusCode", e.status().name(),
                    "reason", e.reason().map(r -> RegistryWords.detail(r, t)).orElse(""),
                    "version", Integer.toString(e.version())));
        }
        Map<String, Object> model = new HashMap<>(extra);
        // a large employer's 50,000 writs a hundred at a time (issue 21): the count is of all that match
        Paged<Map<String, String>> shown = Paged.of(rows, ctx.queryParam("page"));
        model.put("matching", Integer.toString(rows.size()));
        model.put("rows", shown.rows());
        String param = searchParam(ctx, q);
        model.put("prevPage", shown.link("/writs", param, -1));
        model.put("nextPage", shown.link("/writs", param, +1));
        model.put("pageOf", shown.said());
        model.put("q", shownSearch(q));
        model.put("total", Integer.toString(entries.size()));
        model.put("unanswered", unanswered(t));
        page(ctx, "writs", model);
    }

    /**
     * The writs awaiting their answer (issue 16; RULES §9.1 [A]): when each arrived, the day the answer is due by
     * ({@code writ.answer.days} of the page's employer, else three days), and the days left or past.
     */
    private List<Map<String, String>> unanswered(Map<String, String> t) throws IOException {
        Settings settings = Settings.DEFAULTS;
        Optional<Employer> e = signingEmployer();
        if (e.isPresent()) {
            settings = e.get().settings();
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<Map<String, String>> rows = new ArrayList<>();
        for (WritRegistry.Unanswered u : read(ledger, tx -> tx.writs().unanswered())) {
            java.time.LocalDate due = WritAnswerDeadline.due(
                    u.importedAt().toLocalDate(),
                    settings,
                    ports.tables().builtIn().calendar());
            long left = java.time.temporal.ChronoUnit.DAYS.between(today, due);
            rows.add(Map.of(
                    "id", u.writId(),
                    "received", PeopleFormat.date(u.importedAt().toLocalDate()),
                    "due", PeopleFormat.date(due),
                    "left",
                            left >= 0
                                    ? t.get("answer.left").replace("{0}", Long.toString(left))
                                    : t.get("answer.late").replace("{0}", Long.toString(-left)),
                    "late", Boolean.toString(left < 0)));
        }
        return rows;
    }

    /** The employer the page was started with, as its properties read; empty without them or when they do not read. */
    private Optional<Employer> signingEmployer() throws IOException {
        if (employer.isEmpty()) {
            return Optional.empty();
        }
        return ports.inputs()
                .employer(employer.get(), employer.get().toString())
                .read(new Problems());
    }

    /**
     * A letter about one writ, made on request from the ledger (issue 16): its statement of the last twelve months the
     * ledger holds, PDF in either language or the workbook, or the employee's certificate as of today. Read-only;
     * only with the employer's properties the page was started with.
     */
    private void letter(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String file = ctx.pathParam("file");
        Optional<Employer> emp = signingEmployer();
        if (emp.isEmpty()) {
            ctx.status(employer.isEmpty() ? 404 : 500); // no letters without an employer; one that does not read
            page(ctx, "missing", Map.of());
            return;
        }
        if (file.startsWith("answer-")) {
            Optional<WritAnswer> answered;
            try {
                answered = ledger.read(tx -> new WritAnswers(ports.payrolls())
                        .recorded(tx, id, emp.get(), ports.tables().builtIn()));
            } catch (InvalidInputException e) {
                answered = Optional.empty();
            }
            if (answered.isEmpty() || !ports.letters().files(answered.get()).contains(file)) {
                ctx.status(404);
                page(ctx, "missing", Map.of());
                return;
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ports.letters().write(answered.get(), file, bytes);
            download(ctx, file, bytes.toByteArray());
            return;
        }
        boolean certificate = file.startsWith("certificate-");
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        Optional<WritStatement> statement;
        try {
            statement = ledger.read(tx -> {
                List<kz.ustau.domain.ledger.LedgerMonth> months = tx.months();
                java.time.YearMonth last = months.isEmpty()
                        ? java.time.YearMonth.from(now).minusMonths(1)
                        : months.get(months.size() - 1).period();
                java.time.YearMonth first = last.minusMonths(11);
                List<WritLine> lines = tx.history(id);
                if (!lines.isEmpty() && lines.get(0).period().isAfter(first)) {
                    first = lines.get(0).period();
                }
                if (first.isAfter(last)) {
                    first = last;
                }
                return new WritStatements(ports.payrolls())
                        .build(
                                tx,
                                new WritStatements.Request(
                                        certificate ? WritStatement.Kind.CERTIFICATE : WritStatement.Kind.STATEMENT,
                                        id,
                                        first,
                                        last,
                                        emp.get(),
                                        ports.tables().builtIn(),
                                        Optional.empty(),
                                        certificate ? Optional.of(now.toLocalDate()) : Optional.empty(),
                                        now));
            });
        } catch (InvalidInputException e) {
            statement = Optional.empty();
        }
        WritLetters letters = ports.letters();
        if (statement.isEmpty() || !letters.files(statement.get()).contains(file)) {
            ctx.status(404);
            page(ctx, "missing", Map.of());
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        letters.write(statement.get(), file, bytes);
        download(ctx, file, bytes.toByteArray());
    }

    private static void download(Context ctx, String file, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ctx.contentType(
                file.endsWith(".pdf")
                        ? "application/pdf"
                        : file.endsWith(".xlsx")
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ctx.result(bytes);
    }

    private static boolean matches(String q, String... fields) {
        String needle = q.toLowerCase(Locale.ROOT);
        for (String f : fields) {
            if (f.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void writ(Context ctx) throws IOException {
        String lang = language(ctx);
        Map<String, String> t = texts.get(lang);
        String id = ctx.pathParam("id");
        Optional<RegistryCard> detail = read(ledger, tx -> tx.writs().card(id));
        List<WritLine> history = detail.isPresent() ? read(ledger, tx -> tx.history(id)) : List.of();
        if (detail.isEmpty()) {
            ctx.status(404);
            page(ctx, "missing", Map.of());
            return;
        }
        RegistryEntry e = detail.get().entry();
        List<Map<String, String>> months = new ArrayList<>();
        Tenge withheld = Tenge.ZERO;
        Tenge paid = Tenge.ZERO;
        for (WritLine h : history) {
            withheld = withheld.plus(h.withheld());
            paid = paid.plus(h.paid());
            months.add(figures(h, "period", PeopleFormat.month(h.period())));
        }
        List<Map<String, String>> events = new ArrayList<>();
        List<RegistryCard.Event> recorded = detail.get().events();
        List<Optional<kz.ustau.app.ledger.Actor>> who = kz.ustau.app.ledger.AuditTrail.actors(
                recorded, read(ledger, tx -> tx.audit(Optional.of(id), Optional.empty(), Optional.empty())));
        for (int i = 0; i < recorded.size(); i++) {
            RegistryCard.Event ev = recorded.get(i);
            events.add(Map.of(
                    "at", RegistryWords.at(ev.at()),
                    "event", t.getOrDefault("event." + ev.event(), ev.event()),
                    "detail", ev.detail().map(d -> RegistryWords.detail(d, t)).orElse(""),
                    "who", who.get(i).map(kz.ustau.app.ledger.AuditTrail::said).orElse("")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("id", e.writId());
        model.put("debtor", IdNumber.mask(e.debtorIin()));
        model.put("kind", t.getOrDefault("kind." + e.kind(), e.kind()));
        model.put("status", t.getOrDefault("status." + e.status(), e.status().name()));
        model.put("statusCode", e.status().name());
        model.put("reason", e.reason().map(r -> RegistryWords.detail(r, t)).orElse(""));
        model.put("version", Integer.toString(e.version()));
        model.put("months", months);
        model.put("events", events);
        List<Map<String, String>> reasons = new ArrayList<>();
        for (EndReason r : EndReason.values()) {
            reasons.add(Map.of("code", r.name(), "text", t.getOrDefault("end." + r, r.name())));
        }
        model.put("reasons", reasons);
        model.put("withheld", PeopleFormat.money(withheld));
        model.put("paid", PeopleFormat.money(paid));
        model.put(
                "debt",
                history.isEmpty()
                        ? t.get("writ.no-months")
                        : PeopleFormat.money(history.get(history.size() - 1).debtAfter()));
        model.put("letters", employer.isPresent());
        model.put("answered", detail.get().events().stream().anyMatch(ev -> ev.event()
                .equals("ANSWERED")));
        page(ctx, "writ", model);
    }

    /** One writ's month as the tables show it, with the employee and one more column. */
    static Map<String, String> figures(WritLine h, String key, String value) {
        return Map.of(
                key,
                value,
                "employee",
                h.employeeId(),
                "base",
                PeopleFormat.money(h.base()),
                "demand",
                PeopleFormat.money(h.demandCurrent().plus(h.demandDebt())),
                "withheld",
                PeopleFormat.money(h.withheld()),
                "debt",
                PeopleFormat.money(h.debtAfter()),
                "paid",
                PeopleFormat.money(h.paid()),
                "held",
                h.stillHeld().isPositive() ? PeopleFormat.money(h.stillHeld()) : "",
                "name",
                h.debtorName());
    }

    /**
     * {@code POST /writs/import}: a writs file (CONTRACT §4.2) checked as {@code ustau writs import} checks it; with any
     * problem the page lists every one, as the command line words it, and nothing is stored.
     */
    private void importWrits(Context ctx) throws Exception {
        if (!csrfHolds(ctx)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(language(ctx));
        UploadedFile upload = ctx.uploadedFile("file");
        if (upload == null || upload.size() == 0) {
            ctx.status(400);
            writs(ctx, Map.of("problems", List.of(texts.get(language(ctx)).get("import.no-file"))));
            return;
        }
        String name = Path.of(upload.filename()).getFileName().toString();
        if (upload.size() > MAX_WRITS_FILE) {
            ctx.status(413);
            writs(ctx, Map.of("problems", List.of(format(ctx, "import.too-big", name, MAX_WRITS_FILE / 1024 / 1024))));
            return;
        }
        Path folder = ports.privateFiles().tempFolder("ustau-upload-");
        Path file = folder.resolve("writs.csv");
        try {
            ports.privateFiles().newFile(file);
            try (InputStream in = upload.content()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            Problems problems = new Problems();
            List<Warning> warnings = new ArrayList<>();
            List<WritRecord> writs = ports.inputs()
                    .writs(file, name, Optional.empty())
                    .read(ports.tables().builtIn(), problems, warnings::add);
            try {
                problems.throwIfAny();
            } catch (InvalidInputException e) {
                ctx.status(422);
                writs(
                        ctx,
                        Map.of(
                                "problems",
                                e.problems().stream()
                                        .map(p -> p.message(locale))
                                        .toList()));
                return;
            }
            ImportResult r;
            try {
                r = ledger.as(actor(ctx)).write(tx -> tx.writs().importWrits(writs, name, LocalDateTime.now(clock)));
            } catch (LedgerBusyException e) {
                ctx.status(409);
                writs(ctx, Map.of("problems", List.of(busy(ctx))));
                return;
            }
            List<String> notes = new ArrayList<>();
            notes.add(format(ctx, "import.done", name, r.added(), r.changed(), r.unchanged()));
            warnings.forEach(w -> notes.add(w.message(locale)));
            ctx.redirect("/writs?said=" + flash(Map.of("notes", notes)), HttpStatus.SEE_OTHER);
        } finally {
            ports.privateFiles().deleteTree(folder);
        }
    }

    /** The refusal of a write while another process writes to the ledger, in the page's language. */
    String busy(Context ctx) {
        return Refusal.of(Refusal.Reason.BUSY, ledger.location()).message(Locale.forLanguageTag(language(ctx)));
    }

    /** {@code POST /writs/{id}/status}: suspend, resume or end a writ with the reason, as {@code ustau writs …} does. */
    /**
     * Records the answer to a writ on its arrival (issue 16): the one chosen, or the one the last payroll proposes;
     * its letters are then on the card, made from the ledger each time they are downloaded.
     */
    private void answer(Context ctx) throws Exception {
        if (!csrfHolds(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        String as = Optional.ofNullable(ctx.formParam("as")).orElse("").strip();
        Optional<WritAnswer.Answer> chosen = as.isEmpty() ? Optional.empty() : WritAnswer.Answer.ofOption(as);
        Optional<Employer> signed;
        try {
            signed = signingEmployer();
        } catch (IOException ex) {
            signed = Optional.empty();
        }
        Optional<Employer> emp = signed;
        if (emp.isEmpty()
                || (!as.isEmpty() && chosen.isEmpty())
                || chosen.equals(Optional.of(WritAnswer.Answer.DUPLICATE))) {
            ctx.status(400);
            page(ctx, "failed", Map.of("reason", texts.get(language(ctx)).get("answer.bad")));
            return;
        }
        Optional<WritAnswer> written;
        try {
            written = ledger.as(actor(ctx)).write(tx -> new WritAnswers(ports.payrolls())
                    .answer(
                            tx,
                            new WritAnswers.Request(
                                    id,
                                    chosen,
                                    Optional.empty(),
                                    Optional.empty(),
                                    emp.get(),
                                    ports.tables().builtIn(),
                                    LocalDateTime.now(clock))));
        } catch (LedgerBusyException e) {
            ctx.status(409);
            page(ctx, "failed", Map.of("reason", busy(ctx)));
            return;
        }
        if (written.isEmpty()) {
            ctx.status(404);
            page(ctx, "missing", Map.of());
            return;
        }
        ctx.redirect("/writs/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void status(Context ctx) throws Exception {
        if (!csrfHolds(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("");
        String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
        String note = Optional.ofNullable(ctx.formParam("note")).orElse("").strip();
        WritStatus status;
        String why;
        switch (action) {
            case "suspend" -> {
                status = WritStatus.SUSPENDED;
                why = reason;
            }
            case "resume" -> {
                status = WritStatus.ACTIVE;
                why = reason.isEmpty() ? "resumed" : reason;
            }
            case "end" -> {
                status = WritStatus.ENDED;
                why = EndReason.of(reason).isPresent() ? reason + (note.isEmpty() ? "" : ": " + note) : "";
            }
            default -> {
                status = null;
                why = "";
            }
        }
        if (status == null || why.isEmpty()) {
            ctx.status(400);
            page(ctx, "failed", Map.of("reason", texts.get(language(ctx)).get("status.bad")));
            return;
        }
        if (status == WritStatus.ENDED && !"yes".equals(ctx.formParam("confirmed"))) {
            // issue 19: ending a writ is for good; the page says what happens and asks once more
            Map<String, String> t = words(ctx);
            String path = "/writs/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("action", "end");
            fields.put("reason", reason);
            fields.put("note", note);
            confirm(
                    ctx,
                    MessageFormat.format(t.get("confirm.end.title").replace("'", "''"), id),
                    List.of(
                            MessageFormat.format(
                                    t.get("confirm.end.reason").replace("'", "''"),
                                    t.getOrDefault("end." + reason, reason)
                                            + (note.isEmpty() ? "" : " (" + note + ")")),
                            t.get("confirm.end.stops"),
                            t.get("confirm.end.letter")),
                    path + "/status",
                    fields,
                    t.get("confirm.end.button"),
                    path);
            return;
        }
        boolean found;
        try {
            found = ledger.as(actor(ctx)).write(tx -> tx.writs().status(id, status, why, LocalDateTime.now(clock)));
        } catch (LedgerBusyException e) {
            ctx.status(409);
            page(ctx, "failed", Map.of("reason", busy(ctx)));
            return;
        }
        if (!found) {
            ctx.status(404);
            page(ctx, "missing", Map.of());
            return;
        }
        ctx.redirect("/writs/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    /** 413: an upload beyond the page's limit, said in the page's language. */
    private void tooLarge(Context ctx) {
        ctx.status(413);
        ctx.header("Connection", "close");
        page(
                ctx,
                "failed",
                Map.of("reason", format(ctx, "upload.too-large", Long.toString(MonthDesk.MAX_PAYROLL_UPLOAD >> 20))));
    }

    /**
     * A confirmation page of its own for an act that cannot be undone from the page (issue 19): what will happen, the
     * same form again with {@code confirmed=yes}, and a way back that does nothing.
     */
    void confirm(
            Context ctx,
            String title,
            List<String> what,
            String action,
            Map<String, String> fields,
            String button,
            String back) {
        page(
                ctx,
                "confirm",
                Map.of(
                        "title", title,
                        "what", what,
                        "action", action,
                        "fields", fields,
                        "button", button,
                        "back", back));
    }

    /**
     * CSRF (issues 8, 19): a synchronizer token. Every form carries the token the page issued for the browser's session
     * (the {@code csrf} cookie, {@code HttpOnly}, {@code SameSite=Strict}); a post whose session the page did not issue,
     * whose token is not that session's, or whose {@code Origin} is another site's (a page on another port of the same
     * host included) is refused with 403.
     */
    boolean csrfHolds(Context ctx) {
        String sid = ctx.cookie("csrf");
        String form = ctx.formParam("csrf");
        Issued issued = sid == null ? null : csrfSessions.get(sid);
        boolean holds = issued != null
                && form != null
                && !issued.lastSeen().plus(CSRF_IDLE).isBefore(clock.instant())
                && MessageDigest.isEqual(
                        issued.token().getBytes(StandardCharsets.US_ASCII), form.getBytes(StandardCharsets.US_ASCII))
                && sameOrigin(ctx);
        if (!holds) {
            ctx.status(403);
            page(ctx, "failed", Map.of("reason", texts.get(language(ctx)).get("csrf.refused")));
        }
        return holds;
    }

    /**
     * Whether the request comes from this page: its {@code Origin}, when the browser sends one, names this page's own
     * host and port, and {@code Sec-Fetch-Site}, when sent, is not another site's.
     */
    static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null")) {
            try {
                String authority = java.net.URI.create(origin).getAuthority();
                if (authority == null || !authority.equalsIgnoreCase(ctx.host())) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        // «Origin: null» is what a browser sends under the page's Referrer-Policy: no-referrer; then, as with no
        // Origin,
        // the browser's Sec-Fetch-Site says where the request comes from (another port of this host is «same-site»)
        String site = ctx.header("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /**
     * The token of the browser's session for its forms: the session is issued (a new {@code csrf} cookie) on the
     * first page, or when the cookie names a session the page did not issue or has forgotten.
     */
    private String csrfToken(Context ctx) {
        String already = ctx.attribute("csrfToken");
        if (already != null) {
            return already;
        }
        java.time.Instant now = clock.instant();
        String sid = ctx.cookie("csrf");
        Issued issued = sid == null ? null : csrfSessions.get(sid);
        if (issued == null || issued.lastSeen().plus(CSRF_IDLE).isBefore(now)) {
            if (sid != null) {
                csrfSessions.remove(sid);
            }
            sid = randomToken();
            issued = new Issued(randomToken(), now);
            forgetOldestSessions();
            ctx.res()
                    .addHeader(
                            "Set-Cookie",
                            "csrf=" + sid + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
        }
        csrfSessions.put(sid, new Issued(issued.token(), now));
        ctx.attribute("csrfToken", issued.token());
        return issued.token();
    }

    /** Keeps the sessions below {@link #MAX_CSRF_SESSIONS}: the least recently seen go first. */
    private void forgetOldestSessions() {
        if (csrfSessions.size() < MAX_CSRF_SESSIONS) {
            return;
        }
        csrfSessions.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Issued::lastSeen)))
                .limit(csrfSessions.size() - MAX_CSRF_SESSIONS + 1L)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(csrfSessions::remove);
    }

    /** The page's words in the language of this request. */
    Map<String, String> words(Context ctx) {
        return texts.get(language(ctx));
    }

    /** 32 random bytes, URL-safe: CSRF tokens, uploads and jobs. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String format(Context ctx, String key, Object... args) {
        return MessageFormat.format(texts.get(language(ctx)).get(key).replace("'", "''"), args);
    }

    /** The page's language: {@code ?lang=} (then remembered), else the cookie, else Kazakh. */
    static String language(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && LANGUAGES.contains(asked)) {
            if (ctx.attribute("langSet") == null) {
                ctx.res()
                        .addHeader(
                                "Set-Cookie",
                                "lang=" + asked + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict"
                                        + (ctx.attribute("secure") != null ? "; Secure" : ""));
                ctx.attribute("langSet", Boolean.TRUE);
            }
            return asked;
        }
        String kept = ctx.cookie("lang");
        return kept != null && LANGUAGES.contains(kept) ? kept : LANGUAGES.get(0);
    }

    void page(Context ctx, String template, Map<String, ?> model) {
        String lang = language(ctx);
        org.thymeleaf.context.Context c = new org.thymeleaf.context.Context(Locale.forLanguageTag(lang));
        Map<String, Object> variables = new HashMap<>(model);
        if (variables.get("problems") instanceof List<?> problems) {
            // a problem's code is for the command line and support; the page says the words (issue 19)
            variables.put(
                    "problems",
                    problems.stream()
                            .map(p -> PeopleFormat.withoutCode(String.valueOf(p)))
                            .toList());
        }
        c.setVariables(variables);
        c.setVariable("t", texts.get(lang));
        c.setVariable("lang", lang);
        c.setVariable("path", ctx.path());
        c.setVariable("csrf", csrfToken(ctx));
        c.setVariable("signedIn", guarded() && ctx.cookie("session") != null);
        c.setVariable("accounts", accounts);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(templates.process(template, c));
    }

    /** The page's words in one language, with the kinds of writ the notices name. */
    private static Map<String, String> texts(String lang) {
        return RegistryWords.of(lang);
    }
}
