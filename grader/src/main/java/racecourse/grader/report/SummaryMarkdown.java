package racecourse.grader.report;

import java.util.List;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/** {@code summary.md}: a Markdown table for {@code $GITHUB_STEP_SUMMARY}, kept well under its 1 MiB limit. */
final class SummaryMarkdown {
    static final int MAX_CHARS = 900 * 1024;
    private static final int MESSAGE_CHARS = 300;

    private SummaryMarkdown() {
    }

    static String render(List<AssignmentResult> results) {
        int score = results.stream().mapToInt(AssignmentResult::score).sum();
        int max = results.stream().mapToInt(AssignmentResult::maxScore).sum();
        StringBuilder md = new StringBuilder("# racecourse: ").append(score).append('/').append(max)
                .append(" points\n\n").append(Containment.sentence(results))
                .append("\n\n| assignment | score | status |\n|---|---:|---|\n");
        for (AssignmentResult r : results) {
            md.append("| ").append(r.assignment()).append(" | ").append(r.score()).append('/').append(r.maxScore())
                    .append(" | ").append(r.status().jsonName()).append(" |\n");
        }
        for (AssignmentResult r : results) {
            md.append("\n## ").append(r.assignment()).append(": ").append(r.score()).append('/')
                    .append(r.maxScore()).append("\n\n| check | points | verdict |\n|---|---:|---|\n");
            for (CheckResult c : r.tests()) {
                md.append("| ").append(cell(c.name())).append(" | ").append(c.score()).append('/')
                        .append(c.maxScore()).append(" | ")
                        .append(c.passed() ? "pass" : c.status().jsonName() + ": " + cell(c.message())
                                + caption(c)).append(" |\n");
            }
            if (r.error() != null) {
                md.append("\n```\n").append(clip(r.error(), 4000).replace("```", "'''")).append("\n```\n");
            }
            if (!r.tampered().isEmpty()) {
                md.append("\nTampered (ignored): ").append(cell(String.join(", ", r.tampered()))).append('\n');
            }
        }
        return clip(md.toString(), MAX_CHARS);
    }

    /** The picture of a failed check, told in one line (report.html draws it). */
    private static String caption(CheckResult check) {
        String caption = PictureCaption.of(check.picture());
        return caption == null ? "" : " \u26a0 " + cell(caption);
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return clip(text.lines().findFirst().orElse(""), MESSAGE_CHARS).replace("|", "\\|");
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n... (cut)";
    }
}
