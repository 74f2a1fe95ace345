package kz.ustau.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.ustau.adapter.ledger.MonthLedgerDb;
import kz.ustau.adapter.ledger.WritRegistryDb;
import kz.ustau.app.MonthResult;
import kz.ustau.app.Warning;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ustau month close}: the monthly job with the registry and the ledger (issue 5; docs/registry.md). Debts come
 * from the last closed month; the month is stored, its files written and it is locked, all or nothing. Closing a
 * locked month again from the same payroll reproduces the same files and pays nothing new; a different payroll needs
 * {@code --reopen REASON}, recorded, and then pays only the difference.
 */
@Command(
        name = "close",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a month on the registry's writs and the ledger's debts, stores it, writes DIR and locks the month.",
            "Айды тізілім мен есепке сүйеніп есептеп, сақтап, DIR-ге жазып, жабады.",
            "Рассчитывает месяц по реестру и учёту, сохраняет, пишет DIR и закрывает месяц."
        })
final class MonthCloseCommand extends RunCommand {
    @Option(names = "--reopen", paramLabel = "REASON", description = "Reopen a locked month; the reason is recorded.")
    String reopen;

    private final Clock clock;
    private WritRegistryDb registry;
    private YearMonth month;
    private String digest;
    /** Each payroll file of the month: its digest and name. */
    private java.util.Map<String, String> files;

    MonthCloseCommand(Clock clock) {
        super(clock);
        this.clock = clock;
    }

    @Override
    protected Optional<Path> writsFile(Optional<YearMonth> period) throws IOException {
        if (db == null || writs != null || period.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "month close needs --db and --period, not --writs");
        }
        month = period.get();
        files = new java.util.TreeMap<>();
        for (Path p : payrolls) {
            files.put(digest(p, mapping), p.toString());
        }
        digest = WritRegistryDb.sha256(String.join(",", files.keySet()));
        try {
            registry = WritsCommand.open(db);
            Path file = Files.createTempFile("ustau-registry-", ".csv");
            file.toFile().deleteOnExit();
            Map<String, Tenge> debts = registry.ledger().debtsBefore(month);
            registry.exportActive(file, debts);
            return Optional.of(file);
        } catch (SQLException e) {
            spec.commandLine().getErr().println("ustau: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    protected MonthResult beforePublish(MonthResult result) throws IOException {
        try {
            MonthLedgerDb ledger = registry.ledger();
            Optional<MonthLedgerDb.Month> stored = ledger.month(month);
            LocalDateTime now = LocalDateTime.now(clock);
            java.util.Set<String> closedWith = ledger.files(month);
            boolean same = stored.isPresent() && closedWith.equals(files.keySet());
            // a payout on another date of the same month: the month's files and one more (issue 5)
            boolean added =
                    stored.isPresent() && files.keySet().containsAll(closedWith) && files.size() > closedWith.size();
            if (stored.isPresent() && !same && !added && reopen == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        month + " is closed with another payroll;"
                                + " give --reopen REASON to change it (the reason is recorded), or all its files and the new"
                                + " one to add a payout");
            }
            ledger.files(month, files);
            List<MonthLedgerDb.Paid> paid = ledger.paid(month);
            List<PaymentOrder> orders = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>(result.warnings());
            if (stored.isPresent() && same && reopen == null) {
                // the same month again: the same orders, the same numbers, nothing new
                for (MonthLedgerDb.Paid p : paid) {
                    result.payments().stream()
                            .filter(o -> o.writ().id().equals(p.writId()))
                            .findFirst()
                            .ifPresent(o -> orders.add(renumbered(o, p.number(), p.amount())));
                }
                ledger.store(month, result.debtors(), digest, "REEXPORT", "same payroll, same orders", now);
                return copy(result, orders, warnings);
            }
            Map<String, Tenge> already = paid.stream()
                    .collect(Collectors.toMap(MonthLedgerDb.Paid::writId, MonthLedgerDb.Paid::amount, Tenge::plus));
            long number = ledger.nextNumber(firstNumber);
            for (PaymentOrder o : result.payments()) {
                Tenge before = already.getOrDefault(o.writ().id(), Tenge.ZERO);
                Tenge difference = o.amount().minus(before);
                if (difference.isPositive()) {
                    PaymentOrder order = renumbered(o, number, difference);
                    orders.add(before.isPositive() ? corrected(order) : order);
                    ledger.pay(number, month, o.writ().id(), difference, before.isPositive(), now);
                    number++;
                } else if (difference.isNegative()) {
                    warnings.add(Warning.of(
                            "ledger.overpaid",
                            o.writ().id(),
                            month.toString(),
                            difference.amount().negate().toPlainString()));
                }
            }
            String event = stored.isEmpty() ? "CLOSE" : reopen != null ? "REOPEN" : "ADD";
            String detail =
                    stored.isEmpty() ? "first close" : reopen != null ? reopen : "payout added: " + files.values();
            ledger.store(month, result.debtors(), digest, event, detail, now);
            return copy(result, orders, warnings);
        } catch (SQLException e) {
            throw new IOException("the ledger: " + e.getMessage(), e);
        }
    }

    @Override
    protected void afterPublish() throws IOException {
        try {
            registry.commit();
            registry.close();
        } catch (SQLException e) {
            throw new IOException("the ledger: " + e.getMessage(), e);
        }
    }

    @Override
    protected void failed() {
        if (registry != null) {
            try {
                registry.rollback();
                registry.close();
            } catch (SQLException e) {
                spec.commandLine().getErr().println("ustau: rollback failed: " + e.getMessage());
            }
        }
    }

    private static PaymentOrder renumbered(PaymentOrder o, long number, Tenge amount) {
        return new PaymentOrder(
                number,
                o.period(),
                o.writ(),
                o.debtor(),
                o.payee(),
                amount,
                o.knp(),
                o.kod(),
                o.kbe(),
                o.valueDate(),
                o.transferDue(),
                o.purpose());
    }

    /** The order of a difference says it is one (issue 6). */
    private static PaymentOrder corrected(PaymentOrder o) {
        return new PaymentOrder(
                o.number(),
                o.period(),
                o.writ(),
                o.debtor(),
                o.payee(),
                o.amount(),
                o.knp(),
                o.kod(),
                o.kbe(),
                o.valueDate(),
                o.transferDue(),
                PaymentPurpose.correction(o.writ(), o.debtor(), o.period()));
    }

    private MonthResult copy(MonthResult r, List<PaymentOrder> orders, List<Warning> warnings) throws SQLException {
        java.util.Map<String, Tenge> toDate = new java.util.HashMap<>();
        for (var n : r.notices()) {
            String id = n.deduction().writ().id();
            Tenge earlier = Tenge.sum(registry.ledger().history(id).stream()
                    .filter(h -> YearMonth.parse(h.period()).isBefore(month))
                    .map(MonthLedgerDb.HistoryLine::withheld)
                    .toList());
            toDate.put(id, earlier.plus(n.deduction().withheldTotal()));
        }
        return new MonthResult(
                r.period(),
                r.employer(),
                r.debtors(),
                orders,
                r.notices(),
                warnings,
                r.now(),
                r.languages(),
                r.tables(),
                toDate);
    }

    /** SHA-256 of the payroll file and the mapping named: the same export closes the same month. */
    static String digest(Path payroll, String mapping) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(payroll));
            md.update(String.valueOf(mapping).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
