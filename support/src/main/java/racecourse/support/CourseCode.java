package racecourse.support;

/**
 * Which stack frames are the course's and the student's code ({@code racecourse.*}), as opposed to
 * the harness that runs them (this support library, the grader's child runner, generated lambdas):
 * the frames a diagnosis shows and the threads a deadline report explains.
 */
public final class CourseCode {
    private CourseCode() {
    }

    /**
     * A course frame worth showing a student: one that names its source line (a test class that a
     * tool rewrote, such as Lincheck's, has none: "Unknown Source" teaches nothing).
     */
    public static boolean isShown(StackTraceElement frame) {
        return isCourseCode(frame) && frame.getFileName() != null && frame.getLineNumber() > 0;
    }

    public static boolean isCourseCode(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("racecourse.")
                && !type.startsWith("racecourse.support.")
                && !type.startsWith("racecourse.grader.")
                && !type.contains("$$Lambda");
    }
}
