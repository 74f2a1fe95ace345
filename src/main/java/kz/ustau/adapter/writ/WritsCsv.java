package kz.ustau.adapter.writ;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.WritColumns;
import kz.ustau.app.WritRecord;
import kz.ustau.app.port.WritSource;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Bailiff;
import kz.ustau.domain.writ.Claimant;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.PaymentParty;
import kz.ustau.domain.writ.Writ;
import kz.ustau.domain.writ.WritKind;

/**
 * The writs file (CONTRACT §4.2): one line per writ of execution. Every cell is checked, and the cells of a line
 * against each other (a periodic writ needs a share or a fixed sum, any other writ a debt, an end not before the
 * start, an account to pay to); every problem is reported with its row and column.
 */
public final class WritsCsv implements WritSource {
    static final List<String> REQUIRED = WritColumns.REQUIRED;
    static final List<String> OPTIONAL = WritColumns.OPTIONAL;
    /** Every column of CONTRACT §4.2, required first, in the order a registry writes them. */
    public static final List<String> COLUMNS = WritColumns.ALL;

    /** KBe of a resident person (NBK 203), the default for a claimant paid directly (CONTRACT §4.2). */
    static final String PERSON_KBE = "19";

    private final Path file;
    private final String name;
    private final Optional<Charset> encoding;
    private CsvInput input;

    public WritsCsv(Path file, String name, Optional<Charset> encoding) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String column(String canonical) {
        return input == null ? canonical : input.column(canonical);
    }

    @Override
    public List<WritRecord> read(ReferenceTables tables, Problems problems, Consumer<Warning> warnings)
            throws IOException {
        Optional<CsvInput> opened = CsvInput.open(file, name, encoding, REQUIRED, OPTIONAL, problems, warnings);
        List<WritRecord> writs = new ArrayList<>();
        if (opened.isEmpty()) {
            return writs;
        }
        input = opened.get();
        Map<String, Long> ids = new HashMap<>();
        try (CsvInput in = input) {
            Optional<CsvInput.Row> next;
            while ((next = in.next(problems)).isPresent()) {
                CsvInput.Row row = next.get();
                int before = problems.size();
                Optional<Writ> writ = writ(row, tables, problems, warnings);
                Optional<String> id = Optional.of(row.get("writ_id")).filter(s -> !s.isEmpty());
                if (id.isPresent()) {
                    Long first = ids.putIfAbsent(id.get(), row.line());
                    if (first != null) {
                        problems.add(
                                name,
                                row.line(),
                                in.column("writ_id"),
                                "writ.duplicate",
                                id.get(),
                                Long.toString(first));
                    }
                }
                if (writ.isPresent() && problems.size() == before) {
                    Map<String, String> cells = new java.util.LinkedHashMap<>();
                    for (String column : COLUMNS) {
                        cells.put(column, row.get(column));
                    }
                    writs.add(new WritRecord(writ.get(), row.line(), cells));
                }
            }
        }
        return writs;
    }

    private Optional<Writ> writ(
            CsvInput.Row row, ReferenceTables tables, Problems problems, Consumer<Warning> warnings) {
        int before = problems.size();
        Optional<String> id = row.cell("writ_id").text(problems, Need.REQUIRED);
        Optional<IdNumber> debtor = row.cell("debtor_iin").idNumber(problems, Need.REQUIRED);
        Cell kindCell = row.cell("kind");
        Optional<WritKind> kind = kindCell.oneOf(
                        problems, Need.REQUIRED, tables.priority().codes())
                .flatMap(code -> tables.priority().kind(code));
        Optional<Share> share = row.cell("share").share(problems, Need.OPTIONAL);
        Cell fixedCell = row.cell("fixed_amount");
        Cell unitCell = row.cell("fixed_unit");
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
        Optional<LocalDate> indexedFrom = row.cell("indexed_from").date(problems, Need.OPTIONAL);
        Optional<Integer> children = row.cell("children").integer(problems, Need.OPTIONAL, 1, 99);
        Optional<YearMonth> start = row.cell("start_period").period(problems, Need.REQUIRED);
        Cell endCell = row.cell("end_period");
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
        Cell debtCell = row.cell("debt");
        Optional<Tenge> debt = debtCell.nonNegativeAmount(problems, periodic ? Need.OPTIONAL : Need.REQUIRED);
        Cell debtShareCell = row.cell("debt_share");
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
                && row.get("share").isEmpty()
                && row.get("fixed_amount").isEmpty()) {
            problems.add(
                    name,
                    row.line(),
                    row.cell("share").column(),
                    "writ.no-terms",
                    "",
                    kind.get().code());
        }
        Optional<String> claimantName = row.cell("claimant_name").text(problems, Need.REQUIRED);
        Optional<IdNumber> claimantId = row.cell("claimant_iin").idNumber(problems, Need.REQUIRED);
        Optional<PaymentParty> payee = payee(row, problems, tables, warnings);
        boolean payeeGiven = !row.get("payee_iban").isEmpty();
        Cell claimantIbanCell = row.cell("claimant_iban");
        Optional<Iban> claimantIban = claimantIbanCell.iban(problems, payeeGiven ? Need.OPTIONAL : Need.REQUIRED);
        Optional<Bic> claimantBic =
                row.cell("claimant_bic").bic(problems, claimantIbanCell.isBlank() ? Need.OPTIONAL : Need.REQUIRED);
        Optional<String> claimantKbe = kbe(row.cell("claimant_kbe"), problems);
        Optional<String> special = row.cell("special_account")
                .oneOf(problems, Need.OPTIONAL, List.of("yes", "no", "да", "жоқ", "y", "n", "true", "false"));
        Optional<String> bailiffName = row.cell("bailiff_name").text(problems, Need.REQUIRED);
        Optional<String> caseNumber = row.cell("case_number").text(problems, Need.REQUIRED);
        Optional<LocalDate> writDate = row.cell("writ_date").date(problems, Need.REQUIRED);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<PaymentParty> claimantAccount = claimantIban.map(iban -> new PaymentParty(
                claimantName.get(), claimantId.get(), iban, claimantBic.orElseThrow(), claimantKbe.orElse(PERSON_KBE)));
        claimantAccount.ifPresent(a -> bankCheck(a, row.line(), "claimant", tables, warnings));
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
                        bailiffName.get(),
                        nonBlank(row.get("bailiff_office")),
                        nonBlank(row.get("bailiff_address")),
                        nonBlank(row.get("bailiff_email"))),
                caseNumber.get(),
                nonBlank(row.get("court")),
                nonBlank(row.get("writ_number")),
                writDate.get()));
    }

    private Optional<PaymentParty> payee(
            CsvInput.Row row, Problems problems, ReferenceTables tables, Consumer<Warning> warnings) {
        List<String> columns = List.of("payee_name", "payee_bin", "payee_iban", "payee_bic");
        boolean any = columns.stream().anyMatch(c -> !row.get(c).isEmpty())
                || !row.get("payee_kbe").isEmpty();
        if (!any) {
            return Optional.empty();
        }
        Optional<String> payeeName = row.cell("payee_name").text(problems, Need.REQUIRED);
        Optional<IdNumber> bin = row.cell("payee_bin").idNumber(problems, Need.REQUIRED);
        Optional<Iban> iban = row.cell("payee_iban").iban(problems, Need.REQUIRED);
        Optional<Bic> bic = row.cell("payee_bic").bic(problems, Need.REQUIRED);
        Optional<String> kbe = kbe(row.cell("payee_kbe"), problems);
        if (payeeName.isEmpty() || bin.isEmpty() || iban.isEmpty() || bic.isEmpty()) {
            return Optional.empty();
        }
        PaymentParty party =
                new PaymentParty(payeeName.get(), bin.get(), iban.get(), bic.get(), kbe.orElse(PERSON_KBE));
        bankCheck(party, row.line(), "payee", tables, warnings);
        return Optional.of(party);
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

    private void bankCheck(
            PaymentParty party, long line, String who, ReferenceTables tables, Consumer<Warning> warnings) {
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
