package kz.ustau.adapter.employer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.adapter.files.PropertiesFile;
import kz.ustau.app.Employer;
import kz.ustau.app.Problems;
import kz.ustau.app.port.EmployerSource;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.Settings;

/**
 * {@code employer.properties} (CONTRACT §4.3), UTF-8: the employer's details, the KNP codes and the settings of RULES.md
 * with their defaults. An unknown key is an input error (a misspelt setting must not be silently ignored); a problem
 * names the line and the key.
 */
public final class EmployerProperties implements EmployerSource {
    static final List<String> REQUIRED = List.of(
            "employer.name",
            "employer.bin",
            "employer.iban",
            "employer.bic",
            "employer.address",
            "employer.head",
            "employer.accountant",
            "payment.knp.support",
            "payment.knp.other");
    static final List<String> OPTIONAL = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            "employer.phone",
                            "base.tax",
                            "index.fixed",
                            "queue1.current_first",
                            "deadline.days",
                            "transfer.fee",
                            "writ.answer.days",
                            "employer_deductions.within_cap",
                            "agreement.partial",
                            "correctional.in_limit",
                            "payment.knp.correctional",
                            "payment.kbk.correctional",
                            "payment.1c.sender",
                            "approval.four-eyes"),
                    // issue 22: the letterhead in each language, employer.name.kk … employer.accountant.post.ru
                    Employer.LETTERHEAD.stream()
                            .flatMap(what ->
                                    java.util.stream.Stream.of("employer." + what + ".kk", "employer." + what + ".ru")))
            .toList();
    /** {@code bank.bin.<BIC>=<BIN>}: a bank's own BIN, for the 1C file's {@code …БанкБИН_ИИН} keys (issue 14). */
    static final java.util.regex.Pattern BANK_BIN =
            java.util.regex.Pattern.compile("bank\\.bin\\.([A-Za-z0-9]{8}|[A-Za-z0-9]{11})");

    private final Path file;
    private final String name;

    public EmployerProperties(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Employer> read(Problems problems) throws IOException {
        Optional<Map<String, Cell>> read = PropertiesFile.read(file, name, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Cell> cells = read.get();
        int before = problems.size();
        for (String key : cells.keySet()) {
            if (!REQUIRED.contains(key)
                    && !OPTIONAL.contains(key)
                    && !BANK_BIN.matcher(key).matches()) {
                Cell c = cells.get(key);
                problems.add(
                        name,
                        c.row(),
                        key,
                        "employer.unknown-key",
                        key,
                        String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL) + ", bank.bin.<BIC>");
            }
        }
        Optional<String> empName = get(cells, "employer.name").text(problems, Need.REQUIRED);
        Optional<IdNumber> bin = get(cells, "employer.bin").idNumber(problems, Need.REQUIRED);
        Optional<Iban> iban = get(cells, "employer.iban").iban(problems, Need.REQUIRED);
        Optional<Bic> bic = get(cells, "employer.bic").bic(problems, Need.REQUIRED);
        Optional<String> address = get(cells, "employer.address").text(problems, Need.REQUIRED);
        Optional<String> head = get(cells, "employer.head").text(problems, Need.REQUIRED);
        Optional<String> accountant = get(cells, "employer.accountant").text(problems, Need.REQUIRED);
        Optional<String> phone = get(cells, "employer.phone").text(problems, Need.OPTIONAL);
        Optional<String> knpSupport = knp(get(cells, "payment.knp.support"), problems);
        Optional<String> knpOther = knp(get(cells, "payment.knp.other"), problems);
        Settings d = Settings.DEFAULTS;
        Optional<String> baseTax =
                get(cells, "base.tax").oneOf(problems, Need.OPTIONAL, List.of("ALL", "PROPORTIONAL"));
        Optional<String> index = get(cells, "index.fixed").oneOf(problems, Need.OPTIONAL, List.of("true", "false"));
        Optional<String> q1 =
                get(cells, "queue1.current_first").oneOf(problems, Need.OPTIONAL, List.of("true", "false"));
        Optional<String> days =
                get(cells, "deadline.days").oneOf(problems, Need.OPTIONAL, List.of("CALENDAR", "WORKING"));
        Optional<Tenge> fee = get(cells, "transfer.fee").nonNegativeAmount(problems, Need.OPTIONAL);
        Optional<Integer> answerDays = get(cells, "writ.answer.days").integer(problems, Need.OPTIONAL, 1, 30);
        Optional<String> sender = get(cells, "payment.1c.sender").text(problems, Need.OPTIONAL);
        List<String> bool = List.of("true", "false");
        Optional<String> claimsWithinCap =
                get(cells, "employer_deductions.within_cap").oneOf(problems, Need.OPTIONAL, bool);
        Optional<String> agreementPartial = get(cells, "agreement.partial").oneOf(problems, Need.OPTIONAL, bool);
        Optional<String> correctionalInLimit =
                get(cells, "correctional.in_limit").oneOf(problems, Need.OPTIONAL, bool);
        Optional<Employer.BudgetCodes> correctional = budgetCodes(cells, problems);
        Optional<String> fourEyes = get(cells, "approval.four-eyes").oneOf(problems, Need.OPTIONAL, bool);
        Map<Bic, IdNumber> bankBins = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Cell> c : cells.entrySet()) {
            java.util.regex.Matcher m = BANK_BIN.matcher(c.getKey());
            if (m.matches()) {
                Optional<Bic> bank =
                        new Cell(name, c.getValue().row(), c.getKey(), m.group(1)).bic(problems, Need.REQUIRED);
                Optional<IdNumber> id = c.getValue().idNumber(problems, Need.REQUIRED);
                if (id.isPresent() && !id.get().isBin()) {
                    problems.add(
                            name,
                            c.getValue().row(),
                            c.getKey(),
                            "employer.bank-bin",
                            IdNumber.mask(id.get().digits()));
                } else if (bank.isPresent() && id.isPresent()) {
                    bankBins.put(bank.get(), id.get());
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Settings settings = new Settings(
                baseTax.map(Settings.BaseTax::valueOf).orElse(d.baseTax()),
                index.map(Boolean::parseBoolean).orElse(d.indexFixed()),
                q1.map(Boolean::parseBoolean).orElse(d.queue1CurrentFirst()),
                days.map(Settings.DayCount::valueOf).orElse(d.deadlineDays()),
                fee.orElse(d.transferFee()),
                answerDays.orElse(d.answerDays()),
                new Settings.OtherDeductions(
                        claimsWithinCap
                                .map(Boolean::parseBoolean)
                                .orElse(d.other().employerClaimsWithinCap()),
                        agreementPartial
                                .map(Boolean::parseBoolean)
                                .orElse(d.other().agreementPartial()),
                        correctionalInLimit
                                .map(Boolean::parseBoolean)
                                .orElse(d.other().correctionalInLimit())));
        return Optional.of(new Employer(
                empName.orElseThrow(),
                bin.orElseThrow(),
                iban.orElseThrow(),
                bic.orElseThrow(),
                address.orElseThrow(),
                head.orElseThrow(),
                accountant.orElseThrow(),
                phone,
                knpSupport.orElseThrow(),
                knpOther.orElseThrow(),
                settings,
                bankBins,
                sender.orElse(Employer.DEFAULT_EXCHANGE_SENDER),
                correctional,
                letterhead(cells, problems),
                fourEyes.map(Boolean::parseBoolean).orElse(false)));
    }

    /** The letterhead's forms the file gives (issue 22): {@code name.kk} for {@code employer.name.kk}, and so on. */
    private Map<String, String> letterhead(Map<String, Cell> cells, Problems problems) {
        Map<String, String> forms = new java.util.HashMap<>();
        for (String what : Employer.LETTERHEAD) {
            for (String lang : List.of("kk", "ru")) {
                get(cells, "employer." + what + "." + lang)
                        .text(problems, Need.OPTIONAL)
                        .ifPresent(t -> forms.put(what + "." + lang, t));
            }
        }
        return forms;
    }

    /**
     * The correctional-labour transfer's KNP and KBK (RULES §11.1): both or neither; a month with a sentence and
     * without them is refused when it is run.
     */
    private Optional<Employer.BudgetCodes> budgetCodes(Map<String, Cell> cells, Problems problems) {
        Cell knpCell = get(cells, "payment.knp.correctional");
        Cell kbkCell = get(cells, "payment.kbk.correctional");
        if (knpCell.isBlank() && kbkCell.isBlank()) {
            return Optional.empty();
        }
        Optional<String> knp = knp(knpCell, problems);
        Optional<String> kbk = kbkCell.text(problems, Need.REQUIRED);
        if (kbk.isPresent() && !kbk.get().matches("\\d{6}")) {
            problems.add(kbkCell.file(), kbkCell.row(), kbkCell.column(), "kbk.bad", kbk.get());
            return Optional.empty();
        }
        if (knp.isEmpty() || kbk.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Employer.BudgetCodes(knp.get(), kbk.get()));
    }

    private Optional<String> knp(Cell cell, Problems problems) {
        Optional<String> v = cell.text(problems, Need.REQUIRED);
        if (v.isPresent() && !v.get().matches("\\d{3}")) {
            problems.add(cell.file(), cell.row(), cell.column(), "knp.bad", v.get());
            return Optional.empty();
        }
        return v;
    }

    private Cell get(Map<String, Cell> cells, String key) {
        return cells.getOrDefault(key, new Cell(name, 1, key, ""));
    }
}
