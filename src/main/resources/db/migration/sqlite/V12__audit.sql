-- Issue 18 (docs/bureau.md §4): the audit trail. Every change of the registry and the ledger, and every login, with
-- who, from where and when; append-only: a step is never changed or deleted. The one change allowed is the claim of
-- an earlier release's rows (employer_bin '' to the BIN the first write names, docs/bureau.md §1), nothing else of it.
CREATE TABLE audit_event (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    employer_bin TEXT NOT NULL,
    at           TEXT NOT NULL,
    login        TEXT NOT NULL,
    origin       TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    detail       TEXT NOT NULL
);

CREATE INDEX audit_event_by_subject ON audit_event (employer_bin, subject, id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (OLD.employer_bin = '' AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.login = OLD.login
        AND NEW.origin = OLD.origin AND NEW.action = OLD.action AND NEW.subject = OLD.subject
        AND NEW.detail = OLD.detail)
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: a step of the audit trail is never changed');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: a step of the audit trail is never deleted');
END;
