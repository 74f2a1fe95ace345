package kz.ustau.cli;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.ustau.adapter.ledger.MonthLedgerDb;
import kz.ustau.adapter.ledger.WritRegistryDb;
import kz.ustau.adapter.writ.WritsCsv;
import kz.ustau.app.MonthResult;
import kz.ustau.app.RunMonth;
import kz.ustau.app.Warning;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The monthly job on the registry and the ledger (issue 5; docs/registry.md): {@code month run} computes and stores a
 * month unlocked, with its payroll files kept whole; {@code month export} writes the orders and locks it, from what was
 * stored; {@code month close} does both. Debts come from the last closed month. Everything is one database
 * transaction committed only once every file is in DIR.
 */
abstract class LedgerMonthCommand extends RunCommand {
    /** What the command does with the month. */
    enum Mode {
        RUN,
        EXPORT,
        CLOSE
    }

    @Option(names = "--reopen", paramLabel = "REASON", description = "Reopen a locked month; the reason is recorded.")
    String reopen;

    private final Clock clock;
    private final Mode mode;
    private WritRegistryDb registry;
    private YearMonth month;
    private String digest;
    private List<MonthLedgerDb.StoredFile> files;
    private Optional<String> storedMapping = Optional.empty();
    private Path endedFile;
    private List<WritRegistryDb.Ended> ends = List.of();
    /** A stored payroll file written back for {@code month export}, by the name it was stored under. */
    private final Map<Path, String> restoredNames = new java.util.HashMap<>();

    LedgerMonthCommand(Clock clock, Mode mode) {
        super(clock);
        this.clock = clock;
        this.mode = mode;
    }

    /** A refusal in the command's first language. */
    private String say(String key, Object... args) {
        return kz.ustau.app.Messages.text(languages().get(0), key, args);
    }

    @Override
    protected void checkPayrollOption() {
        if (mode != Mode.EXPORT) {
            super.checkPayrollOption();
        } else if (payrolls != null && !payrolls.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "month export takes the stored payroll: no --payroll");
        }
    }

    @Override
    protected List<Path> payrollFiles() {
        if (mode != Mode.EXPORT) {
            return super.payrollFiles();
        }
        List<Path> paths = new ArrayList<>();
        for (MonthLedgerDb.StoredFile f : files) {
            paths.add(Path.of(f.name()));
        }
        return paths.stream().map(this::restored).toList();
    }

    /** A stored payroll file, streamed back by the ledger into a temporary file of the same extension. */
    private Path restored(Path name) {
        MonthLedgerDb.StoredFile f = files.stream()
                .filter(x -> x.name().equals(name.toString()))
                .findFirst()
                .orElseThrow();
        restoredNames.put(f.content(), f.name());
        return f.content();
    }

    @Override
    protected String payrollName(Path p) {
        return restoredNames.containsKey(p) ? restoredNames.get(p) : super.payrollName(p);
    }

    @Override
    protected Optional<String> mappingName() {
        return mode == Mode.EXPORT ? storedMapping : super.mappingName();
    }

    @Override
    protected Optional<Path> writsFile(Optional<YearMonth> period) throws IOException {
        if (db == null || writs != null || period.isEmpty()) {
            throw new Refusal(
                    spec.commandLine(), say("cli.month.needs-db", mode.name().toLowerCase(java.util.Locale.ROOT)));
        }
        month = period.get();
        try {
            registry = WritsCommand.open(db);
            if (mode == Mode.EXPORT) {
                files = registry.ledger().storedFiles(month);
                if (files.isEmpty()) {
                    throw new Refusal(spec.commandLine(), say("cli.month.not-run", month));
                }
                storedMapping = files.get(0).mapping();
            } else {
                files = new ArrayList<>();
                for (Path p : payrollFiles()) {
                    files.add(new MonthLedgerDb.StoredFile(
                            digest(p, super.mappingName()), payrollName(p), p, super.mappingName()));
                }
            }
            digest = WritRegistryDb.sha256(files.stream()
                    .map(MonthLedgerDb.StoredFile::digest)
                    .sorted()
                    .collect(Collectors.joining(",")));
            Path file = Files.createTempFile("ustau-registry-", ".csv");
            file.toFile().deleteOnExit();
            Map<String, Tenge> debts = registry.ledger().debtsBefore(month);
            registry.exportActive(file, debts);
            endedFile = Files.createTempFile("ustau-ended-", ".csv");
            endedFile.toFile().deleteOnExit();
            ends = registry.exportEnded(endedFile, debts, month);
            return Optional.of(file);
        } catch (SQLException e) {
            spec.commandLine().getErr().println("ustau: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The registry's ended writs still owed a return letter (issue 7): letters in every mode, recorded on lock. */
    @Override
    protected Optional<RunMonth.EndedWrits> endedWrits(Optional<java.nio.charset.Charset> charset) {
        if (ends.isEmpty()) {
            return Optional.empty();
        }
        Map<String, RunMonth.End> byId = new TreeMap<>();
        for (WritRegistryDb.Ended e : ends) {
            byId.put(e.writId(), new RunMonth.End(e.reason(), e.at().toLocalDate()));
        }
        String name = WritsCommand.location(db) + "[ended writs]";
        return Optional.of(new RunMonth.EndedWrits(new WritsCsv(endedFile, name, Optional.empty()), byId));
    }

    @Override
    protected MonthResult beforePublish(MonthResult result) throws IOException {
        try {
            MonthLedgerDb ledger = registry.ledger();
            Optional<MonthLedgerDb.Month> stored = ledger.month(month);
            LocalDateTime now = LocalDateTime.now(clock);
            boolean locked = stored.map(m -> m.status().equals("LOCKED")).orElse(false);
            java.util.Set<String> before = ledger.files(month);
            java.util.Set<String> now_ = files.stream()
                    .map(MonthLedgerDb.StoredFile::digest)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            boolean same = stored.isPresent() && before.equals(now_);
            boolean added = stored.isPresent() && now_.containsAll(before) && now_.size() > before.size();
            if (locked && reopen != null) {
                ledger.reopen(month, reopen, now);
                locked = false;
            }
            if (locked && mode == Mode.RUN) {
                throw new Refusal(spec.commandLine(), say("cli.month.locked", month));
            }
            if (locked && mode == Mode.CLOSE && !same && !added) {
                throw new Refusal(spec.commandLine(), say("cli.month.closed-other", month));
            }
            if (mode != Mode.EXPORT) {
                ledger.files(month, files);
            }
            List<Warning> warnings = new ArrayList<>(result.warnings());
            if (mode == Mode.RUN && same) {
                return copy(result, List.of(), warnings); // the same payroll again: nothing changes
            }
            if (mode == Mode.RUN) {
                ledger.store(
                        month,
                        result.debtors(),
                        digest,
                        "OPEN",
                        same ? "RUN-AGAIN" : "RUN",
                        same
                                ? "same payroll"
                                : "payroll: "
                                        + files.stream()
                                                .map(MonthLedgerDb.StoredFile::name)
                                                .toList(),
                        now);
                return copy(result, List.of(), warnings);
            }
            List<MonthLedgerDb.Paid> paid = ledger.paid(month);
            List<PaymentOrder> orders = new ArrayList<>();
            if (locked && (same || mode == Mode.EXPORT)) {
                // the same month again: the same orders, the same numbers, nothing new
                for (MonthLedgerDb.Paid p : paid) {
                    result.payments().stream()
                            .filter(o -> o.writ().id().equals(p.writId()))
                            .findFirst()
                            .ifPresent(o -> orders.add(renumbered(o, p.number(), p.amount(), p.correction())));
                }
                return copy(result, orders, warnings);
            }
            Map<String, Tenge> already = paid.stream()
                    .collect(Collectors.toMap(MonthLedgerDb.Paid::writId, MonthLedgerDb.Paid::amount, Tenge::plus));
            long number = ledger.nextNumber(firstNumber);
            for (PaymentOrder o : result.payments()) {
                Tenge earlier = already.getOrDefault(o.writ().id(), Tenge.ZERO);
                Tenge difference = o.amount().minus(earlier);
                if (difference.isPositive()) {
                    orders.add(renumbered(o, number, difference, earlier.isPositive()));
                    ledger.pay(number, month, o.writ().id(), difference, earlier.isPositive(), now);
                    number++;
                } else if (difference.isNegative()) {
                    warnings.add(Warning.of(
                            "ledger.overpaid",
                            o.writ().id(),
                            month.toString(),
                            difference.amount().negate().toPlainString()));
                }
            }
            String event = stored.isEmpty() ? "CLOSE" : reopen != null ? "REOPEN" : added ? "ADD" : "EXPORT";
            String detail = reopen != null
                    ? reopen
                    : added
                            ? "payout added: "
                                    + files.stream()
                                            .map(MonthLedgerDb.StoredFile::name)
                                            .toList()
                            : mode.name().toLowerCase(java.util.Locale.ROOT);
            ledger.store(month, result.debtors(), digest, "LOCKED", event, detail, now);
            registry.lettersSent(
                    result.notices().stream()
                            .map(n -> n.deduction().writ().id())
                            .distinct()
                            .toList(),
                    month,
                    now);
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

    /** An order with the ledger's number and amount; a correction says so in its purpose (issue 6). */
    private static PaymentOrder renumbered(PaymentOrder o, long number, Tenge amount, boolean correction) {
        String purpose = correction ? PaymentPurpose.correction(o.writ(), o.debtor(), o.period()) : o.purpose();
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
                purpose);
    }

    private MonthResult copy(MonthResult r, List<PaymentOrder> orders, List<Warning> warnings) throws SQLException {
        Map<String, Tenge> toDate = new TreeMap<>();
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

    /** SHA-256 of a payroll file and the mapping it is read through: the same export is the same file. */
    static String digest(Path content, Optional<String> mapping) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(content)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            md.update(mapping.orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
