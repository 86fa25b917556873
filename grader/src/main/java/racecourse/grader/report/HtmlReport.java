package racecourse.grader.report;

import static org.owasp.encoder.Encode.forHtml;

import java.util.List;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/** {@code report.html}: one self-contained page (no scripts, no network) for a person to read. */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(List<AssignmentResult> results) {
        int score = results.stream().mapToInt(AssignmentResult::score).sum();
        int max = results.stream().mapToInt(AssignmentResult::maxScore).sum();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>racecourse report</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
                table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
                td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
                .pass{color:#1a7f37}.fail,.error{color:#cf222e}
                pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:.85rem;white-space:pre-wrap}
                details summary{cursor:pointer}
                </style></head><body>
                """);
        html.append("<h1>racecourse: ").append(score).append('/').append(max).append(" points</h1>\n<p id=\"sandbox\">")
                .append(forHtml(Containment.sentence(results))).append("</p>\n");
        for (AssignmentResult r : results) {
            html.append("<h2 id=\"").append(forHtml(r.assignment())).append("\">").append(forHtml(r.assignment()))
                    .append(": <span class=\"").append(forHtml(r.status())).append("\">").append(r.score()).append('/')
                    .append(r.maxScore()).append("</span></h2>\n");
            if (r.error() != null) {
                html.append("<pre>").append(forHtml(r.error())).append("</pre>\n");
            }
            html.append("<table><tr><th>check</th><th>kind</th><th>points</th><th>verdict</th></tr>\n");
            for (CheckResult c : r.tests()) {
                html.append("<tr><td>").append(forHtml(c.name())).append("</td><td>").append(forHtml(c.kind()))
                        .append("</td><td>").append(c.score()).append('/').append(c.maxScore())
                        .append("</td><td class=\"").append(forHtml(c.status())).append("\">")
                        .append(forHtml(c.status()));
                if (c.limit() != null) {
                    html.append(" (").append(forHtml(c.limit())).append(" limit)");
                }
                if (c.message() != null) {
                    html.append("<br>").append(forHtml(c.message()));
                }
                if (c.diagnosis() != null && !c.diagnosis().isBlank()) {
                    html.append("<details><summary>diagnosis</summary><pre>").append(forHtml(c.diagnosis()))
                            .append("</pre></details>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</table>\n");
            if (!r.tampered().isEmpty()) {
                html.append("<p>Tampered (ignored, graded with the course's copy): ")
                        .append(forHtml(String.join(", ", r.tampered()))).append("</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }
}
