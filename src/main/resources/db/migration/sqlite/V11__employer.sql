-- Issue 18 (docs/bureau.md §1): every row belongs to an employer, its BIN in employer_bin; the keys begin with it, so
-- that two employers may hold the same writ id, period and order number. A database made before knew one employer
-- without its BIN: its rows get employer_bin = '' and are claimed by the first command that names an employer.
-- SQLite cannot change a table's key: the keyed tables are made anew and their rows copied over.
CREATE TABLE writ_v11 (
    employer_bin   TEXT    NOT NULL,
    writ_id        TEXT    NOT NULL,
    debtor_iin     TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    status_reason  TEXT,
    version        INTEGER NOT NULL,
    first_imported TEXT    NOT NULL,
    PRIMARY KEY (employer_bin, writ_id)
);
INSERT INTO writ_v11 (employer_bin, writ_id, debtor_iin, kind, status, status_reason, version, first_imported)
    SELECT '', writ_id, debtor_iin, kind, status, status_reason, version, first_imported FROM writ;
DROP TABLE writ;
ALTER TABLE writ_v11 RENAME TO writ;
CREATE INDEX writ_by_debtor ON writ (employer_bin, debtor_iin);

CREATE TABLE writ_version_v11 (
    employer_bin       TEXT    NOT NULL,
    writ_id            TEXT    NOT NULL,
    version            INTEGER NOT NULL,
    content            TEXT    NOT NULL,
    digest             TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    source_row         INTEGER NOT NULL,
    imported_at        TEXT    NOT NULL,
    share_num          INTEGER,
    share_den          INTEGER,
    fixed_amount       TEXT,
    fixed_mrp          TEXT,
    indexed_from       TEXT,
    children           INTEGER,
    start_period       TEXT,
    end_period         TEXT,
    debt               TEXT,
    debt_share_num     INTEGER,
    debt_share_den     INTEGER,
    claimant_name      TEXT,
    claimant_id        TEXT,
    claimant_iban      TEXT,
    claimant_bic       TEXT,
    claimant_kbe       TEXT,
    special_account    INTEGER,
    payee_name         TEXT,
    payee_id           TEXT,
    payee_iban         TEXT,
    payee_bic          TEXT,
    payee_kbe          TEXT,
    bailiff_name       TEXT,
    bailiff_office     TEXT,
    bailiff_address    TEXT,
    bailiff_email      TEXT,
    case_number        TEXT,
    court              TEXT,
    writ_number        TEXT,
    writ_date          TEXT,
    bailiff_office_kk  TEXT,
    bailiff_office_ru  TEXT,
    bailiff_address_kk TEXT,
    bailiff_address_ru TEXT,
    court_kk           TEXT,
    court_ru           TEXT,
    PRIMARY KEY (employer_bin, writ_id, version)
);
INSERT INTO writ_version_v11 (employer_bin, writ_id, version, content, digest, source, source_row, imported_at,
        share_num, share_den, fixed_amount, fixed_mrp, indexed_from, children, start_period, end_period, debt,
        debt_share_num, debt_share_den, claimant_name, claimant_id, claimant_iban, claimant_bic, claimant_kbe,
        special_account, payee_name, payee_id, payee_iban, payee_bic, payee_kbe, bailiff_name, bailiff_office,
        bailiff_address, bailiff_email, case_number, court, writ_number, writ_date, bailiff_office_kk,
        bailiff_office_ru, bailiff_address_kk, bailiff_address_ru, court_kk, court_ru)
    SELECT '', writ_id, version, content, digest, source, source_row, imported_at,
        share_num, share_den, fixed_amount, fixed_mrp, indexed_from, children, start_period, end_period, debt,
        debt_share_num, debt_share_den, claimant_name, claimant_id, claimant_iban, claimant_bic, claimant_kbe,
        special_account, payee_name, payee_id, payee_iban, payee_bic, payee_kbe, bailiff_name, bailiff_office,
        bailiff_address, bailiff_email, case_number, court, writ_number, writ_date, bailiff_office_kk,
        bailiff_office_ru, bailiff_address_kk, bailiff_address_ru, court_kk, court_ru FROM writ_version;
DROP TABLE writ_version;
ALTER TABLE writ_version_v11 RENAME TO writ_version;

CREATE TABLE ledger_month_v11 (
    employer_bin   TEXT NOT NULL,
    period         TEXT NOT NULL,
    status         TEXT NOT NULL,
    payroll_digest TEXT NOT NULL,
    closed_at      TEXT NOT NULL,
    stale_since    TEXT,
    note           TEXT,
    PRIMARY KEY (employer_bin, period)
);
INSERT INTO ledger_month_v11 (employer_bin, period, status, payroll_digest, closed_at, stale_since, note)
    SELECT '', period, status, payroll_digest, closed_at, stale_since, note FROM ledger_month;
DROP TABLE ledger_month;
ALTER TABLE ledger_month_v11 RENAME TO ledger_month;

CREATE TABLE ledger_line_v11 (
    employer_bin     TEXT NOT NULL,
    period           TEXT NOT NULL,
    writ_id          TEXT NOT NULL,
    employee_id      TEXT NOT NULL,
    base             TEXT NOT NULL,
    demand_current   TEXT NOT NULL,
    demand_debt      TEXT NOT NULL,
    withheld_current TEXT NOT NULL,
    withheld_debt    TEXT NOT NULL,
    debt_before      TEXT NOT NULL,
    debt_after       TEXT NOT NULL,
    held             TEXT NOT NULL DEFAULT '0.00',
    debtor_name      TEXT,
    PRIMARY KEY (employer_bin, period, writ_id)
);
INSERT INTO ledger_line_v11 (employer_bin, period, writ_id, employee_id, base, demand_current, demand_debt,
        withheld_current, withheld_debt, debt_before, debt_after, held, debtor_name)
    SELECT '', period, writ_id, employee_id, base, demand_current, demand_debt,
        withheld_current, withheld_debt, debt_before, debt_after, held, debtor_name FROM ledger_line;
DROP TABLE ledger_line;
ALTER TABLE ledger_line_v11 RENAME TO ledger_line;
CREATE INDEX ledger_line_by_writ ON ledger_line (employer_bin, writ_id, period);

CREATE TABLE ledger_payment_v11 (
    employer_bin TEXT    NOT NULL,
    payment_no   INTEGER NOT NULL,
    period       TEXT    NOT NULL,
    writ_id      TEXT    NOT NULL,
    amount       TEXT    NOT NULL,
    exported_at  TEXT    NOT NULL,
    correction   INTEGER NOT NULL,
    PRIMARY KEY (employer_bin, payment_no)
);
INSERT INTO ledger_payment_v11 (employer_bin, payment_no, period, writ_id, amount, exported_at, correction)
    SELECT '', payment_no, period, writ_id, amount, exported_at, correction FROM ledger_payment;
DROP TABLE ledger_payment;
ALTER TABLE ledger_payment_v11 RENAME TO ledger_payment;

CREATE TABLE month_file_v11 (
    employer_bin     TEXT NOT NULL,
    period           TEXT NOT NULL,
    digest           TEXT NOT NULL,
    name             TEXT NOT NULL,
    content          TEXT,
    mapping          TEXT,
    content_encoding TEXT,
    blob_id          INTEGER,
    PRIMARY KEY (employer_bin, period, digest)
);
INSERT INTO month_file_v11 (employer_bin, period, digest, name, content, mapping, content_encoding, blob_id)
    SELECT '', period, digest, name, content, mapping, content_encoding, blob_id FROM month_file;
DROP TABLE month_file;
ALTER TABLE month_file_v11 RENAME TO month_file;

-- the tables keyed by their own id take the employer beside it
ALTER TABLE writ_event ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
CREATE INDEX writ_event_by_writ ON writ_event (employer_bin, writ_id);
ALTER TABLE month_event ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
ALTER TABLE ledger_overpayment ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
ALTER TABLE publication ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
ALTER TABLE publication_file ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
ALTER TABLE stored_blob ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
DROP INDEX stored_blob_by_digest;
CREATE INDEX stored_blob_by_digest ON stored_blob (employer_bin, sha256);
ALTER TABLE stored_chunk ADD COLUMN employer_bin TEXT NOT NULL DEFAULT '';
