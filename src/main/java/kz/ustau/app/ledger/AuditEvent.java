package kz.ustau.app.ledger;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step of the audit trail (issue 18, docs/bureau.md §4): when, who and from where ({@link Actor}), what —
 * {@code action}, the writ's or the month's event ({@code IMPORTED}, {@code SUSPENDED}, {@code RUN}, {@code EXPORT},
 * {@code REOPEN} …) or the page's ({@code LOGIN}, {@code LOGIN_FAILED}, {@code LOGOUT}, {@code PASSWORD}) —, of what
 * ({@code subject}: a writ's id, a month {@code 2026-10}, or empty), and its detail. The trail is append-only: the
 * database refuses to change or delete a step. An IIN is never in it whole.
 */
public record AuditEvent(long id, LocalDateTime at, Actor actor, String action, String subject, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
