package kz.ustau.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.ustau.app.FoldedWarnings;
import kz.ustau.app.PayrollLine;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.ledger.MonthRecord;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.MonthReports;
import kz.ustau.app.port.MonthReports.SaidWarning;
import kz.ustau.domain.income.IncomeTypeList;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.MonthStatus;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.LatePenalty;
import kz.ustau.domain.writ.WritKind;

/**
 * The month on the page (issue 8): the ledger's months; a payroll uploaded with its mapping and shown as the mapping
 * reads it before anything is computed; the run in the background with its progress; the review with the warnings and
 * each employee's explanation; lock and export, reopen; the month's files one by one or as one zip; and the deadlines.
 * Every step is the month's use case ({@link MonthWork} over {@code MonthLifecycle}): the page adds no rule.
 */
final class MonthDesk implements AutoCloseable {
    /** The most one upload (all its payroll files) may weigh: a million-line export is about 100 MB. */
    static final long MAX_PAYROLL_UPLOAD = 256L * 1024 * 1024;
    /** How many of the payroll's lines the preview shows. */
    static final int PREVIEW_LINES = 25;

    private final WebApp web;
    private final Ledger ledger;
    private final Ports ports;
    private final Optional<MonthWork> jobs;
    private final Clock clock;
    private final Path uploads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ustau-month-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Upload> waiting = new ConcurrentHashMap<>();
    private final Map<String, Job> running = new ConcurrentHashMap<>();

    /** Payroll files kept between the preview and the run, in a folder only the owner can read. */
    private record Upload(
            YearMonth period,
            Path dir,
            List<Path> files,
            List<String> names,
            Optional<String> mapping,
            long lines,
            Instant at) {}

    /** How long a previewed upload waits to be run, and a finished job's page stays, before they are dropped. */
    static final Duration KEPT = Duration.ofHours(1);

    /**
     * How long an uploaded payroll waits for its run (issue 19): its files, full IINs in them, are deleted after that,
     * by a sweep each minute, whether or not anyone comes back.
     */
    static final Duration UPLOAD_IDLE = Duration.ofMinutes(15);

    private final java.util.concurrent.ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ustau-upload-sweep");
                t.setDaemon(true);
                return t;
            });

    /** A run in the background: lines read so far, and when done its outcome. */
    private static final class Job {
        final YearMonth period;
        final Instant started;
        /** The lines the preview read: the run reads as many. */
        final long total;

        final AtomicLong lines = new AtomicLong();
        volatile MonthWork.Outcome outcome;

        Job(YearMonth period, Instant started, long total) {
            this.period = period;
            this.started = started;
            this.total = total;
        }
    }

    MonthDesk(WebApp web, Ledger ledger, Ports ports, Optional<MonthWork> jobs, Clock clock) {
        this.web = web;
        this.ledger = ledger;
        this.ports = ports;
        this.jobs = jobs;
        this.clock = clock;
        try {
            this.uploads = ports.privateFiles().tempFolder("ustau-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sweeper.scheduleWithFixedDelay(this::forgetOld, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    /**
     * {@code POST /months/preview/cancel}: the accountant does not run the upload; its files are deleted at once
     * (issue 19).
     */
    void cancel(Context ctx) {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        Upload upload =
                waiting.remove(Optional.ofNullable(ctx.formParam("token")).orElse(""));
        if (upload != null) {
            deleteTree(upload.dir());
        }
        ctx.redirect("/months", HttpStatus.SEE_OTHER);
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        worker.shutdownNow();
        deleteTree(uploads);
    }

    /** {@code GET /months}: the ledger's months, and the form to run one. */
    void months(Context ctx) throws IOException {
        months(ctx, web.flashed(ctx));
    }

    private void months(Context ctx, Map<String, Object> extra) throws IOException {
        Map<String, String> t = web.words(ctx);
        List<Map<String, String>> rows = new ArrayList<>();
        List<LedgerMonth> stored = new ArrayList<>(WebApp.read(ledger, Ledger.Transaction::months));
        java.util.Collections.reverse(stored); // the latest first
        {
            for (LedgerMonth m : stored) {
                Tenge withheld = Tenge.ZERO;
                Tenge paid = Tenge.ZERO;
                List<WritLine> lines = WebApp.read(ledger, tx -> tx.lines(m.period()));
                for (WritLine w : lines) {
                    withheld = withheld.plus(w.withheld());
                    paid = paid.plus(w.paid());
                }
                rows.add(Map.of(
                        "period", m.period().toString(),
                        "shown", PeopleFormat.month(m.period()),
                        "status", statusText(t, m),
                        "statusCode", m.status().name(),
                        "lines", Integer.toString(lines.size()),
                        "withheld", PeopleFormat.money(withheld),
                        "paid", PeopleFormat.money(paid)));
            }
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("rows", rows);
        model.put("canRun", jobs.isPresent());
        model.putIfAbsent("period", YearMonth.now(clock).minusMonths(1).toString());
        model.put("presets", ports.mappings().presets());
        model.put("saved", savedMappings());
        web.page(ctx, "months", model);
    }

    /** A month's status in the page's words; a stale month says which earlier month changed. */
    static String statusText(Map<String, String> t, LedgerMonth m) {
        String status = t.getOrDefault("month." + m.status(), m.status().name());
        return m.staleSince()
                .map(since -> status + " ("
                        + java.text.MessageFormat.format(
                                t.getOrDefault("month.stale-since", "{0}"), PeopleFormat.month(since))
                        + ")")
                .orElse(status);
    }

    /**
     * {@code POST /months/preview}: the payroll files and the mapping, read by the same streaming readers as the run;
     * the page shows what the mapping made of them (the first lines, the totals per code, what was skipped). With any
     * problem the page lists each one as the command line words it and nothing is kept.
     */
    void preview(Context ctx) throws Exception {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(WebApp.language(ctx));
        if (!jobs.isPresent()) {
            months(ctx, Map.of("problems", List.of(web.words(ctx).get("run.not-ready"))));
            return;
        }
        Optional<YearMonth> period = period(ctx.formParam("period"));
        if (period.isEmpty()) {
            ctx.status(400);
            months(ctx, Map.of("problems", List.of(web.format(ctx, "run.bad-period", ctx.formParam("period")))));
            return;
        }
        List<UploadedFile> files =
                ctx.uploadedFiles("payroll").stream().filter(f -> f.size() > 0).toList();
        Map<String, Object> form = Map.of("period", period.get().toString());
        if (files.isEmpty()) {
            ctx.status(400);
            months(ctx, with(form, "problems", List.of(web.words(ctx).get("import.no-file"))));
            return;
        }
        long size = files.stream().mapToLong(UploadedFile::size).sum();
        if (size > MAX_PAYROLL_UPLOAD) {
            ctx.status(413);
            months(
                    ctx,
                    with(
                            form,
                            "problems",
                            List.of(web.format(
                                    ctx,
                                    "import.too-big",
                                    files.get(0).filename(),
                                    MAX_PAYROLL_UPLOAD / 1024 / 1024))));
            return;
        }
        String choice = Optional.ofNullable(ctx.formParam("mapping")).orElse("");
        Optional<String> chosen = choice.isEmpty()
                ? Optional.empty()
                : choice.startsWith("saved:") && savedMappings().contains(choice.substring(6))
                        ? Optional.of(savedMapping(choice.substring(6)).toString())
                        : choice.startsWith("preset:")
                                        && ports.mappings().presets().contains(choice.substring(7))
                                ? Optional.of(choice)
                                : null;
        if (chosen == null) {
            ctx.status(400);
            months(ctx, with(form, "problems", List.of(web.words(ctx).get("run.bad-mapping"))));
            return;
        }
        Path dir = ports.privateFiles().tempFolder(uploads, "u-");
        boolean kept = false;
        try {
            List<Path> saved = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Optional<String> mapping = chosen;
            UploadedFile ownMapping = ctx.uploadedFile("mappingFile");
            if (ownMapping != null && ownMapping.size() > 0) {
                Path m = store(dir, ownMapping);
                mapping = Optional.of(m.toString());
            }
            for (UploadedFile f : files) {
                Path p = store(dir, f);
                saved.add(p);
                names.add(p.getFileName().toString());
            }
            Preview preview = read(saved, names, mapping, period.get());
            if (preview.problems.isEmpty() && !preview.periods.isEmpty() && !preview.periods.contains(period.get())) {
                // the file is another month's: said now, not after the run (the run's own message and code)
                preview.problems.add(
                        String.join(", ", names),
                        1,
                        "period",
                        "period.no-lines",
                        period.get().toString(),
                        preview.periods.stream().map(YearMonth::toString).collect(Collectors.joining(", ")));
            }
            if (!preview.problems.isEmpty()) {
                ctx.status(422);
                months(
                        ctx,
                        with(
                                form,
                                "problems",
                                preview.problems.all().stream()
                                        .map(p -> p.message(locale))
                                        .map(m -> m.replace(dir + "/", ""))
                                        .toList()));
                return;
            }
            String token = WebApp.randomToken();
            forgetOld();
            waiting.put(token, new Upload(period.get(), dir, saved, names, mapping, preview.lines, clock.instant()));
            kept = true;
            Map<String, Object> model = new HashMap<>();
            model.put("token", token);
            model.put("period", period.get().toString());
            model.put("shown", PeopleFormat.month(period.get()));
            model.put("files", String.join(", ", names));
            model.put(
                    "mapping",
                    mapping.map(m -> m.startsWith("preset:")
                                    ? web.words(ctx).getOrDefault("preset." + m.substring(7), m)
                                    : Path.of(m).getFileName().toString())
                            .orElse(web.words(ctx).get("run.canonical")));
            model.put("lines", Long.toString(preview.lines));
            model.put(
                    "periods", preview.periods.stream().map(PeopleFormat::month).collect(Collectors.joining(", ")));
            model.put("otherPeriods", Boolean.toString(preview.periods.size() > 1));
            model.put("employees", Integer.toString(preview.employees.size()));
            model.put("first", preview.first);
            model.put(
                    "codes",
                    preview.codes(
                            web.words(ctx),
                            WebApp.language(ctx),
                            period.get(),
                            ports.tables().builtIn().incomeTypes()));
            model.put(
                    "warnings",
                    preview.warnings.stream()
                            .map(w -> PeopleFormat.text(w.message(locale)))
                            .toList());
            web.page(ctx, "preview", model);
        } finally {
            if (!kept) {
                deleteTree(dir);
            }
        }
    }

    /** The names of the mappings saved from the page, for the accountant to pick. */
    private List<String> savedMappings() {
        Optional<Path> dir = jobs.map(MonthWork::mappings).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path savedMapping(String name) {
        return jobs.orElseThrow().mappings().resolve(name + ".properties");
    }

    /** A mapping's name as it may be saved: letters, digits, dot, dash and underscore. */
    private static final Pattern MAPPING_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,59}");

    /**
     * {@code POST /mappings/draft}: an export looked at as {@code ustau mapping init} looks at it — its sheets, header,
     * columns and kinds of accrual — and a drafted mapping to edit and save.
     */
    void draftMapping(Context ctx) throws Exception {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(WebApp.language(ctx));
        UploadedFile export = ctx.uploadedFile("export");
        if (export == null || export.size() == 0 || !jobs.isPresent()) {
            ctx.status(400);
            months(ctx, Map.of("problems", List.of(web.words(ctx).get("import.no-file"))));
            return;
        }
        Path dir = ports.privateFiles().tempFolder(uploads, "m-");
        try {
            Path file = store(dir, export);
            String name = file.getFileName().toString();
            Problems problems = new Problems();
            String sheet =
                    Optional.ofNullable(ctx.formParam("sheet")).orElse("").strip();
            Optional<kz.ustau.app.port.MappingDrafts.Draft> draft = ports.mappings()
                    .draft(file, name, sheet.isEmpty() ? Optional.empty() : Optional.of(sheet), problems);
            List<String> found =
                    problems.all().stream().map(p -> p.message(locale)).toList();
            if (!found.isEmpty() || draft.isEmpty()) {
                ctx.status(422);
                months(ctx, Map.of("problems", found));
                return;
            }
            var d = draft.get();
            String base = name.replaceFirst("\\.[^.]*$", "").replaceAll("[^\\p{L}\\p{N}._-]", "-");
            Map<String, Object> model = new HashMap<>();
            model.put("export", name);
            model.put("sheets", String.join(", ", d.sheets()));
            model.put("header", Integer.toString(d.headerRow()));
            model.put("columns", String.join(" | ", d.headers()));
            model.put("wide", d.wide());
            model.put("kinds", String.join(" | ", d.kinds()));
            model.put("unrecognised", String.join(" | ", d.unrecognised()));
            model.put("name", base);
            model.put("text", d.mapping());
            web.page(ctx, "mapping", model);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * {@code POST /mappings}: a mapping as the accountant edited it, checked as a run would read it, then saved under
     * its name (owner-only) for every month after; with a problem it is shown again with every problem and not saved.
     */
    void saveMapping(Context ctx) throws Exception {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(WebApp.language(ctx));
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("text", text);
        if (!MAPPING_NAME.matcher(name).matches() || !jobs.isPresent()) {
            ctx.status(400);
            model.put("problems", List.of(web.words(ctx).get("mapping.bad-name")));
            web.page(ctx, "mapping", model);
            return;
        }
        Path tempDir = ports.privateFiles().tempFolder(uploads, "mapping-");
        Path temp = ports.privateFiles().newFile(tempDir.resolve(name + ".properties"));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Problems problems = new Problems();
            ports.mappings().check(temp, name + ".properties", problems);
            List<String> found =
                    problems.all().stream().map(p -> p.message(locale)).toList();
            if (!found.isEmpty()) {
                ctx.status(422);
                model.put("problems", found);
                web.page(ctx, "mapping", model);
                return;
            }
            Path dir = jobs.get().mappings();
            ports.privateFiles().folder(dir);
            Files.move(temp, savedMapping(name), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            ports.privateFiles().deleteTree(tempDir);
        }
        ctx.redirect(
                "/months?said="
                        + web.flash(Map.of(
                                "notes", List.of(web.format(ctx, "mapping.saved", name)), "chosen", "saved:" + name)),
                HttpStatus.SEE_OTHER);
    }

    private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
        Map<String, Object> m = new HashMap<>(form);
        m.put(key, value);
        return m;
    }

    /** An upload saved under its own file name (no folders), readable by the owner only. */
    private Path store(Path dir, UploadedFile f) throws IOException {
        String name = Path.of(f.filename()).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "payroll" + name;
        }
        Path p = dir.resolve(name);
        ports.privateFiles().newFile(p);
        try (InputStream in = f.content()) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** What the readers made of the payroll: its first lines, counts and totals, its problems and warnings. */
    private static final class Preview {
        final Problems problems = new Problems();
        final List<Warning> warnings = new ArrayList<>();
        final List<Map<String, String>> first = new ArrayList<>();
        final Set<String> employees = new HashSet<>();
        final Map<String, Tenge> byCode = new TreeMap<>();
        final Map<String, Long> linesByCode = new TreeMap<>();
        /** The months the file's lines are of: the month chosen, and any other the file also holds. */
        final Set<YearMonth> periods = new java.util.TreeSet<>();

        long lines;

        /** Per code: lines, total, the catalogue's name and whether it enters the base (RULES §2), in that month. */
        List<Map<String, String>> codes(
                Map<String, String> t, String lang, YearMonth period, IncomeTypeList catalogue) {
            List<Map<String, String>> rows = new ArrayList<>();
            byCode.forEach((code, total) -> {
                var type = catalogue.on(code.toUpperCase(Locale.ROOT), period.atDay(1));
                rows.add(Map.of(
                        "code", code,
                        "lines", Long.toString(linesByCode.get(code)),
                        "total", PeopleFormat.money(total),
                        "name",
                                type.map(x -> lang.equals("ru") ? x.nameRu() : x.nameKk())
                                        .orElse(""),
                        "base",
                                type.map(x -> t.get(
                                                switch (x.kind()) {
                                                    case ACCRUAL -> x.attachable()
                                                            ? "preview.in-base"
                                                            : "preview.not-in-base";
                                                    case TAX -> "preview.subtracted";
                                                    default -> "preview.not-used";
                                                }))
                                        .orElse(t.get("preview.unknown-code")),
                        "known", Boolean.toString(type.isPresent())));
            });
            return rows;
        }
    }

    private Preview read(List<Path> files, List<String> names, Optional<String> mapping, YearMonth period)
            throws IOException {
        Preview p = new Preview();
        for (int i = 0; i < files.size(); i++) {
            String name = names.get(i);
            ports.payrolls()
                    .open(files.get(i), name, mapping, Optional.empty(), Optional.of(period), Optional.empty())
                    .read(
                            line -> {
                                p.lines++;
                                p.periods.add(line.period());
                                p.employees.add(line.employeeId());
                                p.byCode.merge(line.code(), line.amount(), Tenge::plus);
                                p.linesByCode.merge(line.code(), 1L, Long::sum);
                                if (p.first.size() < PREVIEW_LINES) {
                                    p.first.add(previewLine(name, line));
                                }
                            },
                            p.problems,
                            p.warnings::add);
        }
        return p;
    }

    private static Map<String, String> previewLine(String file, PayrollLine l) {
        return Map.of(
                "where", file + ":" + l.row(),
                "employee", l.employeeId(),
                "iin", l.iin().masked(),
                "name", Optional.ofNullable(l.fullName()).orElse(""),
                "period", PeopleFormat.month(l.period()),
                "payDate", PeopleFormat.date(l.payDate()),
                "code", l.code(),
                "amount", PeopleFormat.money(l.amount()),
                "dismissal", l.dismissalDate().map(PeopleFormat::date).orElse(""));
    }

    /** {@code POST /months/run}: runs the previewed payroll in the background and shows its progress. */
    void run(Context ctx) {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        Upload upload =
                waiting.remove(Optional.ofNullable(ctx.formParam("token")).orElse(""));
        if (upload == null) {
            ctx.status(410);
            web.page(ctx, "failed", Map.of("reason", web.words(ctx).get("run.gone")));
            return;
        }
        Locale locale = Locale.forLanguageTag(WebApp.language(ctx));
        String id = WebApp.randomToken();
        forgetOld();
        Job job = new Job(upload.period(), clock.instant(), upload.lines());
        running.put(id, job);
        MonthWork work = jobs.orElseThrow().as(web.actor(ctx));
        worker.submit(() -> {
            MonthWork.Outcome outcome;
            try {
                outcome = work.run(
                        upload.period(), upload.files(), upload.names(), upload.mapping(), locale, job.lines::set);
                List<String> lines = outcome.lines().stream()
                        .map(l -> l.replace(upload.dir() + "/", ""))
                        .toList();
                outcome = new MonthWork.Outcome(outcome.exit(), lines, outcome.warnings());
            } catch (RuntimeException e) {
                outcome = new MonthWork.Outcome(1, List.of(String.valueOf(e.getMessage())), List.of());
            } finally {
                deleteTree(upload.dir());
            }
            job.outcome = outcome;
        });
        ctx.redirect("/jobs/" + id, HttpStatus.SEE_OTHER);
    }

    /**
     * Uploads not run within {@link #UPLOAD_IDLE} and finished jobs older than {@link #KEPT}: their files deleted, their
     * pages gone.
     */
    void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        Instant idle = clock.instant().minus(UPLOAD_IDLE);
        waiting.entrySet().removeIf(e -> {
            boolean old = e.getValue().at().isBefore(idle);
            if (old) {
                deleteTree(e.getValue().dir());
            }
            return old;
        });
        running.values().removeIf(j -> j.outcome != null && j.started.isBefore(before));
    }

    /** {@code GET /jobs/{id}}: a run's progress (the page reloads itself each second), then the month or the problems. */
    void job(Context ctx) throws IOException {
        Job job = running.get(ctx.pathParam("id"));
        if (job == null) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        MonthWork.Outcome outcome = job.outcome;
        if (outcome != null && outcome.done()) {
            ctx.redirect("/months/" + job.period, HttpStatus.SEE_OTHER);
            return;
        }
        if (outcome != null) {
            // what the run found is shown next to the upload, as the command line words it; nothing was stored
            ctx.status(outcome.exit() == 3 ? 422 : 409);
            List<String> problems = new ArrayList<>();
            problems.add(web.words(ctx).get("job.failed"));
            problems.addAll(outcome.lines());
            months(ctx, Map.of("period", job.period.toString(), "problems", problems));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("shown", PeopleFormat.month(job.period));
        model.put("period", job.period.toString());
        long read = Math.min(job.lines.get(), job.total);
        model.put("lines", Long.toString(read));
        model.put("total", Long.toString(job.total));
        model.put("percent", Long.toString(job.total == 0 ? 100 : read * 100 / job.total));
        model.put("stage", web.words(ctx).get(read < job.total ? "job.reading" : "job.computing"));
        model.put(
                "seconds",
                Long.toString(Duration.between(job.started, clock.instant()).toSeconds()));
        model.put("refresh", true);
        web.page(ctx, "job", model);
    }

    /** {@code GET /months/{period}}: the review, with the warnings on top and what can be done with the month. */
    void month(Context ctx) throws IOException {
        month(ctx, web.flashed(ctx));
    }

    private void month(Context ctx, Map<String, Object> extra) throws IOException {
        Map<String, String> t = web.words(ctx);
        Optional<YearMonth> period = period(ctx.pathParam("period"));
        Optional<MonthRecord> stored = Optional.empty();
        List<WritLine> lines = List.of();
        if (period.isPresent()) {
            stored = WebApp.read(ledger, tx -> tx.month(period.get()));
            lines = stored.isPresent() ? WebApp.read(ledger, tx -> tx.lines(period.get())) : List.of();
        }
        if (stored.isEmpty()) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        // a month of 50,000 debtors is reviewed a page at a time, and searched by writ or personnel number (issue 21);
        // the totals are the whole month's
        Optional<String> searched = web.search(ctx, "/months/" + period.get());
        if (searched.isEmpty()) {
            return;
        }
        String query = searched.get();
        String needle = query.toLowerCase(java.util.Locale.ROOT);
        List<WritLine> matching = new ArrayList<>();
        Tenge withheld = Tenge.ZERO;
        Tenge paid = Tenge.ZERO;
        Tenge held = Tenge.ZERO;
        for (WritLine h : lines) {
            withheld = withheld.plus(h.withheld());
            paid = paid.plus(h.paid());
            held = held.plus(h.stillHeld());
            if (needle.isEmpty()
                    || h.writId().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || h.employeeId().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                matching.add(h);
            }
        }
        Paged<WritLine> shown = Paged.of(matching, ctx.queryParam("page"));
        List<Map<String, String>> rows = new ArrayList<>();
        for (WritLine h : shown.rows()) {
            rows.add(WebApp.figures(h, "writ", h.writId()));
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("q", WebApp.shownSearch(query));
        model.put(
                "pageSaid",
                web.format(
                        ctx,
                        "month.page",
                        Integer.toString(shown.first()),
                        Integer.toString(shown.last()),
                        Integer.toString(matching.size()),
                        shown.said()));
        String path = "/months/" + period.get();
        String param = web.searchParam(ctx, query);
        model.put("prevPage", shown.link(path, param, -1));
        model.put("nextPage", shown.link(path, param, +1));
        model.put("period", period.get().toString());
        model.put("shown", PeopleFormat.month(period.get()));
        model.put("status", statusText(t, stored.get().month()));
        model.put("statusCode", stored.get().month().status().name());
        model.put("rows", rows);
        model.put("withheld", PeopleFormat.money(withheld));
        model.put("paid", PeopleFormat.money(paid));
        model.put("held", held.isPositive() ? PeopleFormat.money(held) : "");
        model.put("canRun", jobs.isPresent());
        Optional<Path> folder = folder(period.get());
        List<SaidWarning> warnings = folder.map(f -> ports.reports().warnings(f, WebApp.language(ctx)))
                .orElse(List.of());
        model.put("warnings", folded(ctx, warnings));
        model.put("warningCount", warnings.size());
        model.put("explainable", folder.map(f -> ports.reports().explained(f)).orElse(false));
        model.put("files", folder.map(MonthDesk::files).orElse(List.of()));
        // RULES §11.1: the employer's own deductions and what of them fits under the one limit
        List<Map<String, String>> claims = new ArrayList<>();
        for (Map<String, String> c : folder.map(f -> ports.reports().rows(f, MonthReports.Register.EMPLOYER_CLAIMS))
                .orElse(List.of())) {
            claims.add(Map.of(
                    "employee", c.getOrDefault("employee_id", ""),
                    "base", PeopleFormat.money(Tenge.of(c.get("base"))),
                    "claimed", PeopleFormat.money(Tenge.of(c.get("claimed"))),
                    "room", PeopleFormat.money(Tenge.of(c.get("room"))),
                    "deducted", PeopleFormat.money(Tenge.of(c.get("deducted"))),
                    "remaining", PeopleFormat.money(Tenge.of(c.get("remaining")))));
        }
        model.put("claims", claims);
        // docs/bureau.md §4: who ran, locked, exported and reopened the month, from where
        List<Map<String, String>> trail = new ArrayList<>();
        for (kz.ustau.app.ledger.AuditEvent a : WebApp.read(
                ledger, tx -> tx.audit(Optional.of(period.get().toString()), Optional.empty(), Optional.empty()))) {
            trail.add(Map.of(
                    "at", RegistryWords.at(a.at()),
                    "event", t.getOrDefault("event." + a.action(), a.action()),
                    "detail", RegistryWords.monthDetail(a.detail(), t),
                    "who", kz.ustau.app.ledger.AuditTrail.said(a.actor())));
        }
        model.put("trail", trail);
        web.page(ctx, "month", model);
    }

    /**
     * The month's warnings in the page's words, those of a kind said more than {@value FoldedWarnings#SHOWN} times
     * folded into one line with how many more (5,185 late orders are one line, not 5,185).
     */
    private List<Map<String, String>> folded(Context ctx, List<SaidWarning> warnings) {
        // the page shows the words, the code only as a tooltip (issue 19) and to fold by
        FoldedWarnings<SaidWarning> folded = FoldedWarnings.of(warnings, SaidWarning::code);
        List<Map<String, String>> out = new ArrayList<>();
        folded.shown().forEach(w -> out.add(Map.of("text", PeopleFormat.text(w.text()), "code", w.code())));
        folded.folded()
                .forEach((code, n) -> out.add(Map.of(
                        "text",
                        web.format(
                                ctx,
                                "month.warnings.folded",
                                Integer.toString(n - FoldedWarnings.SHOWN),
                                Integer.toString(n)),
                        "code",
                        code)));
        return out;
    }

    private Optional<Path> folder(YearMonth period) {
        return jobs.map(j -> j.folder(period)).filter(Files::isDirectory);
    }

    /** {@code GET /months/{period}/explain/{employee}}: that employee's part of {@code explain.txt}. */
    void explain(Context ctx) {
        Optional<YearMonth> period = period(ctx.pathParam("period"));
        String employee = ctx.pathParam("employee");
        Optional<String> text =
                period.flatMap(this::folder).flatMap(f -> ports.reports().explanation(f, employee));
        if (text.isEmpty()) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        web.page(
                ctx,
                "explain",
                Map.of(
                        "period", period.get().toString(),
                        "shown", PeopleFormat.month(period.get()),
                        "employee", employee,
                        "text",
                                explanations
                                        .computeIfAbsent(
                                                WebApp.language(ctx),
                                                l -> ExplanationPage.of(
                                                        l, ports.tables().builtIn(), web.words(ctx)))
                                        .localize(text.get())));
    }

    /** The explanation in each page language (issue 19), made once. */
    private final Map<String, ExplanationPage> explanations = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code POST /months/{period}/export}: orders and notices written, the month locked (as {@code month export}). */
    void export(Context ctx) throws IOException {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        if (!"yes".equals(ctx.formParam("confirmed"))) {
            // issue 19: a lock issues the orders; the page says so and asks once more
            Map<String, String> t = web.words(ctx);
            confirmAct(
                    ctx,
                    "export",
                    "confirm.export.title",
                    List.of(
                            t.get("confirm.export.orders"),
                            t.get("confirm.export.locked"),
                            t.get("confirm.export.reopen")),
                    Map.of(),
                    "confirm.export.button");
            return;
        }
        act(ctx, (jobs, period, locale) -> jobs.export(period, locale));
    }

    /**
     * {@code POST /months/{period}/recompute}: a stale month computed again from the payroll stored with it (issue 13),
     * as {@code month run --period} without a payroll does; it can then be locked.
     */
    void recompute(Context ctx) throws IOException {
        if (web.csrfHolds(ctx)) {
            act(ctx, (jobs, period, locale) -> jobs.recompute(period, locale));
        }
    }

    /** {@code POST /months/{period}/reopen}: a locked month opened again, with the reason recorded. */
    void reopen(Context ctx) throws IOException {
        if (!web.csrfHolds(ctx)) {
            return;
        }
        String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
        if (reason.isEmpty()) {
            ctx.status(400);
            month(ctx, Map.of("problems", List.of(web.words(ctx).get("reopen.no-reason"))));
            return;
        }
        if (!"yes".equals(ctx.formParam("confirmed"))) {
            Map<String, String> t = web.words(ctx);
            confirmAct(
                    ctx,
                    "reopen",
                    "confirm.reopen.title",
                    List.of(
                            web.format(ctx, "confirm.reopen.reason", reason),
                            t.get("confirm.reopen.orders"),
                            t.get("confirm.reopen.later")),
                    Map.of("reason", reason),
                    "confirm.reopen.button");
            return;
        }
        act(ctx, (jobs, period, locale) -> jobs.reopen(period, reason, locale));
    }

    /**
     * The confirmation page of an act on the month of the path (issue 19): {@code titleKey} with the month, what will
     * happen, the form posted again to {@code /months/{period}/{act}} with {@code fields}; back to the month.
     */
    private void confirmAct(
            Context ctx, String act, String titleKey, List<String> what, Map<String, String> fields, String buttonKey) {
        Optional<YearMonth> period = period(ctx.pathParam("period"));
        if (period.isEmpty()) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        String month = "/months/" + period.get();
        web.confirm(
                ctx,
                web.format(ctx, titleKey, PeopleFormat.month(period.get())),
                what,
                month + "/" + act,
                fields,
                web.words(ctx).get(buttonKey),
                month);
    }

    private interface Action {
        MonthWork.Outcome apply(MonthWork jobs, YearMonth period, Locale locale);
    }

    private void act(Context ctx, Action action) throws IOException {
        Optional<YearMonth> period = period(ctx.pathParam("period"));
        if (period.isEmpty() || !jobs.isPresent()) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        Locale locale = Locale.forLanguageTag(WebApp.language(ctx));
        MonthWork.Outcome outcome;
        synchronized (worker) {
            outcome = action.apply(jobs.get().as(web.actor(ctx)), period.get(), locale);
        }
        if (!outcome.done()) {
            // refused: nothing changed, and the reason is said on the spot
            ctx.status(outcome.exit() == 3 ? 422 : 409);
            month(ctx, Map.of("problems", outcome.lines()));
            return;
        }
        // issue 19: redirect after the post, so that a reload shows the month and never acts twice; what the act
        // said is kept for that one page
        String said = web.flash(
                Map.of("notes", outcome.lines().stream().map(PeopleFormat::text).toList()));
        ctx.redirect("/months/" + period.get() + "?said=" + said, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Every file of a month's folder, by its name in the folder ({@code notices/notice-W09-kk.pdf}). */
    private static List<String> files(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code GET /months/{period}/file?name=…}: one of the month's files as a download; only a name the folder lists
     * is served, so no other file can be reached. Never cached (every response is {@code no-store}).
     */
    void file(Context ctx) throws IOException {
        Optional<Path> folder = period(ctx.pathParam("period")).flatMap(this::folder);
        String name = Optional.ofNullable(ctx.queryParam("name")).orElse("");
        if (folder.isEmpty() || !files(folder.get()).contains(name)) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        Path file = folder.get().resolve(name);
        String short_ = file.getFileName().toString();
        ctx.header("Content-Disposition", "attachment; filename=\"" + short_ + "\"");
        ctx.contentType(contentType(short_));
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        ctx.result(Files.newInputStream(file)); // streamed: explain.txt of a large month is hundreds of megabytes
    }

    /** {@code GET /months/{period}/files.zip}: every file of the month in one zip, as the folder holds them. */
    void zip(Context ctx) throws IOException {
        Optional<YearMonth> period = period(ctx.pathParam("period"));
        Optional<Path> folder = period.flatMap(this::folder);
        if (folder.isEmpty()) {
            ctx.status(404);
            web.page(ctx, "missing", Map.of());
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"ustau-" + period.get() + ".zip\"");
        ctx.contentType("application/zip");
        OutputStream out = ctx.outputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String name : files(folder.get())) {
                zip.putNextEntry(new ZipEntry(period.get() + "/" + name));
                Files.copy(folder.get().resolve(name), zip);
                zip.closeEntry();
            }
        }
    }

    private String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (n.endsWith(".xml")) {
            return "application/xml";
        }
        if (n.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (ports.reports().windows1251(name)) {
            return "text/plain; charset=windows-1251";
        }
        return "text/plain; charset=utf-8";
    }

    /**
     * {@code GET /deadlines}: for each month still open, what must be transferred by when (RULES §7) and which notices
     * are due; what is late today and, for alimony, the penalty it is running up (MFC art. 171(1), 0.1 % a day); for
     * locked months, whatever was issued after its deadline.
     */
    void deadlines(Context ctx) throws IOException {
        Map<String, String> t = web.words(ctx);
        LocalDate today = LocalDate.now(clock);
        List<LedgerMonth> months = new ArrayList<>(WebApp.read(ledger, Ledger.Transaction::months));
        java.util.Collections.reverse(months);
        Map<YearMonth, Map<Long, LocalDate>> issued = new HashMap<>();
        for (LedgerMonth m : months) {
            Map<Long, LocalDate> on = new HashMap<>();
            for (IssuedOrder p : WebApp.read(ledger, tx -> tx.orders(m.period()))) {
                on.put(p.number(), p.issuedAt().toLocalDate());
            }
            issued.put(m.period(), on);
        }
        List<Map<String, String>> transfers = new ArrayList<>();
        List<Map<String, String>> notices = new ArrayList<>();
        Tenge exposure = Tenge.ZERO;
        Tenge exposureIssued = Tenge.ZERO;
        for (LedgerMonth m : months) {
            Optional<Path> folder = folder(m.period());
            if (folder.isEmpty() || m.status() == MonthStatus.SKIPPED) {
                continue;
            }
            // a month whose orders are not issued yet: what it withholds is still to be transferred
            boolean open = m.status() != MonthStatus.LOCKED && !m.ordersIssued();
            Map<String, String> kinds = new HashMap<>();
            for (Map<String, String> d : ports.reports().rows(folder.get(), MonthReports.Register.DEDUCTIONS)) {
                kinds.put(d.get("writ_id"), d.get("kind"));
                Tenge withheld = Tenge.of(d.get("withheld_total"));
                if (open && withheld.isPositive()) {
                    LocalDate due = LocalDate.parse(d.get("transfer_due"));
                    String state = due.isBefore(today) ? "deadline.late" : "deadline.to-transfer";
                    exposure = exposure.plus(
                            transfer(t, transfers, m.period(), d, d.get("kind"), withheld, due, today, state));
                }
            }
            if (!open) {
                for (Map<String, String> o : ports.reports().rows(folder.get(), MonthReports.Register.PAYMENTS)) {
                    LocalDate due = LocalDate.parse(o.get("transfer_due"));
                    // issued when the month was exported (the ledger), or on its value date when not known
                    LocalDate value = issued.get(m.period())
                            .getOrDefault(Long.parseLong(o.get("payment_no")), LocalDate.parse(o.get("value_date")));
                    if (value.isAfter(due)) {
                        Tenge amount = Tenge.of(o.get("amount"));
                        String kind = kinds.get(o.get("writ_id"));
                        exposureIssued = exposureIssued.plus(transfer(
                                t, transfers, m.period(), o, kind, amount, due, value, "deadline.issued-late"));
                    }
                }
            }
            for (Map<String, String> n : ports.reports().rows(folder.get(), MonthReports.Register.NOTICES)) {
                LocalDate due = LocalDate.parse(n.get("deadline"));
                LocalDate sent = LocalDate.parse(n.get("notice_date"));
                if (open || sent.isAfter(due)) {
                    Map<String, String> row =
                            deadline(t, m.period(), n.get("writ_id"), n.get("employee_id"), due, open ? today : sent);
                    // the outgoing number as the letter prints it, «10.2026/1» (a register written before issue 22 held
                    // «2026-10/1»)
                    row.put("register", PeopleFormat.register(n.get("register_no")));
                    row.put("what", t.getOrDefault("deadline.kind." + n.get("kind"), n.get("kind")));
                    row.put(
                            "state",
                            t.get(
                                    open
                                            ? due.isBefore(today) ? "deadline.late" : "deadline.to-send"
                                            : "deadline.issued-late"));
                    notices.add(row);
                }
            }
        }
        // a month of 50,000 debtors a hundred rows at a time, each list on its own (issue 21), the most overdue first;
        // the totals above are of all of them
        Comparator<Map<String, String>> urgent = Comparator.comparing(r -> r.get("dueIso"));
        transfers.sort(urgent);
        notices.sort(urgent);
        Paged<Map<String, String>> transferPage = Paged.of(transfers, ctx.queryParam("transfers"));
        Paged<Map<String, String>> noticePage = Paged.of(notices, ctx.queryParam("notices"));
        String atTransfers = "transfers=" + transferPage.page();
        String atNotices = "notices=" + noticePage.page();
        Map<String, Object> model = new HashMap<>();
        model.put("today", PeopleFormat.date(today));
        model.put("transfers", transferPage.rows());
        model.put("transferCount", Integer.toString(transfers.size()));
        model.put("transferPageOf", transferPage.said());
        model.put("transferPrev", transferPage.link("/deadlines", "transfers", atNotices, -1));
        model.put("transferNext", transferPage.link("/deadlines", "transfers", atNotices, +1));
        model.put("notices", noticePage.rows());
        model.put("noticeCount", Integer.toString(notices.size()));
        model.put("noticePageOf", noticePage.said());
        model.put("noticePrev", noticePage.link("/deadlines", "notices", atTransfers, -1));
        model.put("noticeNext", noticePage.link("/deadlines", "notices", atTransfers, +1));
        model.put("exposure", PeopleFormat.money(exposure));
        model.put("anyLate", exposure.isPositive());
        model.put("exposureIssued", PeopleFormat.money(exposureIssued));
        model.put("anyIssuedLate", exposureIssued.isPositive());
        web.page(ctx, "deadlines", model);
    }

    /**
     * Adds a transfer's row — its writ and employee from {@code line}, the amount, the deadline and how far {@code on}
     * is from it — and returns the penalty it has run up by then: alimony's only (MFC art. 171(1)), zero when on time.
     */
    private static Tenge transfer(
            Map<String, String> t,
            List<Map<String, String>> rows,
            YearMonth period,
            Map<String, String> line,
            String kind,
            Tenge amount,
            LocalDate due,
            LocalDate on,
            String state) {
        Map<String, String> row = deadline(t, period, line.get("writ_id"), line.get("employee_id"), due, on);
        Tenge penalty = kind != null && WritKind.isSupport(kind) ? LatePenalty.exposure(amount, due, on) : Tenge.ZERO;
        row.put("amount", PeopleFormat.money(amount));
        row.put("exposure", penalty.isPositive() ? PeopleFormat.money(penalty) : "");
        row.put("state", t.get(state));
        rows.add(row);
        return penalty;
    }

    /** One deadline's row: the month, the writ, the employee, the date and how far it is from {@code on}. */
    private static Map<String, String> deadline(
            Map<String, String> t, YearMonth period, String writ, String employee, LocalDate due, LocalDate on) {
        Map<String, String> row = new HashMap<>();
        row.put("period", period.toString());
        row.put("shown", PeopleFormat.month(period));
        row.put("writ", writ);
        row.put("employee", employee);
        row.put("due", PeopleFormat.date(due));
        row.put("dueIso", due.toString());
        long days = LatePenalty.daysLate(due, on);
        row.put(
                "days",
                days > 0
                        ? java.text.MessageFormat.format(t.get("deadline.days-late"), days)
                        : java.text.MessageFormat.format(
                                t.get("deadline.days-left"), java.time.temporal.ChronoUnit.DAYS.between(on, due)));
        row.put("lateCode", days > 0 ? "late" : "due");
        return row;
    }

    private static Optional<YearMonth> period(String text) {
        try {
            return Optional.of(
                    YearMonth.parse(Optional.ofNullable(text).orElse("").strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An upload's folder, gone; one left behind stays in the owner-only temp folder. */
    private void deleteTree(Path root) {
        try {
            ports.privateFiles().deleteTree(root);
        } catch (IOException e) {
            // left behind, see above: the next start makes a new temp folder
        }
    }
}
