package racecourse.grader.check;

/**
 * What became of one check, in the one shape it keeps from the child JVM that ran it to the result
 * file: its status, a one-line message, a longer diagnosis in words (an outcome table, a thread
 * report), the limit it hit, if any, and the picture of what it saw, as data (or null). Only
 * {@link Status#PASS} earns points.
 */
public record Verdict(Status status, String message, String diagnosis, Limit limit, Picture picture) {

    public static Verdict pass() {
        return new Verdict(Status.PASS, null, null, null, null);
    }

    /** A check whose diagnosis is worth keeping even though it passed (a jcstress outcome table). */
    public static Verdict pass(String diagnosis, Picture picture) {
        return new Verdict(Status.PASS, null, diagnosis, null, picture);
    }

    public static Verdict fail(String message, String diagnosis, Picture picture) {
        return new Verdict(Status.FAIL, message, diagnosis, null, picture);
    }

    public static Verdict error(String message, String diagnosis) {
        return new Verdict(Status.ERROR, message, diagnosis, null, null);
    }

    public static Verdict error(String message, String diagnosis, Limit limit) {
        return new Verdict(Status.ERROR, message, diagnosis, limit, null);
    }

    /**
     * A check that ran past its deadline, in the one sentence every part of the grader uses:
     * "did not finish within its 10 s deadline" followed by {@code what} (how it was ended, or what
     * the stuck threads were doing).
     */
    public static Verdict overran(long seconds, String what, String diagnosis, Picture picture) {
        return new Verdict(Status.ERROR, "did not finish within its " + seconds + " s deadline" + what, diagnosis,
                Limit.DEADLINE, picture);
    }

    public boolean passed() {
        return status == Status.PASS;
    }
}
