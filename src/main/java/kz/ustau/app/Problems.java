package kz.ustau.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the input problems of a run. Every problem is kept up to {@value #LIMIT}; beyond that they are counted, so
 * that a file with a million bad rows cannot exhaust the memory, and the last line says how many more there were.
 */
public final class Problems {
    public static final int LIMIT = 10_000;
    private final List<InputProblem> kept = new ArrayList<>();
    private long more;

    public void add(InputProblem problem) {
        if (kept.size() < LIMIT) {
            kept.add(problem);
        } else {
            more++;
        }
    }

    public void add(String file, long row, String column, String code, String found, String... args) {
        add(InputProblem.of(file, row, column, code, found, args));
    }

    /** Appends everything {@code other} collected, after what this one holds. */
    public void addAll(Problems other) {
        other.kept.forEach(this::add);
        more += other.more;
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    public int size() {
        return kept.size();
    }

    /** Everything found, in order, with a last line counting those beyond {@value #LIMIT}; empty when nothing. */
    public List<InputProblem> all() {
        List<InputProblem> all = new ArrayList<>(kept);
        if (more > 0) {
            InputProblem last = kept.get(kept.size() - 1);
            all.add(InputProblem.of(last.file(), last.row(), "-", "input.more-problems", "", Long.toString(more)));
        }
        return all;
    }

    /** Throws when anything was found. */
    public void throwIfAny() throws InvalidInputException {
        if (!kept.isEmpty()) {
            throw new InvalidInputException(all());
        }
    }
}
