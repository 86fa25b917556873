package racecourse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a check is worth. On a JUnit test method, or on a jcstress test class.
 * The grader reads nothing else to know a check's points: the rubric lives
 * next to the code that earns it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Points {
    int value();

    /** How the check judges: a stress test by default. */
    CheckKind kind() default CheckKind.JUNIT;
}
