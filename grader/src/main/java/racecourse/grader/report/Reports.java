package racecourse.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import racecourse.grader.check.Json;
import racecourse.grader.check.Status;
import racecourse.grader.io.Folders;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;

/**
 * Writes every report of a grading run from the judged results, and nothing
 * else: the reports folder is emptied first, so no stale or planted file survives.
 */
public final class Reports {
    static final ObjectMapper JSON = Json.indented();
    /** Enough for an interleaving table or a deadlock cycle; the rest is in report.html. */
    private static final int CONSOLE_DIAGNOSIS_LINES = 40;
    private static final String IGNORED = "you changed or added it; grading takes only the files you edit and the "
            + "course's copy of everything else";
    /** In a GitHub Actions run, each ignored file is also an annotation on the file. */
    private static final boolean GITHUB_ACTIONS = "true".equals(System.getenv("GITHUB_ACTIONS"));

    private Reports() {
    }

    public static void writeAll(List<AssignmentResult> results, Path out) throws IOException {
        Folders.delete(out);
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

    /**
     * Prints a short verdict per check, with the id that {@code --only} takes: what a student reads first.
     * The first failure of each kind says what that kind of check is; the grader's notes come after the
     * checks, so the first thing under the score is the first check.
     */
    public static void console(AssignmentResult result, PrintWriter out) {
        out.printf("%s: %d/%d points (%s, %.1f s)%n", result.assignment(), result.score(), result.maxScore(),
                result.status().jsonName(), result.durationMs() / 1000.0);
        if (result.error() != null) {
            out.println("  " + result.error().replace("\n", "\n  "));
        }
        List<CheckResult> shown = result.tests();
        if (result.status() == Status.NOT_STARTED) {
            // Nothing ran: one line, not a FAIL per check, for each assignment a student has not begun.
            out.printf("  the student file is still the starter: its %d checks run once you change it%n",
                    shown.size());
            shown = List.of();
        }
        Set<CheckKind> explained = EnumSet.noneOf(CheckKind.class);
        for (CheckResult check : shown) {
            out.printf("  %s %d/%d  %s  [%s]%n", check.status().name(), check.score(), check.maxScore(), check.name(),
                    check.id());
            if (!check.passed() && check.message() != null) {
                out.println("        " + check.message());
            }
            String caption = check.passed() ? null : PictureCaption.of(check.picture());
            if (caption != null) {
                out.println("        \u26a0 " + caption);
            }
            if (!check.passed() && explained.add(check.kind())) {
                out.println("        (" + KindGuide.of(check.kind()) + ")");
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
        if (result.notes() != null) {
            result.notes().forEach(note -> out.println("  note: " + note));
        }
        for (String file : result.tampered()) {
            out.println("  ignored: " + file + " (" + IGNORED + ")");
            if (GITHUB_ACTIONS) {
                out.println("::warning file=" + file + "::ignored by your graded run (" + IGNORED + ")");
            }
        }
    }
}
