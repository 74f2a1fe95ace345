package kz.ustau.adapter.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.CorrectionalLabour;
import kz.ustau.domain.writ.Bailiff;
import kz.ustau.domain.writ.Claimant;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.PaymentParty;
import kz.ustau.domain.writ.Wording;
import kz.ustau.domain.writ.Writ;
import kz.ustau.domain.writ.WritKind;

/**
 * One writ read from its cells as the bailiff's file gives them (CONTRACT §4.2), by canonical column name: every cell
 * checked, and the cells against each other (a periodic writ needs a share or a fixed sum, any other writ a debt, an
 * end not before the start, an account to pay to), every problem reported with its file, row and column. The writs
 * file reads each line through it, and the registry the lines it kept from before it stored writs as typed rows.
 */
public final class WritCells {
    /** KBe of a resident person (NBK 203), the default for a claimant paid directly (CONTRACT §4.2). */
    public static final String PERSON_KBE = "19";

    private final String name;
    private final long line;
    private final Function<String, String> raw;
    private final Function<String, String> columns;
    private boolean asKept;

    /**
     * The cells of the record on {@code line} of {@code name}: {@code raw} gives a cell by canonical column (stripped,
     * empty when absent), {@code columns} the column as the file names it.
     */
    public WritCells(String name, long line, Function<String, String> raw, Function<String, String> columns) {
        this.name = name;
        this.line = line;
        this.raw = raw;
        this.columns = columns;
    }

    /**
     * These cells are a writ an earlier version kept in its registry, read as it was kept: a BIN claimant or payee
     * without a KBe keeps the {@value #PERSON_KBE} that version paid with — the writ is not refused on the way into the
     * new ledger — and every month it is paid warns of it ({@code writ.organisation-household-kbe}) until the writ is
     * corrected.
     */
    public WritCells asKept() {
        this.asKept = true;
        return this;
    }

    private String get(String column) {
        String v = raw.apply(column);
        return v == null ? "" : v.strip();
    }

    private Cell cell(String column) {
        return new Cell(name, line, columns.apply(column), get(column));
    }

    private String column(String canonical) {
        return columns.apply(canonical);
    }

    /** The writ, or empty with every problem of its cells reported. */
    public Optional<Writ> writ(ReferenceTables tables, Problems problems, Consumer<Warning> warnings) {
        int before = problems.size();
        Optional<String> id = cell("writ_id").text(problems, Need.REQUIRED);
        Optional<IdNumber> debtor = cell("debtor_iin").idNumber(problems, Need.REQUIRED);
        Cell kindCell = cell("kind");
        Optional<WritKind> kind = kindCell.oneOf(
                        problems, Need.REQUIRED, tables.priority().codes())
                .flatMap(code -> tables.priority().kind(code));
        Optional<Share> share = cell("share").share(problems, Need.OPTIONAL);
        Cell fixedCell = cell("fixed_amount");
        Cell unitCell = cell("fixed_unit");
        Optional<Tenge> fixedAmount = fixedCell.positiveAmount(problems, Need.OPTIONAL);
        Optional<String> unit =
                unitCell.oneOf(problems, fixedCell.isBlank() ? Need.OPTIONAL : Need.REQUIRED, List.of("KZT", "MRP"));
        if (fixedCell.isBlank() && unit.isPresent()) {
            problems.add(
                    fixedCell.file(), fixedCell.row(), fixedCell.column(), "writ.unit-without-amount", "", unit.get());
        }
        Optional<FixedSum> fixed = Optional.empty();
        if (fixedAmount.isPresent() && unit.isPresent()) {
            fixed = Optional.of(
                    unit.get().equals("MRP")
                            ? new FixedSum.InMrp(
                                    new BigDecimal(fixedAmount.get().amount().toPlainString()).stripTrailingZeros())
                            : new FixedSum.InTenge(fixedAmount.get()));
        }
        Optional<LocalDate> indexedFrom = cell("indexed_from").date(problems, Need.OPTIONAL);
        Optional<Integer> children = cell("children").integer(problems, Need.OPTIONAL, 1, 99);
        Optional<YearMonth> start = cell("start_period").period(problems, Need.REQUIRED);
        Cell endCell = cell("end_period");
        Optional<YearMonth> end = endCell.period(problems, Need.OPTIONAL);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.add(
                    endCell.file(),
                    endCell.row(),
                    endCell.column(),
                    "writ.end-before-start",
                    end.get().toString(),
                    start.get().toString());
            end = Optional.empty();
        }
        boolean periodic = kind.map(WritKind::periodic).orElse(true);
        Cell debtCell = cell("debt");
        Optional<Tenge> debt = debtCell.nonNegativeAmount(problems, periodic ? Need.OPTIONAL : Need.REQUIRED);
        Cell debtShareCell = cell("debt_share");
        Optional<Share> debtShare = debtShareCell.share(problems, Need.OPTIONAL);
        if (kind.isPresent() && !periodic && debtShare.isPresent()) {
            problems.add(
                    debtShareCell.file(),
                    debtShareCell.row(),
                    debtShareCell.column(),
                    "writ.debt-share-not-periodic",
                    debtShareCell.raw(),
                    kind.get().code());
        }
        if (kind.isPresent()
                && periodic
                && share.isEmpty()
                && fixed.isEmpty()
                && get("share").isEmpty()
                && get("fixed_amount").isEmpty()) {
            problems.add(
                    name,
                    line,
                    cell("share").column(),
                    "writ.no-terms",
                    "",
                    kind.get().code());
        }
        Optional<String> claimantName = cell("claimant_name").text(problems, Need.REQUIRED);
        Optional<IdNumber> claimantId = cell("claimant_iin").idNumber(problems, Need.REQUIRED);
        Optional<PaymentParty> payee = payee(problems, tables, warnings);
        boolean payeeGiven = !get("payee_iban").isEmpty();
        Cell claimantIbanCell = cell("claimant_iban");
        // RULES §11.1 [A]: a writ without an account is still withheld, and the money held until the details arrive;
        // a sentence is paid to the budget's account, which the writ must give
        boolean correctional = kind.map(WritKind::isCorrectional).orElse(false);
        Optional<Iban> claimantIban =
                claimantIbanCell.iban(problems, payeeGiven || !correctional ? Need.OPTIONAL : Need.REQUIRED);
        Optional<Bic> claimantBic =
                cell("claimant_bic").bic(problems, claimantIbanCell.isBlank() ? Need.OPTIONAL : Need.REQUIRED);
        Optional<String> claimantKbe = kbe(cell("claimant_kbe"), problems);
        organisationKbe(claimantId, cell("claimant_kbe"), problems);
        Optional<String> special = cell("special_account")
                .oneOf(problems, Need.OPTIONAL, List.of("yes", "no", "да", "жоқ", "y", "n", "true", "false"));
        // RULES §11.1: an agreement or a sentence has no bailiff and no enforcement case; it is cited by its number
        boolean bailiffs = kind.map(WritKind::hasBailiff).orElse(true);
        Optional<String> bailiffName = cell("bailiff_name").text(problems, bailiffs ? Need.REQUIRED : Need.OPTIONAL);
        Optional<String> caseNumber = cell("case_number").text(problems, bailiffs ? Need.REQUIRED : Need.OPTIONAL);
        if (!bailiffs && caseNumber.isEmpty() && get("case_number").isEmpty()) {
            cell("writ_number").text(problems, Need.REQUIRED);
        }
        if (correctional && share.isPresent() && !CorrectionalLabour.shareAllowed(share.get())) {
            problems.add(
                    name,
                    line,
                    column("share"),
                    "writ.correctional-share",
                    share.get().toString());
        }
        if (correctional && fixed.isPresent()) {
            problems.add(name, line, column("fixed_amount"), "writ.correctional-fixed", fixedCell.raw());
        }
        if (correctional && share.isEmpty() && get("share").isEmpty()) {
            problems.add(name, line, column("share"), "writ.correctional-share", "");
        }
        Optional<LocalDate> writDate = cell("writ_date").date(problems, Need.REQUIRED);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<PaymentParty> claimantAccount = claimantIban.map(iban -> new PaymentParty(
                claimantName.get(), claimantId.get(), iban, claimantBic.orElseThrow(), claimantKbe.orElse(PERSON_KBE)));
        claimantAccount.ifPresent(a -> bankCheck(a, "claimant", tables, warnings));
        if (claimantAccount.isEmpty() && payee.isEmpty() && !asKept) {
            warnings.accept(Warning.of("writ.no-account", name, Long.toString(line), id.get()));
        }
        boolean specialAccount =
                special.map(s -> List.of("yes", "да", "y", "true").contains(s)).orElse(false);
        return Optional.of(new Writ(
                id.get(),
                debtor.get(),
                kind.get(),
                share,
                fixed,
                indexedFrom,
                children.map(OptionalInt::of).orElse(OptionalInt.empty()),
                start.get(),
                end,
                debt.orElse(Tenge.ZERO),
                debtShare,
                new Claimant(claimantName.get(), claimantId.get(), claimantAccount, specialAccount),
                payee,
                new Bailiff(
                        bailiffName.orElse(""),
                        wording("bailiff_office"),
                        wording("bailiff_address"),
                        nonBlank(get("bailiff_email"))),
                caseNumber.orElse(""),
                wording("court"),
                nonBlank(get("writ_number")),
                writDate.get()));
    }

    /** A name the letters quote: the column, and its {@code _kk} and {@code _ru} forms where the file has them. */
    private Optional<Wording> wording(String column) {
        return Wording.of(nonBlank(get(column)), nonBlank(get(column + "_kk")), nonBlank(get(column + "_ru")));
    }

    private Optional<PaymentParty> payee(Problems problems, ReferenceTables tables, Consumer<Warning> warnings) {
        List<String> columns = List.of("payee_name", "payee_bin", "payee_iban", "payee_bic");
        boolean any = columns.stream().anyMatch(c -> !get(c).isEmpty())
                || !get("payee_kbe").isEmpty();
        if (!any) {
            return Optional.empty();
        }
        Optional<String> payeeName = cell("payee_name").text(problems, Need.REQUIRED);
        Optional<IdNumber> bin = cell("payee_bin").idNumber(problems, Need.REQUIRED);
        Optional<Iban> iban = cell("payee_iban").iban(problems, Need.REQUIRED);
        Optional<Bic> bic = cell("payee_bic").bic(problems, Need.REQUIRED);
        Optional<String> kbe = kbe(cell("payee_kbe"), problems);
        Cell kbeCell = cell("payee_kbe");
        if (!asKept && kbeCell.isBlank()) {
            // CONTRACT §4.2: with a payee_bin, payee_kbe is required — a control account is nobody's household
            problems.add(kbeCell.file(), kbeCell.row(), kbeCell.column(), "kbe.payee", "");
        }
        if (payeeName.isEmpty() || bin.isEmpty() || iban.isEmpty() || bic.isEmpty()) {
            return Optional.empty();
        }
        PaymentParty party =
                new PaymentParty(payeeName.get(), bin.get(), iban.get(), bic.get(), kbe.orElse(PERSON_KBE));
        bankCheck(party, "payee", tables, warnings);
        return Optional.of(party);
    }

    /**
     * An organisation (a BIN) is never given a person's KBe by default (RULES §8; CONTRACT §4.2): its KBe must be
     * written in the writ.
     */
    private void organisationKbe(Optional<IdNumber> id, Cell kbe, Problems problems) {
        if (!asKept && id.isPresent() && id.get().isBin() && kbe.isBlank()) {
            problems.add(
                    kbe.file(),
                    kbe.row(),
                    kbe.column(),
                    "kbe.organisation",
                    "",
                    id.get().digits());
        }
    }

    private Optional<String> kbe(Cell cell, Problems problems) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        if (!cell.raw().matches("[12]\\d")) {
            problems.add(cell.file(), cell.row(), cell.column(), "kbe.bad", cell.raw());
            return Optional.empty();
        }
        return Optional.of(cell.raw());
    }

    private void bankCheck(PaymentParty party, String who, ReferenceTables tables, Consumer<Warning> warnings) {
        tables.banks()
                .mismatch(party.iban(), party.bic())
                .ifPresent(bank -> warnings.accept(Warning.of(
                        "writ.bic-mismatch",
                        name,
                        Long.toString(line),
                        column(who + "_bic"),
                        party.bic().value(),
                        party.iban().value(),
                        bank.name(),
                        bank.bic().value())));
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
