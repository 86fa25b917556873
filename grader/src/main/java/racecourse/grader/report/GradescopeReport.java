package racecourse.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/** {@code gradescope/results.json}: Gradescope's autograder results format, one test per check. */
final class GradescopeReport {
    private GradescopeReport() {
    }

    static void write(List<AssignmentResult> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Object>> tests = new ArrayList<>();
        for (AssignmentResult result : results) {
            for (CheckResult check : result.tests()) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", result.assignment() + ": " + check.name());
                test.put("score", check.score());
                test.put("max_score", check.maxScore());
                test.put("status", check.passed() ? "passed" : "failed");
                test.put("output", output(check));
                tests.add(test);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", results.stream().mapToInt(AssignmentResult::score).sum());
        json.put("output", results.stream().filter(r -> r.error() != null)
                .map(r -> r.assignment() + ": " + r.error()).reduce("", (a, b) -> a + b + "\n").strip());
        json.put("tests", tests);
        Reports.JSON.writeValue(dir.resolve("results.json").toFile(), json);
    }

    private static String output(CheckResult check) {
        if (check.passed()) {
            return "";
        }
        String message = check.message() == null ? check.status().jsonName() : check.message();
        return check.diagnosis() == null ? message : message + "\n\n" + check.diagnosis();
    }
}
