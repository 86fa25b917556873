package racecourse.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import racecourse.grader.discover.Assignment;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * {@code classroom/<runner>.json}: the payload GitHub Classroom's
 * autograding-grading-reporter reads from {@code <RUNNER>_RESULTS} (base64), one
 * per assignment. Each check is a test with its own score, so partial credit
 * reaches Classroom's "Points X/Y".
 */
final class ClassroomReport {
    private ClassroomReport() {
    }

    static void write(List<AssignmentResult> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (AssignmentResult result : results) {
            Reports.JSON.writeValue(dir.resolve(Assignment.runnerId(result.assignment()) + ".json").toFile(), payload(result));
        }
    }

    static Map<String, Object> payload(AssignmentResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", 1);
        json.put("status", result.status().jsonName());
        json.put("max_score", result.maxScore());
        json.put("tests", result.tests().stream().map(ClassroomReport::test).toList());
        return json;
    }

    private static Map<String, Object> test(CheckResult check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", check.name());
        json.put("status", check.status().jsonName());
        json.put("score", check.score());
        json.put("message", check.passed() ? "" : check.message() == null ? check.status().jsonName() : check.message());
        json.put("line_no", 0);
        json.put("execution_time", "");
        return json;
    }
}
