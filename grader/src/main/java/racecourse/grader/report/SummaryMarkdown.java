package racecourse.grader.report;

import static org.owasp.encoder.Encode.forHtml;

import java.util.List;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * {@code summary.md}: Markdown for {@code $GITHUB_STEP_SUMMARY} (and Classroom 50's release notes),
 * under its 1 MiB limit. Table cells hold one line each, HTML-escaped (so {@code expected: <false>}
 * shows, and no text a student's code printed becomes markup) with pipes escaped, so no cell breaks
 * its row. Each failed check's diagnosis follows its assignment's table in a collapsible
 * {@code <details>} block, while room is left; report.html has them all.
 */
final class SummaryMarkdown {
    static final int MAX_CHARS = 900 * 1024;
    private static final int MESSAGE_CHARS = 300;
    private static final int DIAGNOSIS_CHARS = 20_000;

    private SummaryMarkdown() {
    }

    static String render(List<AssignmentResult> results) {
        int score = results.stream().mapToInt(AssignmentResult::score).sum();
        int max = results.stream().mapToInt(AssignmentResult::maxScore).sum();
        StringBuilder md = new StringBuilder("# racecourse: ").append(score).append('/').append(max)
                .append(" points\n\n").append(Containment.sentence(results))
                .append("\n\n| assignment | score | status |\n|---|---:|---|\n");
        for (AssignmentResult r : results) {
            md.append("| ").append(cell(r.assignment())).append(" | ").append(r.score()).append('/')
                    .append(r.maxScore()).append(" | ").append(cell(r.status().jsonName())).append(" |\n");
        }
        List<String> tables = results.stream().map(SummaryMarkdown::table).toList();
        int tablesLeft = tables.stream().mapToInt(String::length).sum();
        boolean cut = false;
        for (int i = 0; i < results.size(); i++) {
            md.append(tables.get(i));
            tablesLeft -= tables.get(i).length();
            for (CheckResult c : results.get(i).tests()) {
                if (!c.passed() && c.diagnosis() != null && !c.diagnosis().isBlank()) {
                    String details = "\n<details><summary>" + cell(c.name()) + "</summary>\n\n<pre>"
                            + forHtml(clip(c.diagnosis(), DIAGNOSIS_CHARS)) + "</pre>\n</details>\n";
                    if (md.length() + details.length() + tablesLeft < MAX_CHARS) {
                        md.append(details);
                    } else {
                        cut = true;
                    }
                }
            }
        }
        if (cut) {
            md.append("\n_Some diagnoses would not fit in a summary: report.html in the grading report has them all._\n");
        }
        return md.toString();
    }

    /** An assignment's heading and table of checks, its error and the files grading ignored. */
    private static String table(AssignmentResult r) {
        StringBuilder section = new StringBuilder("\n## ").append(cell(r.assignment())).append(": ")
                .append(r.score()).append('/').append(r.maxScore())
                .append("\n\n| check | points | verdict |\n|---|---:|---|\n");
        for (CheckResult c : r.tests()) {
            section.append("| ").append(cell(c.name())).append(" | ").append(c.score()).append('/')
                    .append(c.maxScore()).append(" | ")
                    .append(c.passed() ? "pass" : cell(c.status().jsonName()) + ": " + cell(c.message()) + caption(c))
                    .append(" |\n");
        }
        if (r.error() != null) {
            section.append("\n<pre>").append(forHtml(clip(r.error(), 4000))).append("</pre>\n");
        }
        if (r.tampered() != null && !r.tampered().isEmpty()) {
            section.append("\nIgnored by grading (changed or added): ")
                    .append(cell(String.join(", ", r.tampered()))).append('\n');
        }
        return section.toString();
    }

    /** The picture of a failed check, told in one line (report.html draws it). */
    private static String caption(CheckResult check) {
        String caption = check.passed() ? null : PictureCaption.of(check.picture());
        return caption == null ? "" : " \u26a0 " + cell(caption);
    }

    /** One line of text as a table cell: HTML-escaped, pipes escaped, clipped. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return forHtml(clip(text.lines().findFirst().orElse(""), MESSAGE_CHARS)).replace("|", "\\|");
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n... (cut)";
    }
}
