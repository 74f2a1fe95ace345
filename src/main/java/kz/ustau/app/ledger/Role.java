package kz.ustau.app.ledger;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do on the page for one employer (issue 18, docs/bureau.md §3; рөл / роль): a preparer
 * (дайындаушы / исполнитель) imports writs, runs months and reviews them; an approver (бекітуші / утверждающий) does
 * that and also locks and exports a month and opens it again; a viewer (көруші / наблюдатель), the auditor, reads
 * only.
 */
public enum Role {
    PREPARER,
    APPROVER,
    VIEWER;

    /** Imports, status changes, answers, runs: what prepares a month. */
    public boolean prepares() {
        return this != VIEWER;
    }

    /** Locks and exports a month, and opens it again. */
    public boolean approves() {
        return this == APPROVER;
    }

    /** The role as the database and the command line write it: {@code preparer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a code, whatever its case: {@code preparer}, {@code PREPARER}. */
    public static Optional<Role> of(String code) {
        for (Role r : values()) {
            if (r.code().equalsIgnoreCase(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
