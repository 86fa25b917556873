package racecourse.grader.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.check.Status;
import racecourse.grader.check.Verdict;
import racecourse.grader.run.CheckOutcome;

/**
 * Turns what the run observed into points. A check earns its points only with an
 * explicit pass verdict; anything else (a failure, an error, a crash, a check
 * that never reported) earns nothing. The checks and their points come from the
 * course's plan, never from anything the student program printed.
 */
public final class Judge {
    private Judge() {
    }

    /** Grades every planned check; {@code outcomeOf} returns null for a check that never reported. */
    public static AssignmentResult judge(String assignment, List<PlannedCheck> plan,
                                         Function<String, CheckOutcome> outcomeOf,
                                         String error, List<String> notes, List<String> tampered, long durationMs) {
        List<CheckResult> tests = new ArrayList<>();
        for (PlannedCheck check : plan) {
            CheckOutcome outcome = outcomeOf.apply(check.id());
            if (outcome == null || outcome.verdict() == null || outcome.verdict().status() == null) {
                outcome = new CheckOutcome(Verdict.error(error != null
                        ? "not run: " + error.lines().findFirst().orElse(error) : "not run", null), 0);
            }
            Verdict verdict = outcome.verdict();
            int score = verdict.passed() ? check.points() : 0;
            tests.add(new CheckResult(check.id(), check.name(), check.kind(), verdict.status(), score, check.points(),
                    verdict.message(), verdict.diagnosis(), verdict.limit(), outcome.durationMs(), verdict.picture()));
        }
        int score = tests.stream().mapToInt(CheckResult::score).sum();
        int max = tests.stream().mapToInt(CheckResult::maxScore).sum();
        Status status = error != null && score == 0 ? Status.ERROR
                : score == max && max > 0 ? Status.PASS : Status.FAIL;
        return new AssignmentResult(AssignmentResult.SCHEMA, assignment, status, score, max, durationMs, error,
                notes.isEmpty() ? null : List.copyOf(notes), tests, List.copyOf(tampered), null, null,
                null, null, null);
    }

    /**
     * An assignment whose student files are still the starter's: every planned check listed with its
     * points and none run, 0 points, status {@code not started}.
     */
    public static AssignmentResult notStarted(String assignment, List<PlannedCheck> plan, List<String> notes,
                                              List<String> tampered, long durationMs) {
        List<CheckResult> tests = plan.stream().map(check -> new CheckResult(check.id(), check.name(), check.kind(),
                Status.FAIL, 0, check.points(), "not started: the student file is still the starter", null, null, 0,
                null)).toList();
        return new AssignmentResult(AssignmentResult.SCHEMA, assignment, Status.NOT_STARTED, 0,
                tests.stream().mapToInt(CheckResult::maxScore).sum(), durationMs, null,
                notes.isEmpty() ? null : List.copyOf(notes), tests, List.copyOf(tampered), null, null, null, null, null);
    }
}
