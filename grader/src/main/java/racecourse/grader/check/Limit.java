package racecourse.grader.check;

import java.util.Locale;

/** A grading limit a check ran into; written in the result as {@code deadline}, {@code heap}, {@code output},
 * {@code processes}. */
public enum Limit {
    /** The check's wall-clock deadline (assignment.json's checkSeconds). */
    DEADLINE,
    /** The child JVM's heap (assignment.json's heapMb). */
    HEAP,
    /** The cap on what the child may print (assignment.json's outputKb). */
    OUTPUT,
    /** The cap on processes student code may start at once (the grader's sandbox). */
    PROCESSES;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
