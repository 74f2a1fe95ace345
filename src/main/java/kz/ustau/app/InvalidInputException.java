package kz.ustau.app;

import java.util.List;

/** The inputs cannot be used: every problem found, in file order (CONTRACT §2: exit 3). */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.size() + " input problem(s), first " + problems.get(0).file() + ":"
                + problems.get(0).row());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
