package racecourse.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * {@code classroom50/result.json}: Classroom 50's result, schema {@code classroom50/result/v1}.
 * Classroom 50 runs a teacher's {@code autograder.py} in the student's checkout; ours
 * ({@code docs/classroom50/autograder.py}) grades it with the course's copy kept beside the script
 * and hands this file over as {@code ./result.json}. {@code ignored} (ours; the schema allows more
 * fields) lists every changed or added file of the checkout that grading ignored. One Classroom 50 assignment covers every assignment graded in the run;
 * each check is a test with its own integer points, so partial credit shows. The identity
 * fields come from the variables Classroom 50's runner sets (empty outside it; the runner
 * overwrites owner, assignment_type and datetime itself).
 */
final class Classroom50Report {
    static final String SCHEMA = "classroom50/result/v1";

    private Classroom50Report() {
    }

    static void write(List<AssignmentResult> results, Path dir, Map<String, String> environment) throws IOException {
        Files.createDirectories(dir);
        Reports.JSON.writeValue(dir.resolve("result.json").toFile(), payload(results, environment));
    }

    static Map<String, Object> payload(List<AssignmentResult> results, Map<String, String> environment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("classroom", environment.getOrDefault("CLASSROOM", ""));
        json.put("assignment", environment.getOrDefault("ASSIGNMENT", ""));
        json.put("assignment_type", environment.getOrDefault("ASSIGNMENT_TYPE", "individual"));
        json.put("owner", environment.getOrDefault("OWNER", environment.getOrDefault("USERNAME", "")));
        json.put("submission", environment.getOrDefault("SUBMISSION_TAG", ""));
        json.put("commit", environment.getOrDefault("COMMIT_URL", ""));
        json.put("release", environment.getOrDefault("RELEASE_URL", ""));
        json.put("review", environment.getOrDefault("REVIEW_URL", environment.getOrDefault("COMMIT_URL", "")));
        json.put("datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("score", results.stream().mapToInt(AssignmentResult::score).sum());
        json.put("max-score", results.stream().mapToInt(AssignmentResult::maxScore).sum());
        json.put("tests", results.stream()
                .flatMap(result -> result.tests().stream().map(check -> test(result.assignment(), check)))
                .toList());
        json.put("ignored", results.stream().filter(result -> result.tampered() != null)
                .flatMap(result -> result.tampered().stream()).distinct().sorted().toList());
        return json;
    }

    private static Map<String, Object> test(String assignment, CheckResult check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("test-name", assignment + ": " + check.name());
        json.put("passed", check.passed());
        json.put("score", check.score());
        json.put("max-score", check.maxScore());
        if (!check.passed()) {
            json.put("message", check.message() == null ? check.status().jsonName() : check.message());
        }
        return json;
    }
}
