package racecourse.grader.run.child;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import racecourse.grader.check.Limit;
import racecourse.grader.check.Picture;
import racecourse.grader.check.Verdict;
import racecourse.support.CourseCode;
import racecourse.support.DiagnosedFailure;
import racecourse.support.ThreadReport;

/** Turns a failed check's exception into a one-line message and a short diagnosis. */
final class Failures {
    private static final int FRAMES_SHOWN = 6;

    private Failures() {
    }

    static CheckRun describe(Throwable failure, long seconds, Supplier<ThreadReport> stuck) {
        if (failure == null) {
            return CheckRun.of(Verdict.error("failed without an exception", null));
        }
        if (isTimeout(failure)) {
            return CheckRun.of(overran(seconds, stuck.get()));
        }
        Throwable root = rootOf(failure);
        if (root instanceof OutOfMemoryError) {
            return new CheckRun(Verdict.error("ran out of memory (the heap limit was reached): " + root.getMessage(),
                    frames(root), Limit.HEAP), true);
        }
        if (root instanceof VirtualMachineError) {
            return new CheckRun(Verdict.error(root.getClass().getSimpleName() + " in your code", frames(root)), true);
        }
        String text = failure instanceof AssertionError
                ? String.valueOf(failure.getMessage())
                : "your code threw " + failure.getClass().getName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        String[] lines = text.split("\n", 2);
        StringBuilder diagnosis = new StringBuilder(lines.length > 1 ? lines[1] : "");
        for (Throwable more : failure.getSuppressed()) {
            diagnosis.append("\nalso: ").append(more.getMessage() == null ? more : more.getMessage().lines().findFirst().orElse(""));
        }
        String where = frames(failure);
        if (!where.isEmpty()) {
            diagnosis.append(diagnosis.length() > 0 ? "\n" : "").append(where);
        }
        return CheckRun.of(Verdict.fail(lines[0], diagnosis.toString().strip(), picture(failure)));
    }

    /** A check past its deadline, with what its stuck threads were doing. */
    static Verdict overran(long seconds, ThreadReport stuck) {
        return Verdict.overran(seconds, ": " + stuck.headline(), stuck.details(), Picture.ofLocks(stuck.locks()));
    }

    /** The data a failure of the course's support library carries for the report's pictures, or null. */
    private static Picture picture(Throwable failure) {
        if (failure instanceof DiagnosedFailure diagnosed) {
            return diagnosed.interleaving() != null ? Picture.ofInterleaving(diagnosed.interleaving())
                    : Picture.ofLocks(diagnosed.locks());
        }
        return null;
    }

    private static boolean isTimeout(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return failure instanceof java.util.concurrent.TimeoutException
                || message.contains("timed out after") && failure.getStackTrace().length > 0
                && Arrays.stream(failure.getStackTrace()).anyMatch(f -> f.getClassName().contains("Timeout"));
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof VirtualMachineError)) {
            current = current.getCause();
        }
        return current instanceof VirtualMachineError ? current : failure;
    }

    /** The course's and the student's frames ({@code racecourse.*}), the harness cut away. */
    private static String frames(Throwable failure) {
        List<String> frames = Arrays.stream(failure.getStackTrace())
                .filter(CourseCode::isShown)
                .limit(FRAMES_SHOWN)
                .map(f -> "  at " + f)
                .toList();
        return String.join("\n", frames);
    }
}
