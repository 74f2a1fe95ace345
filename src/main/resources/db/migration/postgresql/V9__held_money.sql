-- RULES §11.1 [A] (issue 17): what a writ-month withheld and held because the writ gave no account to pay to; paid with
-- the first export after a new version of the writ brings the details. Months stored before hold nothing.
ALTER TABLE ledger_line ADD COLUMN held NUMERIC(15,2) NOT NULL DEFAULT 0;
-- Issue 19: the debtor's name as the month's payroll gave it, for the page's review (names beside numbers).
ALTER TABLE ledger_line ADD COLUMN debtor_name VARCHAR(1000);
