package racecourse.grader.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.check.Verdict;

/**
 * One line of the child JVM's event log (JSON lines). {@code token} proves the
 * line came from the child's runner, which read it from its stdin before any
 * student code ran; lines without it are ignored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String token, Type type, List<PlannedCheck> plan, String id, Verdict verdict, Long durationMs,
                    String reason) {

    public enum Type {
        /** The checks this JVM found, before it ran any student code. */
        PLAN,
        /** A check started. */
        START,
        /** A check ended with a verdict. */
        END,
        /** The JVM is about to exit so the next check starts clean (threads left running, memory exhausted). */
        RESTART,
        /** Every requested check has run. */
        DONE
    }

    public static Event plan(String token, List<PlannedCheck> plan) {
        return new Event(token, Type.PLAN, plan, null, null, null, null);
    }

    public static Event start(String token, String id) {
        return new Event(token, Type.START, null, id, null, null, null);
    }

    public static Event end(String token, String id, Verdict verdict, long durationMs) {
        return new Event(token, Type.END, null, id, verdict, durationMs, null);
    }

    /** The JVM restarts after check {@code id}, for {@code reason}. */
    public static Event restart(String token, String id, String reason) {
        return new Event(token, Type.RESTART, null, id, null, null, reason);
    }

    public static Event done(String token) {
        return new Event(token, Type.DONE, null, null, null, null, null);
    }
}
