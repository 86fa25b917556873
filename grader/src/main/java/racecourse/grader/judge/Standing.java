package racecourse.grader.judge;

import java.util.Collection;
import java.util.List;

/** How a grading stands, for one student or a whole run: full marks, points lost, or not graded at all. */
public enum Standing {
    FULL_MARKS,
    POINTS_LOST,
    NOT_GRADED;

    /** Full marks only when every result has them: a grade of record (a class regrade) counts every zero. */
    public static Standing of(List<AssignmentResult> results) {
        return results.stream().allMatch(AssignmentResult::fullMarks) ? FULL_MARKS : POINTS_LOST;
    }

    /**
     * Points lost only where a started assignment lost some: a student's own run, pushed before they
     * touched every assignment, fails for the work they did, not for the work still ahead.
     */
    public static Standing ofStarted(List<AssignmentResult> results) {
        return results.stream().anyMatch(AssignmentResult::lostPoints) ? POINTS_LOST : FULL_MARKS;
    }

    /** The worst of several: one student not graded outweighs any number of points lost. */
    public static Standing worst(Collection<Standing> standings) {
        return standings.stream().max(Enum::compareTo).orElse(FULL_MARKS);
    }
}
