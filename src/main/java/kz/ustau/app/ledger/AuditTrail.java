package kz.ustau.app.ledger;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import kz.ustau.app.registry.RegistryCard;

/**
 * The audit trail beside what it records (issue 18, docs/bureau.md §4): a writ's events as its card lists them, each
 * with who did it and from where. The ledger writes a writ's event and its step of the trail in one transaction, at
 * the same time and with the event as the action; an event older than the trail has no one.
 */
public final class AuditTrail {
    private AuditTrail() {}

    /** Who did each of {@code events}, in their order: the actor of the step of the same time and action. */
    public static List<Optional<Actor>> actors(List<RegistryCard.Event> events, List<AuditEvent> trail) {
        LinkedList<AuditEvent> left = new LinkedList<>(trail);
        List<Optional<Actor>> actors = new ArrayList<>();
        for (RegistryCard.Event e : events) {
            Optional<AuditEvent> step = left.stream()
                    .filter(s -> s.at().equals(e.at()) && s.action().equals(e.event()))
                    .findFirst();
            step.ifPresent(left::remove);
            actors.add(step.map(AuditEvent::actor));
        }
        return actors;
    }

    /** An actor as people read it: «root (cli@host)». */
    public static String said(Actor actor) {
        return actor.login() + " (" + actor.origin() + ")";
    }
}
