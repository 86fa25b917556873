package racecourse.grader.report;

import static org.owasp.encoder.Encode.forHtml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import racecourse.grader.check.Status;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;

/**
 * {@code report.html}: one self-contained page (no network, no external file) for a person to read.
 * A check's pictures and its diagnosis get a full-width row under it, so tables keep their columns;
 * a small inline script only adds stepping through interleavings (the page reads fully without it).
 */
final class HtmlReport {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {
    }

    static String render(List<AssignmentResult> results) {
        int score = results.stream().mapToInt(AssignmentResult::score).sum();
        int max = results.stream().mapToInt(AssignmentResult::maxScore).sum();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>racecourse report</title>\n<style>\n").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>racecourse: ").append(score).append('/').append(max).append(" points</h1>\n<p id=\"sandbox\">")
                .append(forHtml(Containment.sentence(results))).append("</p>\n");
        for (AssignmentResult r : results) {
            html.append("<h2 id=\"").append(forHtml(r.assignment())).append("\">").append(forHtml(r.assignment()))
                    .append(": <span class=\"").append(r.status().jsonName()).append("\">").append(r.score()).append('/')
                    .append(r.maxScore()).append("</span></h2>\n");
            if (r.error() != null) {
                html.append("<pre>").append(forHtml(r.error())).append("</pre>\n");
            }
            html.append("<table class=\"checks\"><tr><th>check</th><th>kind</th><th>points</th><th>verdict</th></tr>\n");
            Set<CheckKind> explained = EnumSet.noneOf(CheckKind.class);
            for (CheckResult c : r.tests()) {
                row(c, !c.passed() && explained.add(c.kind()), html);
            }
            html.append("</table>\n");
            if (!r.tampered().isEmpty()) {
                html.append("<p>Tampered (ignored, graded with the course's copy): ")
                        .append(forHtml(String.join(", ", r.tampered()))).append("</p>\n");
            }
        }
        return html.append("<script>\n").append(SCRIPT).append("</script>\n</body></html>\n").toString();
    }

    /** {@code explain}: the first failure of its kind in this assignment, which says what the kind is. */
    private static void row(CheckResult c, boolean explain, StringBuilder html) {
        html.append("<tr><td>").append(forHtml(c.name())).append("</td><td>").append(c.kind().jsonName())
                .append("</td><td>").append(c.score()).append('/').append(c.maxScore())
                .append("</td><td class=\"").append(c.status().jsonName()).append("\">")
                .append(c.passed() ? "\u2713 " : "\u2717 ").append(c.status().jsonName());
        if (c.limit() != null) {
            html.append(" (").append(c.limit().jsonName()).append(" limit)");
        }
        if (c.message() != null) {
            html.append("<br>").append(forHtml(c.message()));
        }
        if (explain) {
            html.append("<br><small class=\"guide\">").append(forHtml(KindGuide.of(c.kind()))).append("</small>");
        }
        html.append("</td></tr>\n");
        boolean failed = c.status() != Status.PASS;
        boolean diagnosis = c.diagnosis() != null && !c.diagnosis().isBlank();
        boolean bars = c.kind() == CheckKind.JCSTRESS && c.picture() != null;
        if ((failed && (diagnosis || c.picture() != null)) || bars) {
            html.append("<tr class=\"detail\"><td colspan=\"4\">").append(PictureHtml.of(c.picture(), c.id()));
            if (diagnosis) {
                html.append("<details><summary>").append(c.picture() == null ? "diagnosis" : "the same, as text")
                        .append("</summary><pre>").append(forHtml(c.diagnosis())).append("</pre></details>");
            }
            html.append("</td></tr>\n");
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
