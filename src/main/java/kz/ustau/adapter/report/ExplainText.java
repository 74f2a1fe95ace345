package kz.ustau.adapter.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.ustau.adapter.files.Utf8Writer;
import kz.ustau.app.Employer;
import kz.ustau.app.EmployerClaimLine;
import kz.ustau.app.Messages;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;
import kz.ustau.domain.rules.EmployerClaim;
import kz.ustau.domain.rules.PriorityAllocation;
import kz.ustau.domain.rules.Settings;
import kz.ustau.domain.rules.TransferDeadline;
import kz.ustau.domain.rules.WritDemand;
import kz.ustau.domain.writ.Writ;

/**
 * {@code explain.txt} (CONTRACT §5.5): for every debtor with a line in the period, the income lines taken into the
 * base and those left out with their rule, the taxes, each writ's demand, the cap, the subsistence minimum, the
 * priority steps with the pro-rata arithmetic and the rounding, and the result — enough to re-check every deduction by
 * hand. Labels are in every language asked for, joined by " / ".
 */
public final class ExplainText implements MonthDocument {
    public static final String FILE = "explain.txt";
    private static final String RULE = "=".repeat(78);
    /** Between thousands in an amount, as the glossary writes amounts for people: «420 000,00». */
    private static final char SPACE = '\u00A0';

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    /** A basis in the income catalogue that cites the Order or the Law: what the file writes of it in each language. */
    private static final Pattern ORDER_ITEM = Pattern.compile("^Order 372 item (\\d+)");

    private static final Pattern LAW_ITEMS = Pattern.compile("^Law art\\. (\\d+) items? (\\d+)(?: and (\\d+))?");
    private static final Pattern LAW_ART = Pattern.compile("^Law art\\. (\\d+)(?! item)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Override
    public List<String> files(MonthResult result) {
        return List.of(FILE);
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        // streamed line by line into the file: never the whole text in memory (issue 21: 5,209 debtors wrote 38 MB)
        Writer w = new Utf8Writer(out);
        try {
            render(result, w);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    /** The whole explanation, written to {@code out} a line at a time. */
    static void render(MonthResult result, Appendable out) {
        Text t = new Text(result.languages(), out);
        Employer e = result.employer();
        Settings s = e.settings();
        t.line(t.label("title") + " — " + month(result.period()));
        t.line(t.label("employer") + ": " + e.name() + ", " + t.label("bin") + " "
                + e.bin().digits());
        t.line(t.label("made") + ": " + result.now().format(STAMP));
        t.line(t.label("settings") + ": " + t.label("setting.base.tax." + s.baseTax()) + "; "
                + t.label("setting.index.fixed." + s.indexFixed()) + "; "
                + t.label("setting.queue1.current_first." + s.queue1CurrentFirst()) + "; "
                + t.label("setting.deadline.days." + s.deadlineDays()) + "; " + t.label("setting.transfer.fee") + " "
                + s.transferFee().grouped(SPACE));
        t.line(t.label("laws"));
        var rate = result.tables().mrp().on(result.period().atDay(1));
        t.line(t.label("rates") + " " + day(result.period().atDay(1)) + ": " + t.label("mrp") + " "
                + rate.mrp().grouped(SPACE) + ", " + t.label("pm") + " "
                + rate.pm().grouped(SPACE) + " (mrp.csv)");
        t.line(t.label("debtors") + ": " + result.debtors().size() + "; " + t.label("orders") + ": "
                + result.payments().size() + "; " + t.label("total") + ": "
                + Tenge.sum(result.payments().stream().map(p -> p.amount()).toList())
                        .grouped(SPACE));
        for (DebtorMonth dm : result.debtors()) {
            // the value date the orders carry: never before the day they are written (RULES §7)
            LocalDate valueDate = TransferDeadline.valueDate(
                    dm.payDate(), result.now().toLocalDate(), result.tables().calendar());
            debtor(t, dm, valueDate);
        }
        others(t, result.employerClaims());
    }

    private static void debtor(Text t, DebtorMonth dm, LocalDate valueDate) {
        t.line("");
        t.line(RULE);
        t.line(dm.debtor().employeeId() + "  " + dm.debtor().fullName() + ", " + t.label("iin") + " "
                + dm.debtor().iin().masked());
        if (dm.debtor().employeeIds().size() > 1) {
            t.line(t.label("posts") + ": " + String.join(", ", dm.debtor().employeeIds()));
        }
        t.line(t.label("pay-date") + ": " + day(dm.payDate()) + "; " + t.label("value-date") + ": " + day(valueDate)
                + "; " + t.label("transfer-due") + ": " + day(dm.transferDue()) + " (" + t.label("cite.transfer-due")
                + ")");
        dm.debtor().dismissalDate().ifPresent(d -> t.line(t.label("dismissed") + ": " + day(d)));
        t.line(RULE);

        var base = dm.base();
        t.line("1. " + t.label("included") + " (" + t.label("cite.included") + ")");
        lines(t, base.included(), true);
        t.line("   " + t.label("sum") + ": " + base.attachable().grouped(SPACE));
        t.line("2. " + t.label("excluded") + " (" + t.label("cite.excluded") + ")");
        lines(t, base.excluded(), true);
        t.line("3. " + t.label("taxes") + " (" + t.label("cite.taxes") + ")");
        lines(t, base.taxes(), false);
        t.line("   " + t.label("sum") + ": " + base.taxTotal().grouped(SPACE));
        if (base.taxMode() == Settings.BaseTax.PROPORTIONAL) {
            t.line("   " + t.label("proportional") + ": " + base.taxTotal().grouped(SPACE) + " × "
                    + base.attachableRatio().toPlainString().replace('.', ',') + " = "
                    + base.taxSubtracted().grouped(SPACE) + " (" + t.label("half-up") + ")");
        }
        t.line("4. " + t.label("not-used"));
        lines(t, base.notUsed(), false);
        t.line("5. " + t.label("base") + " = " + base.attachable().grouped(SPACE) + " − "
                + base.taxSubtracted().grouped(SPACE)
                + " = " + base.beforeFloor().grouped(SPACE)
                + (base.floored() ? " → 0.00 (" + t.label("never-below-zero") + ")" : ""));
        t.line("   " + t.label("cap") + " (" + t.label("cite.cap") + "): "
                + base.base().grouped(SPACE) + " / 2 = " + dm.cap().grouped(SPACE) + " (" + t.label("down") + ")");
        t.line("   " + t.label("pm-rule") + " (" + t.label("cite.cap") + "): "
                + dm.pm().grouped(SPACE));

        t.line("6. " + t.label("demands"));
        for (WritDemand.Demand d : dm.demands()) {
            demand(t, d, base.base());
        }
        t.line("7. " + t.label("order") + " (" + t.label("cite.order") + ")");
        if (dm.allocation().steps().isEmpty()) {
            t.line("   " + t.label("nothing-asked"));
        }
        for (PriorityAllocation.Step step : dm.allocation().steps()) {
            step(t, step);
        }
        beside(t, dm);
        t.line("8. " + t.label("result"));
        for (Deduction d : dm.deductions()) {
            t.line("   " + d.writ().id() + ": " + t.label("withheld") + " "
                    + d.withheldTotal().grouped(SPACE) + " = "
                    + d.withheldCurrent().grouped(SPACE) + " + "
                    + d.withheldDebt().grouped(SPACE) + "; " + t.label("debt") + " "
                    + d.debtBefore().grouped(SPACE) + " + (" + d.demandCurrent().grouped(SPACE) + " − "
                    + d.withheldCurrent().grouped(SPACE) + ") − "
                    + d.withheldDebt().grouped(SPACE) + " = "
                    + d.debtAfter().grouped(SPACE)
                    + (d.fee().isPositive()
                            ? "; " + t.label("fee") + " " + d.fee().grouped(SPACE)
                            : "")
                    + (d.held().isPositive() ? "; " + t.label("held") : ""));
            boolean capFull = !dm.allocation().capLeft().isPositive();
            if (d.demandDebt().isPositive() && d.withheldDebt().isZero() && capFull) {
                t.line("     " + t.label("debt-not-from-wage"));
            }
        }
        EmployerClaim claim = dm.employerClaim();
        if (claim.claimed().isPositive() || claim.deducted().isPositive() || EmployerClaim.isAsked(base.notUsed())) {
            t.line("9. " + t.label("employer-claim") + " (" + t.label("cite.employer-claim") + ")");
            claim(t, dm.cap(), claim.inLimit(), claim);
        }
        Tenge half = base.base().minus(dm.cap());
        t.line("   " + t.label("withheld-total") + ": " + dm.withheldTotal().grouped(SPACE)
                + (dm.feeTotal().isPositive() ? " + " + dm.feeTotal().grouped(SPACE) : "")
                + (claim.deducted().isPositive() ? " + " + claim.deducted().grouped(SPACE) : "") + "; "
                + t.label("kept")
                + ": " + dm.kept().grouped(SPACE) + (half.isGreaterThan(dm.kept()) ? " < " : " ≥ ")
                + half.grouped(SPACE)
                + " (50 %" + (half.isGreaterThan(dm.kept()) ? "; " + t.label("below-half") : "") + ")");
    }

    /** RULES §11.1: the sentences and agreements beside the writs, and the room each had. */
    private static void beside(Text t, DebtorMonth dm) {
        for (Deduction d : dm.deductions()) {
            if (d.writ().kind().isCorrectional()) {
                t.line("   " + t.label("correctional") + " (" + t.label("cite.correctional") + "): "
                        + d.writ().id()
                        + " " + t.label("asked") + " "
                        + d.demandCurrent().plus(d.demandDebt()).grouped(SPACE) + "; "
                        + t.label("given") + " " + d.withheldTotal().grouped(SPACE));
            }
        }
        boolean agreements =
                dm.deductions().stream().anyMatch(d -> d.writ().kind().isAgreement());
        if (agreements) {
            t.line("   " + t.label("agreements") + " (" + t.label("cite.agreements") + "): " + t.label("room") + " "
                    + dm.cap().grouped(SPACE) + " − "
                    + dm.cap().minus(dm.agreementRoom()).grouped(SPACE) + " = "
                    + dm.agreementRoom().grouped(SPACE));
            for (Deduction d : dm.deductions()) {
                if (d.writ().kind().isAgreement()) {
                    t.line("     " + d.writ().id() + ": " + t.label("asked") + " "
                            + d.demandCurrent().plus(d.demandDebt()).grouped(SPACE) + " → "
                            + d.withheldTotal().grouped(SPACE));
                }
            }
        }
    }

    private static void claim(Text t, Tenge cap, Tenge inLimit, EmployerClaim claim) {
        t.line("   " + t.label("claimed") + ": " + claim.claimed().grouped(SPACE) + "; " + t.label("room") + " "
                + (claim.withinCap()
                        ? cap.grouped(SPACE) + " − " + inLimit.grouped(SPACE) + " = "
                                + claim.room().grouped(SPACE)
                        : claim.room().grouped(SPACE) + " (" + t.label("outside-cap") + ")"));
        t.line("   " + t.label("claim-deducted") + ": " + claim.deducted().grouped(SPACE)
                + (claim.cut()
                        ? "; " + t.label("claim-remaining") + ": "
                                + claim.remaining().grouped(SPACE)
                        : ""));
    }

    /** RULES §11.1: the employer's own deductions of employees without writs, after the debtors. */
    private static void others(Text t, List<EmployerClaimLine> claims) {
        List<EmployerClaimLine> others =
                claims.stream().filter(c -> !c.debtor()).toList();
        if (others.isEmpty()) {
            return;
        }
        t.line("");
        t.line(RULE);
        t.line(t.label("others-claims") + " (" + t.label("cite.employer-claim") + ")");
        t.line(RULE);
        for (EmployerClaimLine c : others) {
            t.line(c.employeeId() + "  " + c.fullName() + ", " + t.label("iin") + " "
                    + c.iin().masked() + "; " + t.label("base") + " " + c.base().grouped(SPACE) + ", " + t.label("cap")
                    + " "
                    + c.cap().grouped(SPACE));
            claim(t, c.cap(), c.inLimit(), c.claim());
        }
    }

    private static void lines(Text t, List<IncomeLine> lines, boolean basis) {
        if (lines.isEmpty()) {
            t.line("   —");
        }
        for (IncomeLine l : lines) {
            t.line("   " + l.origin() + "  " + l.type().code() + "  "
                    + t.name(l.type().nameKk(), l.type().nameRu()) + "  "
                    + l.amount().grouped(SPACE) + (basis ? basis(t, l.type().basis()) : ""));
        }
    }

    private static void demand(Text t, WritDemand.Demand d, Tenge base) {
        Writ w = d.writ();
        t.line("   " + w.id() + " — "
                + t.name(kind("kk", w.kind().code()), kind("ru", w.kind().code())) + ", "
                + (w.kind().outsideOrder()
                        ? t.label("outside-order")
                        : t.label("queue") + " " + w.kind().queue())
                + (w.kind().protectedKind() ? ", " + t.label("protected") : "") + "; " + t.label("writ") + " № "
                + w.citedNumber() + " " + day(w.writDate()) + "; " + t.label("from-to") + " " + month(w.startPeriod())
                + " — "
                + w.endPeriod().map(ExplainText::month).orElse("…"));
        switch (d.status()) {
            case DEBT_ONLY -> t.line("     " + t.label("debt-only"));
            case COLLECTING -> t.line("     " + t.label("collecting"));
            default -> {}
        }
        d.sharePart()
                .ifPresent(part ->
                        t.line("     " + t.label("share") + ": " + w.share().orElseThrow() + " × " + base.grouped(SPACE)
                                + " = " + part.grouped(SPACE) + " (" + t.label("down") + ")"));
        d.fixedPart().ifPresent(f -> {
            if (f instanceof WritDemand.FixedPart.Mrp m) {
                t.line("     " + t.label("fixed-mrp") + ": "
                        + m.multiple().toPlainString().replace('.', ',') + " × "
                        + m.mrp().grouped(SPACE) + " = " + m.amount().grouped(SPACE) + " (" + t.label("half-up") + ")");
            } else if (f instanceof WritDemand.FixedPart.Indexed i) {
                t.line("     " + t.label("fixed-indexed") + " (" + t.label("cite.indexed") + "): "
                        + i.sum().grouped(SPACE) + " × "
                        + i.mrpNow().grouped(SPACE) + " / " + i.mrpThen().grouped(SPACE) + " (" + t.label("mrp") + " "
                        + day(i.since())
                        + ") = " + i.amount().grouped(SPACE) + " (" + t.label("half-up") + ")");
            } else {
                t.line("     " + t.label("fixed") + ": " + f.amount().grouped(SPACE));
            }
        });
        if (d.status() == WritDemand.Status.COLLECTING) {
            boolean hasRate = d.sharePart().isPresent() || d.fixedPart().isPresent();
            t.line("     " + t.label("debt-demand") + ": "
                    + (hasRate ? t.label("lesser") + " (" + t.label("rate") + "; " : "")
                    + d.debtBefore().grouped(SPACE) + (hasRate ? ")" : "") + " = "
                    + d.debtDemand().grouped(SPACE));
        } else {
            t.line("     " + t.label("current") + ": " + d.current().grouped(SPACE) + "; " + t.label("debt-before")
                    + ": "
                    + d.debtBefore().grouped(SPACE) + "; " + t.label("debt-demand") + ": "
                    + d.debtDemand().grouped(SPACE)
                    + d.debtLimit()
                            .map(l -> " (" + t.label("debt-share") + " "
                                    + w.debtShare().orElseThrow() + " × " + base.grouped(SPACE) + " = "
                                    + l.grouped(SPACE) + ")")
                            .orElse(""));
        }
    }

    private static void step(Text t, PriorityAllocation.Step step) {
        String stage = t.label("queue") + " " + step.stage().queue()
                + switch (step.stage().kind()) {
                    case CURRENT -> " — " + t.label("stage-current");
                    case REST -> " — " + t.label("stage-rest");
                    case ALL -> "";
                };
        t.line("   " + stage + ": " + t.label("room") + " " + step.capRoom().grouped(SPACE)
                + step.pmRoom()
                        .map(r -> ", " + t.label("pm-room") + " " + r.grouped(SPACE))
                        .orElse("") + "; "
                + t.label("asked") + " " + step.requested().grouped(SPACE) + "; " + t.label("given") + " "
                + step.granted().grouped(SPACE) + " — " + t.label(outcome(step)));
        for (int i = 0; i < step.claims().size(); i++) {
            PriorityAllocation.Claim c = step.claims().get(i);
            Tenge part = step.parts().get(i);
            String what = c.writ().id() + " "
                    + t.label(c.part() == PriorityAllocation.Part.CURRENT ? "part-current" : "part-debt");
            if (step.proRata() && step.claims().size() > 1) {
                BigDecimal exact = step.shared()
                        .amount()
                        .multiply(c.demand().amount())
                        .divide(step.requested().amount(), 6, RoundingMode.DOWN);
                Tenge floor = Tenge.rounded(exact, RoundingMode.DOWN);
                Tenge extra = step.cutback().isPresent() ? Tenge.ZERO : part.minus(floor);
                t.line("     " + what + ": " + c.demand().grouped(SPACE) + " × "
                        + step.shared().grouped(SPACE) + " / "
                        + step.requested().grouped(SPACE) + " = "
                        + exact.toPlainString().replace('.', ',') + "… → " + floor.grouped(SPACE)
                        + (extra.isPositive() ? " + " + extra.grouped(SPACE) + " (" + t.label("remainder") + ")" : "")
                        + " = " + part.grouped(SPACE));
            } else {
                t.line("     " + what + ": " + c.demand().grouped(SPACE) + " → " + part.grouped(SPACE));
            }
        }
        step.cutback()
                .ifPresent(c -> t.line("     " + t.label("cutback") + ": "
                        + c.before().grouped(SPACE) + " → " + c.allowed().grouped(SPACE)));
    }

    private static String outcome(PriorityAllocation.Step step) {
        if (!step.proRata()) {
            return step.cutback().isPresent() ? "cut-back" : "in-full";
        }
        return step.claims().size() > 1 ? "pro-rata" : "limited";
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private static String month(YearMonth period) {
        return period.format(MONTH);
    }

    /**
     * The catalogue's basis of an income line as the law names it, «[п. 1 приказа № 372]», «[подп. 8) ст. 98
     * Закона]»; nothing where the basis is the catalogue's own reading (its English note stays in the catalogue).
     */
    static String basis(Text t, String basis) {
        Matcher m = ORDER_ITEM.matcher(basis);
        if (m.find()) {
            return "  [" + t.format("basis.order-item", m.group(1)) + "]";
        }
        m = LAW_ITEMS.matcher(basis);
        if (m.find()) {
            return "  ["
                    + (m.group(3) == null
                            ? t.format("basis.law-item", m.group(1), m.group(2))
                            : t.format("basis.law-items", m.group(1), m.group(2), m.group(3)))
                    + "]";
        }
        m = LAW_ART.matcher(basis);
        if (m.find()) {
            return "  [" + t.format("basis.law-art", m.group(1)) + "]";
        }
        return "";
    }

    /** A kind of writ by the name the letters give it: the letters' texts are the one source of both. */
    private static String kind(String lang, String code) {
        return Messages.noticeTexts(lang).getProperty("kind." + code, code);
    }

    /** Lines of text, with labels in every language. */
    private static final class Text {
        private final List<Locale> languages;
        private final Appendable out;
        /** Labels looked up once each: every debtor's part repeats them. */
        private final java.util.Map<String, String> labels = new java.util.HashMap<>();

        Text(List<Locale> languages, Appendable out) {
            this.languages = languages;
            this.out = out;
        }

        /** A text with arguments, in every language, joined by " / ". */
        String format(String key, String... args) {
            return languages.stream()
                    .map(l -> Messages.text(l, "explain." + key, List.of(args)))
                    .distinct()
                    .collect(Collectors.joining(" / "));
        }

        String label(String key) {
            return labels.computeIfAbsent(key, k -> languages.stream()
                    .map(l -> Messages.text(l, "explain." + k, List.of()))
                    .distinct()
                    .collect(Collectors.joining(" / ")));
        }

        String name(String kk, String ru) {
            return languages.stream()
                    .map(l -> l.getLanguage().equals("kk") ? kk : ru)
                    .distinct()
                    .collect(Collectors.joining(" / "));
        }

        void line(String text) {
            try {
                out.append(text).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One employee's part of an {@code explain.txt} this class wrote, read through until it ends: a part opens with a
     * rule, the employee's number, two spaces and the name, the pay dates, and a rule. Empty when the employee has none.
     */
    public static Optional<String> part(Path file, String employee) {
        return ExplanationIndex.part(file, employee);
    }
}
