package racecourse.grader.judge;

import java.util.ArrayList;
import java.util.List;
import racecourse.grader.run.CheckOutcome;
import racecourse.grader.run.PlannedCheck;

/**
 * Turns what the run observed into points. A check earns its points only with an
 * explicit "pass" verdict; anything else (a failure, an error, a crash, a check
 * that never reported) earns nothing. The checks and their points come from the
 * course's plan, never from anything the student program printed.
 */
public final class Judge {
    private Judge() {
    }

    /** Grades every planned check; {@code outcomeOf} returns null for a check that never reported. */
    public static AssignmentResult judge(String assignment, List<PlannedCheck> plan,
                                         java.util.function.Function<String, CheckOutcome> outcomeOf,
                                         String error, List<String> notes, List<String> tampered, long durationMs) {
        List<CheckResult> tests = new ArrayList<>();
        for (PlannedCheck check : plan) {
            CheckOutcome outcome = outcomeOf.apply(check.id());
            if (outcome == null) {
                outcome = new CheckOutcome(check.id(), "error",
                        error != null ? "not run: " + error.lines().findFirst().orElse(error) : "not run",
                        null, null);
            }
            String status = switch (outcome.status() == null ? "" : outcome.status()) {
                case "pass" -> "pass";
                case "fail" -> "fail";
                default -> "error";
            };
            int score = status.equals("pass") ? check.points() : 0;
            tests.add(new CheckResult(check.id(), check.name(), check.kind(), status, score, check.points(),
                    outcome.message(), outcome.diagnosis(), outcome.limit()));
        }
        int score = tests.stream().mapToInt(CheckResult::score).sum();
        int max = tests.stream().mapToInt(CheckResult::maxScore).sum();
        String status = error != null && score == 0 ? "error" : score == max && max > 0 ? "pass" : "fail";
        return new AssignmentResult(AssignmentResult.SCHEMA, assignment, status, score, max, durationMs, error,
                notes.isEmpty() ? null : List.copyOf(notes), tests, List.copyOf(tampered), null, null);
    }

    /**
     * An assignment whose student files are still the starter's: every planned check listed with its
     * points and none run, 0 points, status {@value AssignmentResult#NOT_STARTED}.
     */
    public static AssignmentResult notStarted(String assignment, List<PlannedCheck> plan, List<String> notes,
                                              List<String> tampered, long durationMs) {
        List<CheckResult> tests = plan.stream().map(check -> new CheckResult(check.id(), check.name(), check.kind(),
                "fail", 0, check.points(), "not started: the student file is still the starter", null, null)).toList();
        return new AssignmentResult(AssignmentResult.SCHEMA, assignment, AssignmentResult.NOT_STARTED, 0,
                tests.stream().mapToInt(CheckResult::maxScore).sum(), durationMs, null,
                notes.isEmpty() ? null : List.copyOf(notes), tests, List.copyOf(tampered), null, null);
    }
}
