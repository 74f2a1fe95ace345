-- Issue 18 (docs/bureau.md §3): the page's accounts, the bureau's, not an employer's: a login, its password's PBKDF2
-- hash (as the page's password is kept), when it was made and disabled; and each account's role for each employer
-- (preparer, approver, viewer). An account is disabled, never deleted: the audit trail names it.
CREATE TABLE app_user (
    login       TEXT PRIMARY KEY,
    hash        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    disabled_at TEXT
);

CREATE TABLE user_role (
    login        TEXT NOT NULL REFERENCES app_user (login),
    employer_bin TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('preparer', 'approver', 'viewer')),
    PRIMARY KEY (login, employer_bin)
);
