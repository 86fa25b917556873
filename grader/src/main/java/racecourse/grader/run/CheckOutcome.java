package racecourse.grader.run;

import racecourse.grader.check.Verdict;

/**
 * What happened to one check in the run: its verdict (from the child, or what the grader saw when
 * the child could not give one) and how long it ran.
 */
public record CheckOutcome(Verdict verdict, long durationMs) {
}
