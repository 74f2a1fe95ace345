package kz.ustau.domain.rules;

import java.util.ArrayList;
import java.util.List;
import kz.ustau.domain.money.Tenge;

/**
 * A notarial alimony agreement withheld by the employer (RULES §11.1; MFC arts. 158, 165 [L], 166 [V]): «удержание
 * алиментов на основании соглашения … производится в случае, если общая сумма удержаний на основании такого
 * соглашения и исполнительных документов не превышает пятьдесят процентов». It comes after the writs [A] and takes
 * only the room they leave under half of the base: the current demands first, then the arrears, each step shared in
 * proportion to what is due (as RULES §6 shares a queue).
 *
 * <p>[A] {@code agreement.partial} (default {@code true}): an agreement that does not fit whole is withheld in part, up
 * to the room, so that the child gets what the law lets the employer take; with {@code false} the agreements are
 * withheld only when all of them fit whole, and otherwise not at all — the words of art. 166 — and the recipient goes
 * to court.
 */
public final class AlimonyAgreement {
    private AlimonyAgreement() {}

    /**
     * What each agreement gets of {@code room}: {@code current.get(i)} and {@code debt.get(i)} are agreement i's
     * demands; the result holds its current part then its debt part, in the same order.
     */
    public static List<Tenge[]> share(List<Tenge> current, List<Tenge> debt, Tenge room, boolean partial) {
        Tenge asked = Tenge.sum(current).plus(Tenge.sum(debt));
        List<Tenge[]> out = new ArrayList<>();
        if (!partial && asked.isGreaterThan(room)) {
            current.forEach(c -> out.add(new Tenge[] {Tenge.ZERO, Tenge.ZERO}));
            return out;
        }
        List<Tenge> currentParts = split(current, room);
        Tenge left = room.minus(Tenge.sum(currentParts));
        List<Tenge> debtParts = split(debt, left);
        for (int i = 0; i < current.size(); i++) {
            out.add(new Tenge[] {currentParts.get(i), debtParts.get(i)});
        }
        return out;
    }

    private static List<Tenge> split(List<Tenge> demands, Tenge room) {
        Tenge asked = Tenge.sum(demands);
        if (!asked.isGreaterThan(room)) {
            return demands;
        }
        if (!room.isPositive()) {
            return demands.stream().map(d -> Tenge.ZERO).toList();
        }
        return room.allocate(demands);
    }
}
