package kz.ustau.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.app.ReferenceTables;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Bailiff;
import kz.ustau.domain.writ.Claimant;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.PaymentParty;
import kz.ustau.domain.writ.Writ;

/** Builders for the domain tests: the built-in tables, and writs and lines with sensible defaults. */
public final class Fixtures {
    public static final ReferenceTables TABLES = ReferenceTablesCsv.builtIn();
    public static final IdNumber DEBTOR = new IdNumber("880514312008");
    public static final IdNumber CLAIMANT = new IdNumber("900303460005");
    public static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    private Fixtures() {}

    public static Tenge kzt(String amount) {
        return Tenge.of(amount);
    }

    public static IncomeLine line(String code, String amount) {
        return line(code, amount, LocalDate.of(2026, 3, 6));
    }

    public static IncomeLine line(String code, String amount, LocalDate payDate) {
        return new IncomeLine(
                "T001", TABLES.incomeTypes().on(code, payDate).orElseThrow(), kzt(amount), payDate, "payroll.csv:2");
    }

    public static Debtor debtor() {
        return new Debtor(
                DEBTOR,
                "Сейтқали Ерлан Бақытұлы",
                java.util.List.of("T001"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** A writ builder: a child-support 1/4 writ from 2024-01 unless told otherwise. */
    public static WritBuilder writ(String id) {
        return new WritBuilder(id);
    }

    public static final class WritBuilder {
        private final String id;
        private String kind = "CHILD_SUPPORT";
        private Optional<Share> share = Optional.of(new Share(1, 4));
        private Optional<FixedSum> fixed = Optional.empty();
        private Optional<LocalDate> indexedFrom = Optional.empty();
        private OptionalInt children = OptionalInt.empty();
        private YearMonth start = YearMonth.of(2024, 1);
        private Optional<YearMonth> end = Optional.empty();
        private Tenge debt = Tenge.ZERO;
        private Optional<Share> debtShare = Optional.empty();
        private LocalDate writDate = LocalDate.of(2024, 1, 15);
        private String writNumber = "2-100/24";
        private Optional<PaymentParty> payee = Optional.empty();
        private boolean special;

        WritBuilder(String id) {
            this.id = id;
        }

        public WritBuilder kind(String k) {
            kind = k;
            return this;
        }

        public WritBuilder share(int n, int d) {
            share = Optional.of(new Share(n, d));
            return this;
        }

        public WritBuilder noShare() {
            share = Optional.empty();
            return this;
        }

        public WritBuilder fixedKzt(String amount) {
            fixed = Optional.of(new FixedSum.InTenge(kzt(amount)));
            return this;
        }

        public WritBuilder fixedMrp(String multiple) {
            fixed = Optional.of(new FixedSum.InMrp(new BigDecimal(multiple)));
            return this;
        }

        public WritBuilder indexedFrom(LocalDate d) {
            indexedFrom = Optional.of(d);
            return this;
        }

        public WritBuilder children(int c) {
            children = OptionalInt.of(c);
            return this;
        }

        public WritBuilder start(String period) {
            start = YearMonth.parse(period);
            return this;
        }

        public WritBuilder end(String period) {
            end = Optional.of(YearMonth.parse(period));
            return this;
        }

        public WritBuilder debt(String amount) {
            debt = kzt(amount);
            return this;
        }

        public WritBuilder debtShare(int n, int d) {
            debtShare = Optional.of(new Share(n, d));
            return this;
        }

        public WritBuilder dated(String date) {
            writDate = LocalDate.parse(date);
            return this;
        }

        public WritBuilder number(String n) {
            writNumber = n;
            return this;
        }

        public WritBuilder special() {
            special = true;
            return this;
        }

        public WritBuilder payee(PaymentParty p) {
            payee = Optional.of(p);
            return this;
        }

        public Writ build() {
            PaymentParty account = new PaymentParty(
                    "Сейтқалиева Дина Маратқызы",
                    CLAIMANT,
                    new Iban("KZ90601A100000000001"),
                    new Bic("HSBKKZKX"),
                    "19");
            return new Writ(
                    id,
                    DEBTOR,
                    TABLES.priority().kind(kind).orElseThrow(),
                    share,
                    fixed,
                    indexedFrom,
                    children,
                    start,
                    end,
                    debt,
                    debtShare,
                    new Claimant("Сейтқалиева Дина Маратқызы", CLAIMANT, Optional.of(account), special),
                    payee,
                    new Bailiff("Тұрсынов А.Б.", Optional.empty(), Optional.empty(), Optional.empty()),
                    "02-" + id + "-2024",
                    Optional.empty(),
                    Optional.ofNullable(writNumber),
                    writDate);
        }
    }
}
