package racecourse.support;

import java.util.Locale;

/** The kinds of check, named in a grading result ({@code tests[].kind}) in lowercase. */
public enum CheckKind {
    /** A JUnit stress or behaviour test. */
    JUNIT,
    /** A jcstress litmus test: actors race, every outcome is counted. */
    JCSTRESS,
    /** A Lincheck model-checking test. */
    LINCHECK,
    /** A course rule on the student's source, such as "uses a lock". */
    RULE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
