package racecourse.grader.run.child;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import racecourse.support.ThreadReport;

/** Turns a failed check's exception into a one-line message and a short diagnosis. */
final class Failures {
    private static final int FRAMES_SHOWN = 6;

    private Failures() {
    }

    static Verdict describe(Throwable failure, int seconds, Supplier<ThreadReport> stuck) {
        if (failure == null) {
            return new Verdict("error", "failed without an exception", null, null, false);
        }
        if (isTimeout(failure)) {
            ThreadReport report = stuck.get();
            return new Verdict("error", "did not finish within its " + seconds + " s deadline: " + report.headline(),
                    report.details(), "deadline", false);
        }
        Throwable root = rootOf(failure);
        if (root instanceof OutOfMemoryError) {
            return new Verdict("error", "ran out of memory (the heap limit was reached): " + root.getMessage(),
                    frames(root), "heap", true);
        }
        if (root instanceof VirtualMachineError) {
            return new Verdict("error", root.getClass().getSimpleName() + " in your code", frames(root), null, true);
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
        return new Verdict("fail", lines[0], diagnosis.toString().strip(), null, false);
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
                .filter(f -> f.getClassName().startsWith("racecourse.")
                        && !f.getClassName().startsWith("racecourse.support.")
                        && !f.getClassName().startsWith("racecourse.grader."))
                .limit(FRAMES_SHOWN)
                .map(f -> "  at " + f)
                .toList();
        return String.join("\n", frames);
    }
}
