package kz.ustau.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;

/**
 * The order of claims and the split inside a queue (RULES §6; Law arts. 95(3), 110–112). Five queues; each gets only
 * what the earlier ones left of the room (art. 110(2)); inside a step the room is shared in proportion to what is
 * due, each part rounded down and the leftover tiyn given to the largest remainders, ties to the earlier writ date,
 * then the smaller writ id. [A] In queue 1 the current demands of periodic writs go first ({@code
 * queue1.current_first}). Non-protected claims never take more than the subsistence-minimum room (RULES §5.2); in a
 * step that mixes them with protected ones the step is split first and their excess is cut back, the difference
 * staying with the debtor.
 */
public final class PriorityAllocation {
    /** Claims in the tie order of RULES §6: earlier writ date, then smaller writ id, then current before debt. */
    public static final Comparator<Claim> TIE_ORDER = Comparator.comparing(
                    (Claim c) -> c.writ().writDate())
            .thenComparing(c -> c.writ().id())
            .thenComparing(Claim::part);

    private PriorityAllocation() {}

    public static Outcome allocate(List<Claim> claims, Tenge base, Tenge cap, Tenge pm, boolean currentFirst) {
        Map<Claim, Tenge> granted = new IdentityHashMap<>();
        claims.forEach(c -> granted.put(c, Tenge.ZERO));
        List<Step> steps = new ArrayList<>();
        Tenge capLeft = cap;
        Tenge protectedTaken = Tenge.ZERO;
        Tenge otherTaken = Tenge.ZERO;
        for (Stage stage : stages(currentFirst)) {
            List<Claim> inStage = claims.stream()
                    .filter(stage::holds)
                    .filter(c -> c.demand().isPositive())
                    .sorted(TIE_ORDER)
                    .toList();
            if (inStage.isEmpty()) {
                continue;
            }
            List<Tenge> demands = inStage.stream().map(Claim::demand).toList();
            Tenge requested = Tenge.sum(demands);
            boolean anyProtected = inStage.stream().anyMatch(Claim::isProtected);
            boolean anyOther = inStage.stream().anyMatch(c -> !c.isProtected());
            Optional<Tenge> pmRoom = anyOther
                    ? Optional.of(SubsistenceMinimum.room(base, protectedTaken, pm)
                            .minus(otherTaken)
                            .atLeastZero())
                    : Optional.empty();
            Tenge room = anyProtected ? capLeft : capLeft.min(pmRoom.orElseThrow());
            Tenge give = room.min(requested);
            List<Tenge> parts = give.equals(requested) ? demands : give.allocate(demands);
            Optional<Cutback> cutback = Optional.empty();
            if (anyProtected && anyOther) {
                Tenge protectedPart = sum(inStage, parts, true);
                Tenge otherPart = sum(inStage, parts, false);
                Tenge otherAllowed = SubsistenceMinimum.room(base, protectedTaken.plus(protectedPart), pm)
                        .minus(otherTaken)
                        .atLeastZero();
                if (otherPart.isGreaterThan(otherAllowed)) {
                    parts = cutBack(inStage, parts, otherAllowed);
                    cutback = Optional.of(new Cutback(otherPart, otherAllowed));
                }
            }
            for (int i = 0; i < inStage.size(); i++) {
                granted.put(inStage.get(i), parts.get(i));
            }
            Tenge protectedPart = sum(inStage, parts, true);
            Tenge otherPart = sum(inStage, parts, false);
            steps.add(new Step(
                    stage, capLeft, pmRoom, inStage, requested, give, parts, !give.equals(requested), cutback));
            capLeft = capLeft.minus(protectedPart).minus(otherPart);
            protectedTaken = protectedTaken.plus(protectedPart);
            otherTaken = otherTaken.plus(otherPart);
        }
        return new Outcome(steps, granted, capLeft, protectedTaken, otherTaken);
    }

    private static List<Tenge> cutBack(List<Claim> claims, List<Tenge> parts, Tenge otherAllowed) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!claims.get(i).isProtected() && parts.get(i).isPositive()) {
                others.add(i);
            }
        }
        List<Tenge> weights = others.stream().map(parts::get).toList();
        List<Tenge> result = new ArrayList<>(parts);
        if (weights.isEmpty()) {
            return result;
        }
        List<Tenge> cut = otherAllowed.allocate(weights);
        for (int k = 0; k < others.size(); k++) {
            result.set(others.get(k), cut.get(k));
        }
        return result;
    }

    private static Tenge sum(List<Claim> claims, List<Tenge> parts, boolean protectedOnes) {
        Tenge total = Tenge.ZERO;
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).isProtected() == protectedOnes) {
                total = total.plus(parts.get(i));
            }
        }
        return total;
    }

    private static List<Stage> stages(boolean currentFirst) {
        List<Stage> stages = new ArrayList<>();
        if (currentFirst) {
            stages.add(new Stage(1, StageKind.CURRENT));
            stages.add(new Stage(1, StageKind.REST));
        } else {
            stages.add(new Stage(1, StageKind.ALL));
        }
        for (int q = 2; q <= 5; q++) {
            stages.add(new Stage(q, StageKind.ALL));
        }
        return stages;
    }

    /** Which part of a writ's demand a claim is. */
    public enum Part {
        CURRENT,
        DEBT
    }

    /** One writ's demand of one part, queued by its kind. */
    public record Claim(Writ writ, Part part, Tenge demand) {
        public boolean isProtected() {
            return writ.kind().protectedKind();
        }

        public int queue() {
            return writ.kind().queue();
        }
    }

    /** Which claims of a queue a step serves. */
    public enum StageKind {
        /** Queue 1's current demands of periodic writs. */
        CURRENT,
        /** Queue 1's other demands: debts of periodic writs, labour claims. */
        REST,
        /** The whole queue in one pro-rata step. */
        ALL
    }

    /** A step of the allocation: a queue, or part of queue 1. */
    public record Stage(int queue, StageKind kind) {
        boolean holds(Claim claim) {
            if (claim.queue() != queue) {
                return false;
            }
            boolean current = claim.part() == Part.CURRENT;
            return switch (kind) {
                case ALL -> true;
                case CURRENT -> current;
                case REST -> !current;
            };
        }
    }

    /** The non-protected parts of a mixed step were {@code before} and were cut back to {@code allowed}. */
    public record Cutback(Tenge before, Tenge allowed) {}

    /**
     * One step: the room under the cap before it ({@code capRoom}), the subsistence-minimum room when non-protected
     * claims are in it, the claims in tie order, what was shared among them ({@code shared}: all they asked, or the
     * room when it was short, then split pro rata), what each got, and any subsistence-minimum cutback.
     */
    public record Step(
            Stage stage,
            Tenge capRoom,
            Optional<Tenge> pmRoom,
            List<Claim> claims,
            Tenge requested,
            Tenge shared,
            List<Tenge> parts,
            boolean proRata,
            Optional<Cutback> cutback) {
        public Tenge granted() {
            return Tenge.sum(parts);
        }
    }

    /** What every claim got, the steps that decided it, and the cap room left after them. */
    public record Outcome(
            List<Step> steps, Map<Claim, Tenge> granted, Tenge capLeft, Tenge protectedTaken, Tenge otherTaken) {
        public Tenge of(Claim claim) {
            return granted.getOrDefault(claim, Tenge.ZERO);
        }
    }
}
