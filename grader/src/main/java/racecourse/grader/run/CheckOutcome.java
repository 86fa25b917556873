package racecourse.grader.run;

/**
 * What happened to one check: its verdict from the child, or what the grader saw
 * when the child could not give one. {@code limit}: "deadline", "heap" or "output"
 * when the check hit that limit, else null.
 */
public record CheckOutcome(String id, String status, String message, String diagnosis, String limit) {
}
