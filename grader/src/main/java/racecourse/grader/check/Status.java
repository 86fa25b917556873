package racecourse.grader.check;

import java.util.Locale;

/** A check's verdict, and an assignment's: written in the result as {@code pass}, {@code fail}, {@code error}. */
public enum Status {
    /** The check ran and its guarantee held: the only status that earns points. */
    PASS,
    /** The check ran and caught the code breaking its guarantee. */
    FAIL,
    /** The check could not be judged: a compile error, a crash, a limit hit without a verdict. */
    ERROR;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
