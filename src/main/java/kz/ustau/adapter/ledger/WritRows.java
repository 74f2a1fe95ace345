package kz.ustau.adapter.ledger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Bailiff;
import kz.ustau.domain.writ.Claimant;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.PaymentParty;
import kz.ustau.domain.writ.Wording;
import kz.ustau.domain.writ.Writ;
import kz.ustau.domain.writ.WritKind;

/**
 * A writ as the registry stores it (issue 13): one typed column per term of the writ ({@code writ_version}), written
 * from the domain's writ when it is imported and read back into it, never through text.
 */
final class WritRows {
    /** The typed columns, in the order {@link #bind} writes them. */
    static final List<String> COLUMNS = List.of(
            "share_num",
            "share_den",
            "fixed_amount",
            "fixed_mrp",
            "indexed_from",
            "children",
            "start_period",
            "end_period",
            "debt",
            "debt_share_num",
            "debt_share_den",
            "claimant_name",
            "claimant_id",
            "claimant_iban",
            "claimant_bic",
            "claimant_kbe",
            "special_account",
            "payee_name",
            "payee_id",
            "payee_iban",
            "payee_bic",
            "payee_kbe",
            "bailiff_name",
            "bailiff_office",
            "bailiff_address",
            "bailiff_email",
            "case_number",
            "court",
            "writ_number",
            "writ_date",
            "bailiff_office_kk",
            "bailiff_office_ru",
            "bailiff_address_kk",
            "bailiff_address_ru",
            "court_kk",
            "court_ru");

    /** {@code c1, c2, …} of the typed columns, for a SELECT. */
    static final String SELECT =
            String.join(", ", COLUMNS.stream().map(c -> "v." + c).toList());

    private WritRows() {}

    /** Binds the writ's terms from parameter {@code first} on, in the order of {@link #COLUMNS}. */
    static int bind(PreparedStatement s, int first, Writ w) throws SQLException {
        int i = first;
        i = share(s, i, w.share());
        Optional<FixedSum> fixed = w.fixed();
        s.setBigDecimal(
                i++,
                fixed.filter(FixedSum.InTenge.class::isInstance)
                        .map(f -> ((FixedSum.InTenge) f).perMonth().amount())
                        .orElse(null));
        s.setBigDecimal(
                i++,
                fixed.filter(FixedSum.InMrp.class::isInstance)
                        .map(f -> ((FixedSum.InMrp) f).multiple())
                        .orElse(null));
        s.setObject(i++, w.indexedFrom().orElse(null));
        if (w.children().isPresent()) {
            s.setInt(i++, w.children().getAsInt());
        } else {
            s.setNull(i++, Types.INTEGER);
        }
        s.setString(i++, w.startPeriod().toString());
        s.setString(i++, w.endPeriod().map(YearMonth::toString).orElse(null));
        s.setBigDecimal(i++, w.debt().amount());
        i = share(s, i, w.debtShare());
        Claimant c = w.claimant();
        s.setString(i++, c.name());
        s.setString(i++, c.id().digits());
        s.setString(i++, c.account().map(a -> a.iban().value()).orElse(null));
        s.setString(i++, c.account().map(a -> a.bic().value()).orElse(null));
        s.setString(i++, c.account().map(PaymentParty::kbe).orElse(null));
        s.setBoolean(i++, c.specialAccount());
        Optional<PaymentParty> payee = w.payee();
        s.setString(i++, payee.map(PaymentParty::name).orElse(null));
        s.setString(i++, payee.map(p -> p.id().digits()).orElse(null));
        s.setString(i++, payee.map(p -> p.iban().value()).orElse(null));
        s.setString(i++, payee.map(p -> p.bic().value()).orElse(null));
        s.setString(i++, payee.map(PaymentParty::kbe).orElse(null));
        Bailiff b = w.bailiff();
        s.setString(i++, b.name());
        s.setString(i++, b.office().map(Wording::given).orElse(null));
        s.setString(i++, b.address().map(Wording::given).orElse(null));
        s.setString(i++, b.email().orElse(null));
        s.setString(i++, w.caseNumber());
        s.setString(i++, w.court().map(Wording::given).orElse(null));
        s.setString(i++, w.writNumber().orElse(null));
        s.setObject(i++, w.writDate());
        for (Optional<Wording> name : List.of(b.office(), b.address(), w.court())) {
            s.setString(i++, name.flatMap(Wording::kk).orElse(null));
            s.setString(i++, name.flatMap(Wording::ru).orElse(null));
        }
        return i;
    }

    private static int share(PreparedStatement s, int i, Optional<Share> share) throws SQLException {
        if (share.isPresent()) {
            s.setInt(i, share.get().numerator());
            s.setInt(i + 1, share.get().denominator());
        } else {
            s.setNull(i, Types.INTEGER);
            s.setNull(i + 1, Types.INTEGER);
        }
        return i + 2;
    }

    /**
     * The writ of a row holding {@code writ_id, debtor_iin, kind} at {@code first} and the typed columns after them;
     * empty, with a problem naming the registry and the writ's source row, when the stored writ no longer fits the
     * tables (its kind gone from {@code priority.csv}).
     */
    static Optional<Writ> read(
            ResultSet rs, int first, ReferenceTables tables, String where, long row, Problems problems)
            throws SQLException {
        String id = rs.getString(first);
        String kindCode = rs.getString(first + 2);
        Optional<WritKind> kind = tables.priority().kind(kindCode);
        if (kind.isEmpty()) {
            problems.add(
                    where,
                    row,
                    "kind",
                    "value.not-one-of",
                    kindCode,
                    String.join(", ", tables.priority().codes()));
            return Optional.empty();
        }
        int i = first + 3;
        Optional<Share> share = share(rs, i);
        i += 2;
        BigDecimal tenge = rs.getBigDecimal(i++);
        BigDecimal mrp = rs.getBigDecimal(i++);
        Optional<FixedSum> fixed = tenge != null
                ? Optional.of(new FixedSum.InTenge(new Tenge(tenge)))
                : mrp == null ? Optional.empty() : Optional.of(new FixedSum.InMrp(mrp.stripTrailingZeros()));
        Optional<LocalDate> indexedFrom = Optional.ofNullable(rs.getObject(i++, LocalDate.class));
        int children = rs.getInt(i++);
        OptionalInt childrenOf = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(children);
        YearMonth start = YearMonth.parse(rs.getString(i++).strip());
        Optional<YearMonth> end = Optional.ofNullable(rs.getString(i++)).map(s -> YearMonth.parse(s.strip()));
        Tenge debt = new Tenge(rs.getBigDecimal(i++));
        Optional<Share> debtShare = share(rs, i);
        i += 2;
        String claimantName = rs.getString(i++);
        IdNumber claimantId = new IdNumber(rs.getString(i++));
        String claimantIban = rs.getString(i++);
        String claimantBic = rs.getString(i++);
        String claimantKbe = rs.getString(i++);
        boolean special = rs.getBoolean(i++);
        Optional<PaymentParty> account = claimantIban == null
                ? Optional.empty()
                : Optional.of(new PaymentParty(
                        claimantName, claimantId, new Iban(claimantIban), new Bic(claimantBic), claimantKbe.strip()));
        String payeeName = rs.getString(i++);
        String payeeId = rs.getString(i++);
        String payeeIban = rs.getString(i++);
        String payeeBic = rs.getString(i++);
        String payeeKbe = rs.getString(i++);
        Optional<PaymentParty> payee = payeeIban == null
                ? Optional.empty()
                : Optional.of(new PaymentParty(
                        payeeName, new IdNumber(payeeId), new Iban(payeeIban), new Bic(payeeBic), payeeKbe.strip()));
        String bailiffName = rs.getString(i++);
        Optional<String> office = Optional.ofNullable(rs.getString(i++));
        Optional<String> address = Optional.ofNullable(rs.getString(i++));
        Optional<String> email = Optional.ofNullable(rs.getString(i++));
        String caseNumber = rs.getString(i++);
        Optional<String> court = Optional.ofNullable(rs.getString(i++));
        Optional<String> writNumber = Optional.ofNullable(rs.getString(i++));
        LocalDate writDate = rs.getObject(i++, LocalDate.class);
        Optional<Wording> officeIn = wording(office, rs, i);
        Optional<Wording> addressIn = wording(address, rs, i + 2);
        Optional<Wording> courtIn = wording(court, rs, i + 4);
        Bailiff bailiff = new Bailiff(bailiffName, officeIn, addressIn, email);
        return Optional.of(new Writ(
                id,
                new IdNumber(rs.getString(first + 1)),
                kind.get(),
                share,
                fixed,
                indexedFrom,
                childrenOf,
                start,
                end,
                debt,
                debtShare,
                new Claimant(claimantName, claimantId, account, special),
                payee,
                bailiff,
                caseNumber,
                courtIn,
                writNumber,
                writDate));
    }

    /** A quoted name: the text as given, and its Kazakh and Russian forms from the two columns at {@code i}. */
    private static Optional<Wording> wording(Optional<String> given, ResultSet rs, int i) throws SQLException {
        return Wording.of(given, Optional.ofNullable(rs.getString(i)), Optional.ofNullable(rs.getString(i + 1)));
    }

    private static Optional<Share> share(ResultSet rs, int i) throws SQLException {
        int n = rs.getInt(i);
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Share(n, rs.getInt(i + 1)));
    }
}
