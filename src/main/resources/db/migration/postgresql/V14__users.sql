-- Issue 18 (docs/bureau.md §3): the page's accounts, the bureau's, not an employer's: a login, its password's PBKDF2
-- hash (as the page's password is kept), when it was made and disabled; and each account's role for each employer
-- (preparer, approver, viewer). An account is disabled, never deleted: the audit trail names it.
CREATE TABLE app_user (
    login       VARCHAR(100) PRIMARY KEY,
    hash        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    disabled_at TIMESTAMP
);

CREATE TABLE user_role (
    login        VARCHAR(100) NOT NULL REFERENCES app_user (login),
    employer_bin VARCHAR(12)  NOT NULL,
    role         VARCHAR(10)  NOT NULL CHECK (role IN ('preparer', 'approver', 'viewer')),
    PRIMARY KEY (login, employer_bin)
);
