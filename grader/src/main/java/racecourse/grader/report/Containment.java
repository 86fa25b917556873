package racecourse.grader.report;

import java.util.List;
import java.util.stream.Collectors;
import racecourse.grader.judge.AssignmentResult;

/** What a report says about where the graded student code ran: in the sandbox, or not. */
final class Containment {
    private Containment() {
    }

    /** One sentence for the top of a report. */
    static String sentence(List<AssignmentResult> results) {
        List<String> open = results.stream().filter(r -> !r.contained()).map(AssignmentResult::assignment).toList();
        if (open.isEmpty()) {
            return "Sandbox: bubblewrap (student code ran with no network, no home folder, the course read-only).";
        }
        return "Sandbox: none for " + open.stream().collect(Collectors.joining(", "))
                + " (student code ran as the grader's user, with its network and files).";
    }
}
