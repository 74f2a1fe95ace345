package kz.ustau.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import kz.ustau.app.Messages;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.ledger.MonthLifecycle;
import kz.ustau.app.port.Ledger;

/**
 * The month's lifecycle as the page asks for it (issue 8; issue 13): the same use case as {@code ustau month
 * run|export|reopen} — {@link MonthLifecycle}, called here directly — on the page's ledger, for the employer it was
 * started with, each month in its folder; what a step came to is put in the words the page shows.
 */
final class MonthWork {
    private final Ledger ledger;
    private final Ports ports;
    private final Path employer;
    private final Path months;
    private final Clock clock;

    /** The employer's properties the page runs months and writes letters with. */
    Path employer() {
        return employer;
    }

    /** The same work, its steps recorded in the audit trail as {@code actor}'s (docs/bureau.md §4). */
    MonthWork as(kz.ustau.app.ledger.Actor actor) {
        return new MonthWork(ledger.as(actor), ports, employer, months, clock);
    }

    MonthWork(Ledger ledger, Ports ports, Path employer, Path months, Clock clock) {
        this.ledger = ledger;
        this.ports = ports;
        this.employer = employer;
        this.months = months;
        this.clock = clock;
    }

    /**
     * What a step did: {@code exit} as the command line's would be (0 done, 1 fault, 2 refused, 3 input problems), the
     * lines to show (the summary, or the refusal or every problem as the command line words it), the warnings.
     */
    record Outcome(int exit, List<String> lines, List<String> warnings) {
        boolean done() {
            return exit == 0;
        }
    }

    /** Computes the month from the uploaded files (named as the accountant named them) and stores it for review. */
    Outcome run(
            YearMonth period,
            List<Path> payrolls,
            List<String> names,
            Optional<String> mapping,
            Locale language,
            LongConsumer progress) {
        List<MonthLifecycle.PayrollInput> inputs = new ArrayList<>();
        for (int i = 0; i < payrolls.size(); i++) {
            inputs.add(new MonthLifecycle.PayrollInput(payrolls.get(i), names.get(i)));
        }
        return step(MonthLifecycle.Step.RUN, period, inputs, mapping, language, progress);
    }

    /** Computes a month again from the payroll stored with it (a stale month), for review. */
    Outcome recompute(YearMonth period, Locale language) {
        return step(MonthLifecycle.Step.RUN, period, List.of(), Optional.empty(), language, lines -> {});
    }

    /** Issues the month's orders from what was stored, and locks it. */
    Outcome export(YearMonth period, Locale language) {
        return step(MonthLifecycle.Step.EXPORT, period, List.of(), Optional.empty(), language, lines -> {});
    }

    /** Opens a locked month again, the reason recorded; later months become stale. */
    Outcome reopen(YearMonth period, String reason, Locale language) {
        try {
            MonthLifecycle.Outcome o = lifecycle().reopen(period, reason, LocalDateTime.now(clock));
            if (o instanceof MonthLifecycle.Outcome.Done d) {
                List<String> lines = new ArrayList<>();
                lines.add(Messages.text(language, "cli.month.reopened", period, reason));
                d.madeStale().forEach(m -> lines.add(Messages.text(language, "cli.month.made-stale", m, period)));
                return new Outcome(0, lines, List.of());
            }
            return said(o, language);
        } catch (IOException | RuntimeException e) {
            return new Outcome(1, List.of(String.valueOf(e.getMessage())), List.of());
        }
    }

    private Outcome step(
            MonthLifecycle.Step step,
            YearMonth period,
            List<MonthLifecycle.PayrollInput> payroll,
            Optional<String> mapping,
            Locale language,
            LongConsumer progress) {
        try {
            Problems problems = new Problems();
            ReferenceTables tables =
                    ports.tables().load(Optional.empty(), problems).orElseThrow();
            List<Locale> languages = language.getLanguage().equals("ru")
                    ? List.of(Messages.RUSSIAN, Messages.KAZAKH)
                    : List.of(Messages.KAZAKH, Messages.RUSSIAN);
            MonthLifecycle.Outcome o = lifecycle()
                    .month(new MonthLifecycle.Request(
                            step,
                            period,
                            payroll,
                            mapping,
                            Optional.empty(),
                            Optional.empty(),
                            ports.inputs().employer(employer, employer.toString()),
                            tables,
                            folder(period),
                            LocalDateTime.now(clock),
                            languages,
                            1,
                            Optional.empty(),
                            progress));
            return said(o, language);
        } catch (IOException | RuntimeException e) {
            return new Outcome(1, List.of(String.valueOf(e.getMessage())), List.of());
        }
    }

    private static Outcome said(MonthLifecycle.Outcome o, Locale language) {
        if (o instanceof MonthLifecycle.Outcome.Refused r) {
            return new Outcome(2, List.of(r.refusal().message(language)), List.of());
        }
        if (o instanceof MonthLifecycle.Outcome.Invalid i) {
            return new Outcome(
                    3, i.problems().stream().map(p -> p.message(language)).toList(), List.of());
        }
        MonthLifecycle.Outcome.Done d = (MonthLifecycle.Outcome.Done) o;
        MonthLifecycle.Summary s = d.summary();
        List<String> lines = new ArrayList<>();
        lines.add(s.said(language, d.repeated(), d.status() == kz.ustau.domain.ledger.MonthStatus.OPEN));
        d.madeStale().forEach(m -> lines.add(Messages.text(language, "cli.month.made-stale", m, s.period())));
        List<String> warnings =
                s.warnings().stream().map(w -> w.message(language)).toList();
        if (d.unpublished().isPresent()) {
            lines.add(Messages.text(
                    language,
                    "cli.month.unpublished",
                    s.period(),
                    s.dir(),
                    d.unpublished().get()));
            return new Outcome(1, lines, warnings);
        }
        return new Outcome(0, lines, warnings);
    }

    /** Finishes what a kill left unpublished; what could not be done, in the page's words. */
    List<String> finishPublishing(Locale language) throws IOException {
        return lifecycle().finishPublishing(LocalDateTime.now(clock)).stream()
                .map((Warning w) -> w.message(language))
                .toList();
    }

    private MonthLifecycle lifecycle() {
        return new MonthLifecycle(ledger, ports.monthFiles(), ports.documents(), ports.payrolls());
    }

    /** The folder that holds a month's files. */
    Path folder(YearMonth period) {
        return months.resolve(period.toString());
    }

    /** The folder of the mappings saved from the page, beside the months' folder. */
    Path mappings() {
        return months.toAbsolutePath().resolveSibling("mappings");
    }

    /** {@code ~/.ustau/months}. */
    static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".ustau", "months");
    }
}
