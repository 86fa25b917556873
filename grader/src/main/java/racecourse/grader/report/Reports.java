package racecourse.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * Writes every report of a grading run from the judged results, and nothing
 * else: the reports folder is emptied first, so no stale or planted file survives.
 */
public final class Reports {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Enough for an interleaving table or a deadlock cycle; the rest is in report.html. */
    private static final int CONSOLE_DIAGNOSIS_LINES = 40;
    private static final String IGNORED = "you changed or added it; grading takes only the files you edit and the "
            + "course's copy of everything else";
    /** In a GitHub Actions run, each ignored file is also an annotation on the file. */
    private static final boolean GITHUB_ACTIONS = "true".equals(System.getenv("GITHUB_ACTIONS"));

    private Reports() {
    }

    public static void writeAll(List<AssignmentResult> results, Path out) throws IOException {
        clear(out);
        Files.createDirectories(out);
        for (AssignmentResult result : results) {
            JSON.writeValue(out.resolve(result.assignment() + ".json").toFile(), result);
        }
        Files.writeString(out.resolve("summary.md"), SummaryMarkdown.render(results));
        Files.writeString(out.resolve("report.html"), HtmlReport.render(results));
        ClassroomReport.write(results, out.resolve("classroom"));
        GradescopeReport.write(results, out.resolve("gradescope"));
        Classroom50Report.write(results, out.resolve("classroom50"), System.getenv());
        JunitXmlReport.write(results, out.resolve("junit"));
    }

    /** Prints a short verdict per check: what a student reads first. */
    public static void console(AssignmentResult result, PrintWriter out) {
        out.printf("%s: %d/%d points (%s, %.1f s)%n", result.assignment(), result.score(), result.maxScore(),
                result.status(), result.durationMs() / 1000.0);
        if (result.error() != null) {
            out.println("  " + result.error().replace("\n", "\n  "));
        }
        if (result.notes() != null) {
            result.notes().forEach(note -> out.println("  note: " + note));
        }
        for (CheckResult check : result.tests()) {
            out.printf("  %s %d/%d  %s%n", check.passed() ? "PASS" : check.status().toUpperCase(java.util.Locale.ROOT),
                    check.score(), check.maxScore(), check.name());
            if (!check.passed() && check.message() != null) {
                out.println("        " + check.message());
            }
            if (!check.passed() && check.diagnosis() != null && !check.diagnosis().isBlank()) {
                List<String> lines = check.diagnosis().lines().toList();
                lines.stream().limit(CONSOLE_DIAGNOSIS_LINES).forEach(line -> out.println("          " + line));
                if (lines.size() > CONSOLE_DIAGNOSIS_LINES) {
                    out.println("          ... (" + (lines.size() - CONSOLE_DIAGNOSIS_LINES)
                            + " more lines in report.html)");
                }
            }
        }
        for (String file : result.tampered()) {
            out.println("  ignored: " + file + " (" + IGNORED + ")");
            if (GITHUB_ACTIONS) {
                out.println("::warning file=" + file + "::ignored by your graded run (" + IGNORED + ")");
            }
        }
    }


    private static void clear(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (var walk = Files.walk(out)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
