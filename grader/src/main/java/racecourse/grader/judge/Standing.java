package racecourse.grader.judge;

import java.util.Collection;
import java.util.List;

/** How a grading stands, for one student or a whole run: full marks, points lost, or not graded at all. */
public enum Standing {
    FULL_MARKS,
    POINTS_LOST,
    NOT_GRADED;

    /**
     * Points lost when any result lost some; an assignment not started (in a student's repository) costs
     * the run nothing.
     */
    public static Standing of(List<AssignmentResult> results) {
        return results.stream().anyMatch(AssignmentResult::lostPoints) ? POINTS_LOST : FULL_MARKS;
    }

    /** The worst of several: one student not graded outweighs any number of points lost. */
    public static Standing worst(Collection<Standing> standings) {
        return standings.stream().max(Enum::compareTo).orElse(FULL_MARKS);
    }
}
