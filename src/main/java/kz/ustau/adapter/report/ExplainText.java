package kz.ustau.adapter.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        t.line(t.label("title") + " — " + result.period());
        t.line(t.label("employer") + ": " + e.name() + ", " + t.label("bin") + " "
                + e.bin().digits());
        t.line(t.label("made") + ": " + result.now().format(STAMP));
        t.line(t.label("settings") + ": base.tax=" + s.baseTax() + ", index.fixed=" + s.indexFixed()
                + ", queue1.current_first=" + s.queue1CurrentFirst() + ", deadline.days=" + s.deadlineDays()
                + ", transfer.fee=" + s.transferFee().plain());
        var rate = result.tables().mrp().on(result.period().atDay(1));
        t.line(t.label("rates") + " " + result.period().atDay(1) + ": " + t.label("mrp") + " "
                + rate.mrp().plain() + ", " + t.label("pm") + " " + rate.pm().plain() + " (mrp.csv)");
        t.line(t.label("debtors") + ": " + result.debtors().size() + "; " + t.label("orders") + ": "
                + result.payments().size() + "; " + t.label("total") + ": "
                + Tenge.sum(result.payments().stream().map(p -> p.amount()).toList())
                        .plain());
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
        t.line(t.label("pay-date") + ": " + dm.payDate() + "; " + t.label("value-date") + ": " + valueDate + "; "
                + t.label("transfer-due") + ": " + dm.transferDue() + " (RULES §7, MFC art. 165)");
        dm.debtor().dismissalDate().ifPresent(d -> t.line(t.label("dismissed") + ": " + d));
        t.line(RULE);

        var base = dm.base();
        t.line("1. " + t.label("included") + " (RULES §2; Order 372)");
        lines(t, base.included(), true);
        t.line("   " + t.label("sum") + ": " + base.attachable().plain());
        t.line("2. " + t.label("excluded") + " (RULES §2; Law art. 98)");
        lines(t, base.excluded(), true);
        t.line("3. " + t.label("taxes") + " (RULES §3; Law art. 94)");
        lines(t, base.taxes(), false);
        t.line("   " + t.label("sum") + ": " + base.taxTotal().plain());
        if (base.taxMode() == Settings.BaseTax.PROPORTIONAL) {
            t.line("   base.tax=PROPORTIONAL: " + base.taxTotal().plain() + " × "
                    + base.attachableRatio().toPlainString() + " = "
                    + base.taxSubtracted().plain() + " (" + t.label("half-up") + ")");
        }
        t.line("4. " + t.label("not-used"));
        lines(t, base.notUsed(), false);
        t.line("5. " + t.label("base") + " = " + base.attachable().plain() + " − "
                + base.taxSubtracted().plain()
                + " = " + base.beforeFloor().plain()
                + (base.floored() ? " → 0.00 (" + t.label("never-below-zero") + ")" : ""));
        t.line("   " + t.label("cap") + " (Law art. 95(1), RULES §5.1): "
                + base.base().plain() + " / 2 = " + dm.cap().plain() + " (" + t.label("down") + ")");
        t.line("   " + t.label("pm-rule") + " (Law art. 95(1), RULES §5.2): "
                + dm.pm().plain());

        t.line("6. " + t.label("demands") + " (RULES §4)");
        for (WritDemand.Demand d : dm.demands()) {
            demand(t, d, base.base());
        }
        t.line("7. " + t.label("order") + " (RULES §6; Law arts. 110–112)");
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
                    + d.withheldTotal().plain() + " = "
                    + d.withheldCurrent().plain() + " + " + d.withheldDebt().plain() + "; " + t.label("debt") + " "
                    + d.debtBefore().plain() + " + (" + d.demandCurrent().plain() + " − "
                    + d.withheldCurrent().plain() + ") − " + d.withheldDebt().plain() + " = "
                    + d.debtAfter().plain()
                    + (d.fee().isPositive()
                            ? "; " + t.label("fee") + " " + d.fee().plain()
                            : "")
                    + (d.held().isPositive() ? "; " + t.label("held") + " (RULES §11.1)" : ""));
            boolean capFull = !dm.allocation().capLeft().isPositive();
            if (d.demandDebt().isPositive() && d.withheldDebt().isZero() && capFull) {
                t.line("     " + t.label("debt-not-from-wage") + " (RULES §5.3)");
            }
        }
        EmployerClaim claim = dm.employerClaim();
        if (claim.claimed().isPositive() || claim.deducted().isPositive() || EmployerClaim.isAsked(base.notUsed())) {
            t.line("9. " + t.label("employer-claim") + " (Labour Code art. 115(3), RULES §11.1)");
            claim(t, dm.cap(), claim.inLimit(), claim);
        }
        Tenge half = base.base().minus(dm.cap());
        t.line("   " + t.label("withheld-total") + ": " + dm.withheldTotal().plain()
                + (dm.feeTotal().isPositive() ? " + " + dm.feeTotal().plain() : "")
                + (claim.deducted().isPositive() ? " + " + claim.deducted().plain() : "") + "; " + t.label("kept")
                + ": " + dm.kept().plain() + (half.isGreaterThan(dm.kept()) ? " < " : " ≥ ") + half.plain()
                + " (50 %" + (half.isGreaterThan(dm.kept()) ? "; " + t.label("below-half") : "") + ")");
    }

    /** RULES §11.1: the sentences and agreements beside the writs, and the room each had. */
    private static void beside(Text t, DebtorMonth dm) {
        for (Deduction d : dm.deductions()) {
            if (d.writ().kind().isCorrectional()) {
                t.line("   " + t.label("correctional") + " (Criminal Code art. 42; Law art. 96(1)): "
                        + d.writ().id()
                        + " " + t.label("asked") + " "
                        + d.demandCurrent().plus(d.demandDebt()).plain() + "; "
                        + t.label("given") + " " + d.withheldTotal().plain());
            }
        }
        boolean agreements =
                dm.deductions().stream().anyMatch(d -> d.writ().kind().isAgreement());
        if (agreements) {
            t.line("   " + t.label("agreements") + " (MFC art. 166): " + t.label("room") + " "
                    + dm.cap().plain() + " − "
                    + dm.cap().minus(dm.agreementRoom()).plain() + " = "
                    + dm.agreementRoom().plain());
            for (Deduction d : dm.deductions()) {
                if (d.writ().kind().isAgreement()) {
                    t.line("     " + d.writ().id() + ": " + t.label("asked") + " "
                            + d.demandCurrent().plus(d.demandDebt()).plain() + " → "
                            + d.withheldTotal().plain());
                }
            }
        }
    }

    private static void claim(Text t, Tenge cap, Tenge inLimit, EmployerClaim claim) {
        t.line("   " + t.label("claimed") + ": " + claim.claimed().plain() + "; " + t.label("room") + " "
                + (claim.withinCap()
                        ? cap.plain() + " − " + inLimit.plain() + " = "
                                + claim.room().plain()
                        : claim.room().plain() + " (employer_deductions.within_cap=false)"));
        t.line("   " + t.label("claim-deducted") + ": " + claim.deducted().plain()
                + (claim.cut()
                        ? "; " + t.label("claim-remaining") + ": "
                                + claim.remaining().plain()
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
        t.line(t.label("others-claims") + " (Labour Code art. 115(3), RULES §11.1)");
        t.line(RULE);
        for (EmployerClaimLine c : others) {
            t.line(c.employeeId() + "  " + c.fullName() + ", " + t.label("iin") + " "
                    + c.iin().masked() + "; " + t.label("base") + " " + c.base().plain() + ", " + t.label("cap") + " "
                    + c.cap().plain());
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
                    + l.amount().plain() + (basis ? "  [" + l.type().basis() + "]" : ""));
        }
    }

    private static void demand(Text t, WritDemand.Demand d, Tenge base) {
        Writ w = d.writ();
        t.line("   " + w.id() + " — " + w.kind().code() + ", "
                + (w.kind().outsideOrder()
                        ? t.label("outside-order")
                        : t.label("queue") + " " + w.kind().queue())
                + (w.kind().protectedKind() ? ", " + t.label("protected") : "") + "; " + t.label("writ") + " № "
                + w.citedNumber() + " " + w.writDate() + "; " + t.label("from-to") + " " + w.startPeriod() + " — "
                + w.endPeriod().map(Object::toString).orElse("…"));
        switch (d.status()) {
            case DEBT_ONLY -> t.line("     " + t.label("debt-only"));
            case COLLECTING -> t.line("     " + t.label("collecting"));
            default -> {}
        }
        d.sharePart()
                .ifPresent(part ->
                        t.line("     " + t.label("share") + ": " + w.share().orElseThrow() + " × " + base.plain()
                                + " = " + part.plain() + " (" + t.label("down") + ")"));
        d.fixedPart().ifPresent(f -> {
            if (f instanceof WritDemand.FixedPart.Mrp m) {
                t.line("     " + t.label("fixed-mrp") + ": " + m.multiple().toPlainString() + " × "
                        + m.mrp().plain() + " = " + m.amount().plain() + " (" + t.label("half-up") + ")");
            } else if (f instanceof WritDemand.FixedPart.Indexed i) {
                t.line("     " + t.label("fixed-indexed") + " (MFC art. 173): "
                        + i.sum().plain() + " × "
                        + i.mrpNow().plain() + " / " + i.mrpThen().plain() + " (" + t.label("mrp") + " " + i.since()
                        + ") = " + i.amount().plain() + " (" + t.label("half-up") + ")");
            } else {
                t.line("     " + t.label("fixed") + ": " + f.amount().plain());
            }
        });
        if (d.status() == WritDemand.Status.COLLECTING) {
            boolean hasRate = d.sharePart().isPresent() || d.fixedPart().isPresent();
            t.line("     " + t.label("debt-demand") + ": " + (hasRate ? "min(" + t.label("rate") + ", " : "")
                    + d.debtBefore().plain() + (hasRate ? ")" : "") + " = "
                    + d.debtDemand().plain());
        } else {
            t.line("     " + t.label("current") + ": " + d.current().plain() + "; " + t.label("debt-before") + ": "
                    + d.debtBefore().plain() + "; " + t.label("debt-demand") + ": "
                    + d.debtDemand().plain()
                    + d.debtLimit()
                            .map(l -> " (debt_share " + w.debtShare().orElseThrow() + " × " + base.plain() + " = "
                                    + l.plain() + ")")
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
        t.line("   " + stage + ": " + t.label("room") + " " + step.capRoom().plain()
                + step.pmRoom()
                        .map(r -> ", " + t.label("pm-room") + " " + r.plain())
                        .orElse("") + "; "
                + t.label("asked") + " " + step.requested().plain() + "; " + t.label("given") + " "
                + step.granted().plain() + " — " + t.label(outcome(step)));
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
                t.line("     " + what + ": " + c.demand().plain() + " × "
                        + step.shared().plain() + " / "
                        + step.requested().plain() + " = " + exact.toPlainString() + "… → " + floor.plain()
                        + (extra.isPositive() ? " + " + extra.plain() + " (" + t.label("remainder") + ")" : "")
                        + " = " + part.plain());
            } else {
                t.line("     " + what + ": " + c.demand().plain() + " → " + part.plain());
            }
        }
        step.cutback()
                .ifPresent(c -> t.line("     " + t.label("cutback") + ": "
                        + c.before().plain() + " → " + c.allowed().plain() + " (RULES §5.2)"));
    }

    private static String outcome(PriorityAllocation.Step step) {
        if (!step.proRata()) {
            return step.cutback().isPresent() ? "cut-back" : "in-full";
        }
        return step.claims().size() > 1 ? "pro-rata" : "limited";
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
