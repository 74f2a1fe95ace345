-- The writ registry and the month ledger in SQLite (issue 13): the schema the portable V1-V8 give PostgreSQL, in one
-- step. Money is TEXT holding the exact decimal (SQLite's NUMERIC would keep it as a binary double); dates and times
-- are ISO-8601 TEXT; booleans 0/1.
CREATE TABLE writ (
    writ_id        TEXT    NOT NULL PRIMARY KEY,
    debtor_iin     TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    status_reason  TEXT,
    version        INTEGER NOT NULL,
    first_imported TEXT    NOT NULL
);
CREATE INDEX writ_by_debtor ON writ (debtor_iin);

CREATE TABLE writ_version (
    writ_id         TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    content         TEXT    NOT NULL,
    digest          TEXT    NOT NULL,
    source          TEXT    NOT NULL,
    source_row      INTEGER NOT NULL,
    imported_at     TEXT    NOT NULL,
    share_num       INTEGER,
    share_den       INTEGER,
    fixed_amount    TEXT,
    fixed_mrp       TEXT,
    indexed_from    TEXT,
    children        INTEGER,
    start_period    TEXT,
    end_period      TEXT,
    debt            TEXT,
    debt_share_num  INTEGER,
    debt_share_den  INTEGER,
    claimant_name   TEXT,
    claimant_id     TEXT,
    claimant_iban   TEXT,
    claimant_bic    TEXT,
    claimant_kbe    TEXT,
    special_account INTEGER,
    payee_name      TEXT,
    payee_id        TEXT,
    payee_iban      TEXT,
    payee_bic       TEXT,
    payee_kbe       TEXT,
    bailiff_name    TEXT,
    bailiff_office  TEXT,
    bailiff_address TEXT,
    bailiff_email   TEXT,
    case_number     TEXT,
    court           TEXT,
    writ_number     TEXT,
    writ_date       TEXT,
    PRIMARY KEY (writ_id, version)
);

CREATE TABLE writ_event (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    writ_id TEXT NOT NULL,
    at      TEXT NOT NULL,
    event   TEXT NOT NULL,
    detail  TEXT
);

CREATE TABLE ledger_month (
    period         TEXT NOT NULL PRIMARY KEY,
    status         TEXT NOT NULL,
    payroll_digest TEXT NOT NULL,
    closed_at      TEXT NOT NULL,
    stale_since    TEXT,
    note           TEXT
);

CREATE TABLE month_event (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    period TEXT NOT NULL,
    at     TEXT NOT NULL,
    event  TEXT NOT NULL,
    detail TEXT
);

CREATE TABLE ledger_line (
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
    PRIMARY KEY (period, writ_id)
);
CREATE INDEX ledger_line_by_writ ON ledger_line (writ_id, period);

CREATE TABLE ledger_payment (
    payment_no  INTEGER NOT NULL PRIMARY KEY,
    period      TEXT    NOT NULL,
    writ_id     TEXT    NOT NULL,
    amount      TEXT    NOT NULL,
    exported_at TEXT    NOT NULL,
    correction  INTEGER NOT NULL
);

CREATE TABLE month_file (
    period           TEXT NOT NULL,
    digest           TEXT NOT NULL,
    name             TEXT NOT NULL,
    content          TEXT,
    mapping          TEXT,
    content_encoding TEXT,
    blob_id          INTEGER,
    PRIMARY KEY (period, digest)
);

CREATE TABLE web_password (
    id     INTEGER NOT NULL PRIMARY KEY,
    hash   TEXT    NOT NULL,
    set_at TEXT    NOT NULL
);

CREATE TABLE ledger_overpayment (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    period   TEXT NOT NULL,
    writ_id  TEXT NOT NULL,
    amount   TEXT NOT NULL,
    found_at TEXT NOT NULL
);

CREATE TABLE stored_blob (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256   TEXT    NOT NULL,
    size     INTEGER NOT NULL,
    encoding TEXT    NOT NULL
);
-- a file kept once: the same payroll or the same files exported again point at the blob already kept
CREATE INDEX stored_blob_by_digest ON stored_blob (sha256);
CREATE TABLE stored_chunk (
    blob_id INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    bytes   BLOB    NOT NULL,
    PRIMARY KEY (blob_id, seq)
);

CREATE TABLE publication (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    period       TEXT NOT NULL,
    dir          TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    published_at TEXT
);
CREATE TABLE publication_file (
    publication_id INTEGER NOT NULL,
    name           TEXT    NOT NULL,
    blob_id        INTEGER NOT NULL,
    PRIMARY KEY (publication_id, name)
);

CREATE TABLE ledger_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO ledger_lock (id) VALUES (1);
