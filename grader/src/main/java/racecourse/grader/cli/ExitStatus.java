package racecourse.grader.cli;

import racecourse.grader.judge.Standing;

/** What {@code ./grade} exits with: the contract's three statuses. */
public enum ExitStatus {
    /** Done; for a grading: every graded assignment got full marks. */
    OK(0),
    /** Graded, points lost. */
    POINTS_LOST(1),
    /** Could not grade: bad arguments, the course's own build broken, a student not graded. */
    CANNOT_GRADE(2);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static ExitStatus of(Standing standing) {
        return switch (standing) {
            case FULL_MARKS -> OK;
            case POINTS_LOST -> POINTS_LOST;
            case NOT_GRADED -> CANNOT_GRADE;
        };
    }
}
