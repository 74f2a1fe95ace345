package kz.ustau.app;

import java.util.List;
import java.util.stream.Stream;

/** The columns of the writs file (CONTRACT §4.2): required, optional, and all in the order a registry keeps them. */
public final class WritColumns {
    public static final List<String> REQUIRED = List.of(
            "writ_id",
            "debtor_iin",
            "kind",
            "start_period",
            "claimant_name",
            "claimant_iin",
            "bailiff_name",
            "case_number",
            "writ_date");
    public static final List<String> OPTIONAL = List.of(
            "share",
            "fixed_amount",
            "fixed_unit",
            "indexed_from",
            "children",
            "end_period",
            "debt",
            "debt_share",
            "claimant_iban",
            "claimant_bic",
            "claimant_kbe",
            "special_account",
            "payee_name",
            "payee_bin",
            "payee_iban",
            "payee_bic",
            "payee_kbe",
            "bailiff_office",
            "bailiff_address",
            "bailiff_email",
            "court",
            "writ_number",
            // issue 22: the names a letter quotes in its own language
            "bailiff_office_kk",
            "bailiff_office_ru",
            "bailiff_address_kk",
            "bailiff_address_ru",
            "court_kk",
            "court_ru");
    public static final List<String> ALL =
            Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();

    private WritColumns() {}
}
