package kz.ustau.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import kz.ustau.web.MonthJobs;

/** The page's monthly jobs, done by the same commands as {@code ustau month …}, in this JVM. */
/**
 * The web page's monthly jobs (issue 8), done by the same commands as {@code ustau month run|export|reopen}, in this
 * JVM, on the page's registry: the page adds no rule and no second way to store a month.
 */
public final class PageJobs implements MonthJobs {
    private final String db;
    private final Path employer;
    private final Path months;
    private final Clock clock;

    /** Jobs on the registry {@code db} (null: the default), for the employer of that file, each month in {@code months/YYYY-MM}. */
    public PageJobs(String db, Path employer, Path months, Clock clock) {
        this.db = db;
        this.employer = employer;
        this.months = months;
        this.clock = clock;
    }

    /** {@code ~/.ustau/months}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".ustau", "months");
    }

    @Override
    public Outcome run(
            YearMonth period, List<Path> payrolls, Optional<String> mapping, Locale language, LongConsumer progress) {
        List<String> args = new ArrayList<>(common("run", period, language));
        args.addAll(List.of("--employer", employer.toString()));
        for (Path p : payrolls) {
            args.addAll(List.of("--payroll", p.toString()));
        }
        mapping.ifPresent(m -> args.addAll(List.of("--mapping", m)));
        Set<Path> uploaded = Set.copyOf(payrolls);
        return execute(args, run -> {
            run.progress = progress;
            // an upload is named as the accountant's file was, not by the folder it waits in
            run.displayName = p -> uploaded.contains(p) ? p.getFileName().toString() : p.toString();
        });
    }

    @Override
    public Outcome export(YearMonth period, Locale language) {
        List<String> args = new ArrayList<>(common("export", period, language));
        args.addAll(List.of("--employer", employer.toString()));
        return execute(args, run -> {});
    }

    @Override
    public Outcome reopen(YearMonth period, String reason, Locale language) {
        List<String> args = new ArrayList<>(List.of("month", "reopen", "--period", period.toString()));
        if (db != null) {
            args.addAll(List.of("--db", db));
        }
        args.addAll(List.of("--reason", reason));
        args.addAll(List.of("--lang", language.getLanguage().equals("ru") ? "ru,kk" : "kk,ru"));
        return execute(args, run -> {});
    }

    @Override
    public Path folder(YearMonth period) {
        return months.resolve(period.toString());
    }

    /** Beside the months' folder: {@code ~/.ustau/mappings} by default. */
    @Override
    public Path mappings() {
        return months.toAbsolutePath().resolveSibling("mappings");
    }

    @Override
    public boolean ready() {
        return employer != null;
    }

    private List<String> common(String what, YearMonth period, Locale language) {
        List<String> args = new ArrayList<>(List.of("month", what, "--period", period.toString()));
        if (db != null) {
            args.addAll(List.of("--db", db));
        }
        args.addAll(List.of("--out", folder(period).toString()));
        args.addAll(List.of("--lang", language.getLanguage().equals("ru") ? "ru,kk" : "kk,ru"));
        return args;
    }

    private Outcome execute(List<String> args, java.util.function.Consumer<RunCommand> setup) {
        StringWriter printed = new StringWriter();
        StringWriter said = new StringWriter();
        int exit = Main.execute(
                args.toArray(String[]::new), new PrintWriter(printed), new PrintWriter(said), clock, setup);
        List<String> out = printed.toString().lines().toList();
        List<String> err = said.toString().lines().toList();
        return exit == ExitCodes.OK ? new Outcome(exit, out, err) : new Outcome(exit, err, List.of());
    }
}
