-- Issue 18 (docs/bureau.md §1): every row belongs to an employer, its BIN in employer_bin; the keys begin with it, so
-- that two employers may hold the same writ id, period and order number. A database made before knew one employer
-- without its BIN: its rows get employer_bin = '' and are claimed by the first command that names an employer. The
-- column then has no default: a row written without its employer is refused, never filed under nobody.
ALTER TABLE writ ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE writ DROP CONSTRAINT writ_pkey, ADD PRIMARY KEY (employer_bin, writ_id);
DROP INDEX writ_by_debtor;
CREATE INDEX writ_by_debtor ON writ (employer_bin, debtor_iin);

ALTER TABLE writ_version ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE writ_version DROP CONSTRAINT writ_version_pkey, ADD PRIMARY KEY (employer_bin, writ_id, version);

ALTER TABLE ledger_month ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE ledger_month DROP CONSTRAINT ledger_month_pkey, ADD PRIMARY KEY (employer_bin, period);

ALTER TABLE ledger_line ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE ledger_line DROP CONSTRAINT ledger_line_pkey, ADD PRIMARY KEY (employer_bin, period, writ_id);
DROP INDEX ledger_line_by_writ;
CREATE INDEX ledger_line_by_writ ON ledger_line (employer_bin, writ_id, period);

ALTER TABLE ledger_payment ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE ledger_payment DROP CONSTRAINT ledger_payment_pkey, ADD PRIMARY KEY (employer_bin, payment_no);

ALTER TABLE month_file ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE month_file DROP CONSTRAINT month_file_pkey, ADD PRIMARY KEY (employer_bin, period, digest);

ALTER TABLE writ_event ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
CREATE INDEX writ_event_by_writ ON writ_event (employer_bin, writ_id);
ALTER TABLE month_event ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE ledger_overpayment ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE publication ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE publication_file ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE stored_blob ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';
DROP INDEX stored_blob_by_digest;
CREATE INDEX stored_blob_by_digest ON stored_blob (employer_bin, sha256);
ALTER TABLE stored_chunk ADD COLUMN employer_bin VARCHAR(12) NOT NULL DEFAULT '';

ALTER TABLE writ ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE writ_version ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE ledger_month ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE ledger_line ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE ledger_payment ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE month_file ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE writ_event ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE month_event ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE ledger_overpayment ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE publication ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE publication_file ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE stored_blob ALTER COLUMN employer_bin DROP DEFAULT;
ALTER TABLE stored_chunk ALTER COLUMN employer_bin DROP DEFAULT;
