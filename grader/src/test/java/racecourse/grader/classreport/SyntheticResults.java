package racecourse.grader.classreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import racecourse.grader.check.Json;
import racecourse.grader.check.Status;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;

/** Result JSONs made up for class-report tests: checks of 2 points each, passed or failed as told. */
final class SyntheticResults {
    private SyntheticResults() {
    }

    /** {@code verdicts}: check id to status ("pass", "fail", "error"). */
    static AssignmentResult result(String assignment, Map<String, String> verdicts, String sha, Instant at,
                                   List<String> tampered) {
        List<CheckResult> tests = new ArrayList<>();
        verdicts.forEach((id, verdict) -> {
            Status status = Status.valueOf(verdict.toUpperCase(Locale.ROOT));
            tests.add(new CheckResult(id, "check " + id, CheckKind.JUNIT, status, status == Status.PASS ? 2 : 0, 2,
                    status == Status.PASS ? null : "expected more", null, null, 10, null));
        });
        int score = tests.stream().mapToInt(CheckResult::score).sum();
        int max = tests.stream().mapToInt(CheckResult::maxScore).sum();
        AssignmentResult plain = new AssignmentResult(AssignmentResult.SCHEMA, assignment,
                score == max ? Status.PASS : Status.FAIL, score, max, 1000, null, null, tests, tampered, null, null, null, null, null);
        return at == null ? plain : plain.stamped(sha, at);
    }

    /** The verdicts of {@code checks} checks named C0, C1, ...: the first {@code passed} pass, the rest fail. */
    static Map<String, String> verdicts(int checks, int passed) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < checks; i++) {
            verdicts.put("T#c" + i, i < passed ? "pass" : "fail");
        }
        return verdicts;
    }

    static void write(Path file, AssignmentResult result) throws IOException {
        Files.createDirectories(file.getParent());
        Json.indented().writeValue(file.toFile(), result);
    }
}
