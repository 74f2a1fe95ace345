package kz.ustau.cli;

/** Exit codes of ustau: picocli's 0/1/2, plus ours from 3 up (CONTRACT §2). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int SOFTWARE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;

    private ExitCodes() {}
}
