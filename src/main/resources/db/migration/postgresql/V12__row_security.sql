-- Issue 18 (docs/bureau.md §2): isolation that holds when a query is wrong. Every table of an employer's rows lets a
-- role see and write only the rows of the employer its transaction named (SET LOCAL ustau.employer, which Ustau
-- sets at the start of each transaction); FORCE makes it hold for every role but the one that made the schema (the
-- owner, who runs the migrations). A bureau's Ustau processes connect as a role that owns nothing (docs/registry.md).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['writ', 'writ_version', 'writ_event', 'ledger_month', 'month_event', 'ledger_line',
            'ledger_payment', 'month_file', 'ledger_overpayment', 'publication', 'publication_file', 'stored_blob',
            'stored_chunk'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t || '_owner', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (employer_bin = current_setting(''ustau.employer'', true))'
                || ' WITH CHECK (employer_bin = current_setting(''ustau.employer'', true))', t || '_employer', t);
    END LOOP;
END $$;

-- Which employers the database holds (their BINs only, which are public), for a command that names none; and the
-- claim of the rows an earlier release kept without a BIN (docs/bureau.md §1): both as the owner, past the policies.
CREATE FUNCTION ustau_employers() RETURNS SETOF VARCHAR
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT employer_bin FROM writ UNION SELECT employer_bin FROM ledger_month UNION SELECT employer_bin FROM ledger_payment
$$;

CREATE FUNCTION ustau_claim(bin VARCHAR) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    t text;
BEGIN
    IF bin !~ '^[0-9]{12}$' THEN
        RAISE EXCEPTION 'an employer is claimed by a BIN of 12 digits';
    END IF;
    FOREACH t IN ARRAY ARRAY['writ', 'writ_version', 'writ_event', 'ledger_month', 'month_event', 'ledger_line',
            'ledger_payment', 'month_file', 'ledger_overpayment', 'publication', 'publication_file', 'stored_blob',
            'stored_chunk'] LOOP
        EXECUTE format('UPDATE %I SET employer_bin = $1 WHERE employer_bin = ''''', t) USING bin;
    END LOOP;
END $$;
