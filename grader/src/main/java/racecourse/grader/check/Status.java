package racecourse.grader.check;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A check's verdict, and an assignment's: written in the result as {@code pass}, {@code fail},
 * {@code error}, and for an assignment a student has not touched, {@code not started}.
 */
public enum Status {
    /** The check ran and its guarantee held: the only status that earns points. */
    PASS("pass"),
    /** The check ran and caught the code breaking its guarantee. */
    FAIL("fail"),
    /** The check could not be judged: a compile error, a crash, a limit hit without a verdict. */
    ERROR("error"),
    /** An assignment whose student files are still the starter's: its checks were not run (0 points). */
    NOT_STARTED("not started");

    private final String jsonName;

    Status(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
