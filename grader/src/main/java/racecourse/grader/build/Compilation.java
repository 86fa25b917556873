package racecourse.grader.build;

/** The outcome of compiling a workspace: ok, or the compiler's messages for the student. */
public record Compilation(boolean ok, String messages) {
}
