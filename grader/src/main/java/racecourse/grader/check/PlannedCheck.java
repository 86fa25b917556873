package racecourse.grader.check;

import java.util.Comparator;
import java.util.List;
import racecourse.support.CheckKind;

/** A check as the child JVM discovered it in the course's tests: id, display name, kind and points. */
public record PlannedCheck(String id, String name, CheckKind kind, int points) {
    /**
     * The order a student reads checks in: what the code does on real threads first (behaviour and
     * stress tests, where a lost update shows as numbers), then the litmus tests that count every
     * outcome, then model checking's interleaving, then the rules about the source; by id within a kind.
     */
    public static final Comparator<PlannedCheck> TEACHING_ORDER = Comparator
            .comparingInt((PlannedCheck check) -> List.of(CheckKind.JUNIT, CheckKind.JCSTRESS, CheckKind.LINCHECK,
                    CheckKind.RULE).indexOf(check.kind()))
            .thenComparing(PlannedCheck::id);
}
