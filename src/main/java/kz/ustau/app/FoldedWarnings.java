package kz.ustau.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Warnings as a person reads them (issue 21): of a kind said more than {@value #SHOWN} times, the first ones and then
 * how many there were in all — «5 185 orders late», not 5,185 lines; every one stays in warnings.txt. The console and
 * the page fold alike.
 *
 * @param shown the warnings shown, in their order
 * @param folded per code of a kind said more than {@value #SHOWN} times, how many there are in all, in order of first
 *     appearance
 */
public record FoldedWarnings<T>(List<T> shown, Map<String, Integer> folded) {
    /** How many warnings of one kind are shown before the rest are counted. */
    public static final int SHOWN = 5;

    public static <T> FoldedWarnings<T> of(List<T> warnings, Function<T, String> code) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<T> shown = new ArrayList<>();
        for (T w : warnings) {
            if (seen.merge(code.apply(w), 1, Integer::sum) <= SHOWN) {
                shown.add(w);
            }
        }
        Map<String, Integer> folded = new LinkedHashMap<>();
        seen.forEach((c, n) -> {
            if (n > SHOWN) {
                folded.put(c, n);
            }
        });
        return new FoldedWarnings<>(shown, folded);
    }
}
