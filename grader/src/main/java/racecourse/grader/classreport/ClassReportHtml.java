package racecourse.grader.classreport;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code class-report.html}: one self-contained page (no scripts, no network; charts are inline SVG).
 * Its numbers carry {@code data-*} attributes so that a browser test can read them from the DOM.
 */
final class ClassReportHtml {
    private static final int CHART_WIDTH = 420;
    private static final int CHART_HEIGHT = 150;
    private static final int AXIS = 20;

    private ClassReportHtml() {
    }

    static String render(ClassReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>racecourse class report</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
                table{border-collapse:collapse;margin:.5rem 0 1.5rem}
                td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
                td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
                .charts{display:flex;flex-wrap:wrap;gap:1.5rem}
                figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
                svg text{font-size:10px;fill:#444}
                .bar{fill:#0969da}.fail{fill:#cf222e}.track{fill:#eee}
                code{font-size:.85rem}
                </style></head><body>
                """);
        html.append("<h1>racecourse class report</h1>\n<p id=\"counts\" data-students=\"")
                .append(report.students().size()).append("\" data-results=\"").append(report.resultFiles())
                .append("\">").append(report.students().size()).append(" students, ").append(report.resultFiles())
                .append(" result files. For a student with several results for an assignment, the newest counts.</p>\n");
        if (!report.unreadable().isEmpty()) {
            html.append("<p>Unreadable result files (left out):</p><ul>\n");
            report.unreadable().forEach(u -> html.append("<li><code>").append(forHtml(u)).append("</code></li>\n"));
            html.append("</ul>\n");
        }
        grades(report, html);
        notGraded(report, html);
        containment(report, html);
        distributions(report, html);
        failureRates(report, html);
        tampered(report, html);
        flaky(report, html);
        return html.append("</body></html>\n").toString();
    }

    private static void grades(ClassReport report, StringBuilder html) {
        html.append("<h2>Grades</h2>\n<table id=\"grades\"><thead><tr><th>student</th>");
        for (String a : report.assignments()) {
            html.append("<th class=\"n\">").append(forHtml(a)).append(" (").append(report.maxScore(a)).append(")</th>");
        }
        html.append("<th class=\"n\">total</th><th>commit graded</th></tr></thead><tbody>\n");
        for (String student : report.students()) {
            String who = forHtmlAttribute(student);
            html.append("<tr><td>").append(forHtml(student)).append("</td>");
            for (String a : report.assignments()) {
                String score = report.score(student, a).map(String::valueOf).orElse("");
                html.append("<td class=\"n\" data-student=\"").append(who).append("\" data-assignment=\"")
                        .append(forHtmlAttribute(a)).append("\" data-score=\"").append(score).append("\">")
                        .append(score).append("</td>");
            }
            html.append("<td class=\"n\" data-student=\"").append(who).append("\" data-total=\"")
                    .append(report.total(student)).append("\">").append(report.total(student)).append("</td><td><code>")
                    .append(forHtml(report.commit(student).orElse(""))).append("</code></td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** Roster entries that could not be graded: the rest of the class was. */
    private static void notGraded(ClassReport report, StringBuilder html) {
        html.append("<h2>Not graded</h2>\n");
        if (report.notGraded().isEmpty()) {
            html.append("<p id=\"not-graded\">None.</p>\n");
            return;
        }
        html.append("<table id=\"not-graded\"><thead><tr><th>student</th><th>why</th></tr></thead><tbody>\n");
        for (ClassReport.NotGraded entry : report.notGraded()) {
            html.append("<tr data-student=\"").append(forHtmlAttribute(entry.student())).append("\"><td>")
                    .append(forHtml(entry.student())).append("</td><td>").append(forHtml(entry.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** Which results that count ran student code outside the sandbox. */
    private static void containment(ClassReport report, StringBuilder html) {
        List<ClassReport.Graded> open = report.uncontained();
        html.append("<h2>Sandbox</h2>\n<p id=\"sandbox\" data-uncontained=\"").append(open.size()).append("\">");
        if (open.isEmpty()) {
            html.append("Every result that counts was graded in the bubblewrap sandbox.</p>\n");
            return;
        }
        html.append(open.size()).append(" results that count were graded without a sandbox (student code ran as the "
                + "grader's user):</p><ul>\n");
        open.forEach(g -> html.append("<li>").append(forHtml(g.student())).append(": ")
                .append(forHtml(g.result().assignment())).append("</li>\n"));
        html.append("</ul>\n");
    }

    /** One histogram per assignment: how many students got each score. */
    private static void distributions(ClassReport report, StringBuilder html) {
        html.append("<h2>Score distribution</h2>\n<div class=\"charts\">\n");
        for (String a : report.assignments()) {
            SortedMap<Integer, Integer> counts = report.distribution(a);
            int most = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
            double slot = (double) CHART_WIDTH / counts.size();
            int plot = CHART_HEIGHT - 2 * AXIS;
            html.append("<figure><figcaption>").append(forHtml(a)).append("</figcaption>\n")
                    .append(String.format(Locale.ROOT, "<svg class=\"distribution\" data-assignment=\"%s\" "
                            + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
                            forHtmlAttribute(a), CHART_WIDTH, CHART_HEIGHT, CHART_WIDTH, CHART_HEIGHT,
                            forHtmlAttribute("score distribution of " + a)));
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                double height = (double) plot * e.getValue() / most;
                double x = slot * e.getKey();
                double y = AXIS + plot - height;
                html.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-score=\"%d\" data-count=\"%d\" "
                                + "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%d points: %d "
                                + "students</title></rect>", e.getKey(), e.getValue(), x + 1, y,
                                Math.max(1, slot - 2), height, e.getKey(), e.getValue()));
                if (e.getValue() > 0) {
                    html.append(label(x + slot / 2, y - 4, String.valueOf(e.getValue())));
                }
                if (counts.size() <= 25 || e.getKey() % 5 == 0) {
                    html.append(label(x + slot / 2, CHART_HEIGHT - 6, String.valueOf(e.getKey())));
                }
                html.append('\n');
            }
            html.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                    AXIS + plot, CHART_WIDTH, AXIS + plot));
            html.append("</svg></figure>\n");
        }
        html.append("</div>\n");
    }

    private static String label(double x, double y, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", x, y,
                forHtml(text));
    }

    /** Which checks the class still fails: the bugs it has not fixed yet. */
    private static void failureRates(ClassReport report, StringBuilder html) {
        html.append("<h2>Checks the class fails</h2>\n");
        for (String a : report.assignments()) {
            html.append("<h3>").append(forHtml(a)).append("</h3>\n<table class=\"failures\" data-assignment=\"")
                    .append(forHtmlAttribute(a)).append("\"><thead><tr><th>check</th><th class=\"n\">failed</th>")
                    .append("<th>rate</th></tr></thead><tbody>\n");
            for (ClassReport.CheckRate rate : report.failureRates(a)) {
                int width = (int) Math.round(100 * rate.rate());
                html.append("<tr data-check=\"").append(forHtmlAttribute(rate.id())).append("\" data-failed=\"")
                        .append(rate.failed()).append("\" data-graded=\"").append(rate.graded()).append("\"><td>")
                        .append(forHtml(rate.name())).append("<br><code>").append(forHtml(rate.id()))
                        .append("</code></td><td class=\"n\">").append(rate.failed()).append('/').append(rate.graded())
                        .append("</td><td><svg width=\"100\" height=\"10\" role=\"img\" aria-label=\"").append(width)
                        .append("%\"><rect class=\"track\" width=\"100\" height=\"10\"/><rect class=\"fail\" width=\"")
                        .append(width).append("\" height=\"10\"/></svg> ").append(width).append("%</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
    }

    private static void tampered(ClassReport report, StringBuilder html) {
        List<ClassReport.Tampering> tampered = report.tampered();
        html.append("<h2>Tampered</h2>\n<p>Protected files that differ from the course's (graded with the course's "
                + "copy; a student's own run cannot see this, a regrade with <code>./grade class</code> can).</p>\n");
        if (tampered.isEmpty()) {
            html.append("<p id=\"tampered\">None.</p>\n");
            return;
        }
        html.append("<table id=\"tampered\"><thead><tr><th>student</th><th>assignment</th><th>files</th></tr></thead>")
                .append("<tbody>\n");
        for (ClassReport.Tampering t : tampered) {
            html.append("<tr data-student=\"").append(forHtmlAttribute(t.student())).append("\"><td>")
                    .append(forHtml(t.student())).append("</td><td>").append(forHtml(t.assignment())).append("</td><td>");
            t.files().forEach(f -> html.append("<code>").append(forHtml(f)).append("</code><br>"));
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void flaky(ClassReport report, StringBuilder html) {
        List<ClassReport.FlakySuspect> suspects = report.flakySuspects();
        html.append("<h2>Flaky suspects</h2>\n<p>Checks whose verdict changed between runs of the same code "
                + "(same assignment, same <code>submission_sha256</code>).</p>\n");
        if (suspects.isEmpty()) {
            html.append("<p id=\"flaky\">None.</p>\n");
            return;
        }
        html.append("<table id=\"flaky\"><thead><tr><th>assignment</th><th>check</th><th>verdicts</th>")
                .append("<th>code</th><th>students</th></tr></thead><tbody>\n");
        for (ClassReport.FlakySuspect s : suspects) {
            html.append("<tr data-check=\"").append(forHtmlAttribute(s.checkId())).append("\"><td>")
                    .append(forHtml(s.assignment())).append("</td><td>").append(forHtml(s.checkName()))
                    .append("<br><code>").append(forHtml(s.checkId())).append("</code></td><td>");
            s.verdicts().forEach((verdict, n) -> html.append(forHtml(verdict)).append(" &times; ").append(n).append("<br>"));
            html.append("</td><td><code>").append(forHtml(s.submissionSha256().substring(0, Math.min(12, s.submissionSha256().length())))).append("</code></td><td>")
                    .append(forHtml(String.join(", ", s.students()))).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }
}
