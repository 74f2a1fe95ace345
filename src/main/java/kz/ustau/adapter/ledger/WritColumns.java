package kz.ustau.adapter.ledger;

import java.util.List;

/** The columns of CONTRACT §4.2 in the order the registry keeps a writ (required first). */
final class WritColumns {
    static final List<String> ALL = List.of(
            "writ_id",
            "debtor_iin",
            "kind",
            "start_period",
            "claimant_name",
            "claimant_iin",
            "bailiff_name",
            "case_number",
            "writ_date",
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
            "writ_number");

    private WritColumns() {}
}
