-- A writ's months in order: the debt before a month is read from the writ's latest earlier month.
CREATE INDEX ledger_line_by_writ ON ledger_line (writ_id, period);
