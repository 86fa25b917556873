package racecourse.support;

/**
 * Which stack frames are the course's and the student's code ({@code racecourse.*}), as opposed to
 * the harness that runs them (this support library, the grader's child runner, generated lambdas):
 * the frames a diagnosis shows and the threads a deadline report explains.
 */
public final class CourseCode {
    private CourseCode() {
    }

    public static boolean isCourseCode(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("racecourse.")
                && !type.startsWith("racecourse.support.")
                && !type.startsWith("racecourse.grader.")
                && !type.contains("$$Lambda");
    }
}
