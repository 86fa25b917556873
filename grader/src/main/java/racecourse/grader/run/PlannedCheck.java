package racecourse.grader.run;

/** A check as the child JVM discovered it: id, display name, kind and points. */
public record PlannedCheck(String id, String name, String kind, int points) {
}
