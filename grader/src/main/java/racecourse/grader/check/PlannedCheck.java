package racecourse.grader.check;

import racecourse.support.CheckKind;

/** A check as the child JVM discovered it in the course's tests: id, display name, kind and points. */
public record PlannedCheck(String id, String name, CheckKind kind, int points) {
}
