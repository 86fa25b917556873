package racecourse.grader.report;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import racecourse.grader.check.Picture;
import racecourse.support.Interleaving;
import racecourse.support.LockGraph;

/**
 * The pictures of report.html, drawn from the data a check's result carries: an interleaving as a
 * timeline to step through, a litmus test's outcomes as bars, stuck threads and their locks as a
 * graph. Plain HTML and inline SVG; marks and words carry every meaning, colour only repeats it.
 */
final class PictureHtml {
    private static final int LANE_GAP = 330;
    private static final int ROW = 46;

    private PictureHtml() {
    }

    static String of(Picture picture, String checkId) {
        if (picture == null) {
            return "";
        }
        if (picture.interleaving() != null) {
            return timeline(picture.interleaving(), checkId);
        }
        if (picture.outcomes() != null) {
            return bars(picture.outcomes(), checkId);
        }
        return graph(picture.locks(), checkId);
    }

    /** One lane per thread, one row per step; script adds stepping (buttons, arrow keys). */
    private static String timeline(Interleaving interleaving, String checkId) {
        List<String> threads = interleaving.threads();
        List<Interleaving.Step> steps = interleaving.steps();
        StringBuilder html = new StringBuilder("<figure class=\"timeline\" tabindex=\"0\" data-check=\"")
                .append(forHtmlAttribute(checkId)).append("\" data-steps=\"").append(steps.size())
                .append("\" aria-label=\"the interleaving, step by step: arrow keys or the buttons step\">\n")
                .append("<figcaption>The interleaving that breaks it, one row per step, one lane per thread. ")
                .append("Step with \u2190 \u2192 or the buttons; \u26a0 marks where it goes wrong.</figcaption>\n")
                .append("<div class=\"controls\"><button type=\"button\" data-go=\"first\">\u21e4 start</button> ")
                .append("<button type=\"button\" data-go=\"back\">\u25c0 back</button> ")
                .append("<button type=\"button\" data-go=\"next\">next \u25b6</button> ")
                .append("<button type=\"button\" data-go=\"mark\">\u26a0 where it goes wrong</button> ")
                .append("<output class=\"position\" aria-live=\"polite\">all ").append(steps.size())
                .append(" steps shown</output></div>\n<table class=\"steps\"><thead><tr><th class=\"n\">step</th>");
        threads.forEach(t -> html.append("<th>").append(forHtml(t)).append("</th>"));
        html.append("<th>shared value</th><th>your code</th></tr></thead>\n<tbody>\n");
        int phase = steps.isEmpty() ? 0 : steps.get(0).phase();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Interleaving.Step step = steps.get(i);
            List<String> classes = new ArrayList<>(List.of("step"));
            if (step.phase() != phase) {
                classes.add("phase");
                phase = step.phase();
            }
            boolean switched = "switch".equals(step.access());
            if (switched) {
                classes.add("switch");
            }
            if (step.mark() != null) {
                classes.add("mark");
            }
            if (step.field() != null) {
                values.put(step.field(), step.value());
            }
            html.append("<tr class=\"").append(String.join(" ", classes)).append("\" data-step=\"").append(i)
                    .append("\" data-thread=\"").append(step.thread()).append("\" data-values=\"")
                    .append(forHtmlAttribute(describe(values))).append('"');
            if (step.field() != null) {
                html.append(" data-field=\"").append(forHtmlAttribute(step.field())).append("\" data-access=\"")
                        .append(step.access()).append("\" data-value=\"").append(forHtmlAttribute(step.value()))
                        .append('"');
            }
            if (step.line() > 0) {
                html.append(" data-line=\"").append(step.line()).append('"');
            }
            html.append("><td class=\"n\"><span class=\"cursor\" aria-hidden=\"true\"></span>").append(i + 1)
                    .append("</td>");
            for (int lane = 0; lane < threads.size(); lane++) {
                html.append("<td class=\"lane\">");
                if (lane == step.thread()) {
                    html.append("<span style=\"padding-left:").append(step.depth()).append("em\">")
                            .append(switched ? "\u21c4 switch to another thread" : forHtml(step.text()))
                            .append("</span>");
                    if (step.mark() != null) {
                        html.append(" <strong class=\"warn\">\u26a0</strong>");
                    }
                }
                html.append("</td>");
            }
            html.append("<td class=\"value\">").append(step.field() == null ? ""
                    : forHtml(step.field() + ("read".equals(step.access()) ? " \u2192 read " : " \u2190 wrote ")
                            + step.value())).append("</td><td class=\"src\">");
            if (step.file() != null) {
                html.append("<code>").append(forHtml(step.file() + ":" + step.line())).append("</code>");
                if (step.source() != null) {
                    html.append(" <code class=\"line\">").append(forHtml(step.source())).append("</code>");
                }
            }
            html.append("</td></tr>\n");
            if (step.mark() != null) {
                html.append("<tr class=\"why\" data-why=\"").append(i).append("\"><td></td><td colspan=\"")
                        .append(threads.size() + 2).append("\">\u26a0 ").append(forHtml(step.mark()))
                        .append("</td></tr>\n");
            }
        }
        return html.append("</tbody></table></figure>\n").toString();
    }

    private static String describe(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((field, value) -> parts.add(field + " = " + value));
        return String.join(", ", parts);
    }

    /** A bar per outcome, its length on a log scale so a rare forbidden outcome still shows. */
    private static String bars(List<Picture.Outcome> outcomes, String checkId) {
        long total = outcomes.stream().mapToLong(Picture.Outcome::samples).sum();
        double top = Math.log10(1 + outcomes.stream().mapToLong(Picture.Outcome::samples).max().orElse(1));
        StringBuilder html = new StringBuilder("<figure class=\"outcomes\" data-check=\"")
                .append(forHtmlAttribute(checkId)).append("\"><figcaption>What the racing actors saw, over ")
                .append(String.format(Locale.ROOT, "%,d", total))
                .append(" runs (bar length on a log scale; \u2717 marks a forbidden outcome)</figcaption>\n")
                .append("<table class=\"bars\"><thead><tr><th>outcome</th><th>how often</th><th class=\"n\">runs</th>")
                .append("<th>meaning</th></tr></thead><tbody>\n");
        for (Picture.Outcome outcome : outcomes) {
            double share = top == 0 ? 0 : Math.log10(1 + outcome.samples()) / top;
            html.append("<tr class=\"outcome").append(outcome.forbidden() ? " forbidden" : "")
                    .append("\" data-result=\"").append(forHtmlAttribute(outcome.result())).append("\" data-samples=\"")
                    .append(outcome.samples()).append("\" data-expect=\"").append(forHtmlAttribute(outcome.expect()))
                    .append("\"><th><code>").append(forHtml(outcome.result())).append("</code></th><td class=\"track\">")
                    .append("<span class=\"bar\" style=\"width:").append(String.format(Locale.ROOT, "%.1f", 100 * share))
                    .append("%\" title=\"").append(String.format(Locale.ROOT, "%,d", outcome.samples()))
                    .append(" runs\"></span></td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d (%.2f%%)", outcome.samples(),
                            100.0 * outcome.samples() / Math.max(1, total)))
                    .append("</td><td>").append(outcome.forbidden() ? "<strong>\u2717 forbidden</strong>: "
                            : forHtml(outcome.expect()) + ": ").append(forHtml(outcome.description()))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table></figure>\n").toString();
    }

    /** Threads on the left, locks on the right; "holds" solid, "waits for" dashed; an ended owner crossed out. */
    private static String graph(LockGraph locks, String checkId) {
        List<String> threads = new ArrayList<>();
        List<String> lockNames = new ArrayList<>();
        for (LockGraph.Edge edge : locks.edges()) {
            if (!threads.contains(edge.thread())) {
                threads.add(edge.thread());
            }
            if (!lockNames.contains(edge.lock())) {
                lockNames.add(edge.lock());
            }
        }
        int rows = Math.max(threads.size(), lockNames.size());
        int box = Math.max(166, 8 * threads.stream().mapToInt(t -> t.length() + (locks.ended().contains(t) ? 8 : 0))
                .max().orElse(0) + 16);
        int width = box + 4 + LANE_GAP + 200;
        int height = rows * ROW + 40;
        StringBuilder svg = new StringBuilder("<figure class=\"locks\" data-check=\"").append(forHtmlAttribute(checkId))
                .append("\"><figcaption>Who holds and who waits for which lock (solid: holds; dashed: waits for")
                .append(locks.ended().isEmpty() ? "" : "; a crossed-out thread has ended without releasing its lock")
                .append(")</figcaption>\n<svg class=\"lockgraph\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\"/></marker></defs>\n");
        for (int t = 0; t < threads.size(); t++) {
            String name = threads.get(t);
            boolean ended = locks.ended().contains(name);
            int y = 20 + t * ROW;
            svg.append("<g class=\"thread").append(ended ? " ended" : "").append("\" data-thread=\"")
                    .append(forHtmlAttribute(name)).append("\"><rect x=\"2\" y=\"").append(y)
                    .append("\" width=\"").append(box).append("\" height=\"26\" rx=\"4\"/><text x=\"10\" y=\"").append(y + 17).append("\">")
                    .append(forHtml(name)).append(ended ? " (ended)" : "").append("</text>");
            if (ended) {
                svg.append("<line class=\"cross\" x1=\"2\" y1=\"").append(y + 13).append("\" x2=\"").append(box + 2)
                        .append("\" y2=\"")
                        .append(y + 13).append("\"/>");
            }
            svg.append("</g>\n");
        }
        int lockX = box + 4 + LANE_GAP;
        for (int l = 0; l < lockNames.size(); l++) {
            int y = 20 + l * ROW;
            svg.append("<g class=\"lock\"><rect x=\"").append(lockX).append("\" y=\"").append(y)
                    .append("\" width=\"196\" height=\"26\" rx=\"13\"/><text x=\"").append(lockX + 10).append("\" y=\"")
                    .append(y + 17).append("\">").append(forHtml(lockNames.get(l))).append("</text></g>\n");
        }
        for (LockGraph.Edge edge : locks.edges()) {
            int y1 = 33 + threads.indexOf(edge.thread()) * ROW;
            int y2 = 33 + lockNames.indexOf(edge.lock()) * ROW;
            boolean waits = edge.relation().equals(LockGraph.Edge.WAITS_FOR);
            int offset = waits ? 5 : -5;
            svg.append("<g class=\"edge\" data-from=\"").append(forHtmlAttribute(edge.thread())).append("\" data-to=\"")
                    .append(forHtmlAttribute(edge.lock())).append("\" data-relation=\"").append(edge.relation())
                    .append("\"><line class=\"").append(waits ? "waits" : "holds").append("\" x1=\"").append(box + 2)
                    .append("\" y1=\"")
                    .append(y1 + offset).append("\" x2=\"").append(lockX).append("\" y2=\"").append(y2 + offset)
                    .append("\" marker-end=\"url(#arrow)\"/><text x=\"").append(box + 10).append("\" y=\"")
                    .append(waits ? y1 + 19 : y1 - 9)
                    .append("\">").append(forHtml(edge.relation() + (edge.where() == null ? "" : " \u00b7 "
                            + edge.where()))).append("</text><title>").append(forHtml(edge.thread() + " "
                            + edge.relation() + " " + edge.lock() + (edge.where() == null ? "" : " at " + edge.where())))
                    .append("</title></g>\n");
        }
        svg.append("</svg>\n<ul class=\"edges\">\n");
        for (LockGraph.Edge edge : locks.edges()) {
            boolean ended = locks.ended().contains(edge.thread());
            svg.append("<li>").append(ended ? "<s>" : "").append(forHtml(edge.thread())).append(ended ? "</s> (ended)" : "").append(' ').append(edge.relation().equals(LockGraph.Edge.WAITS_FOR)
                    ? "<em>waits for</em>" : "<strong>holds</strong>").append(' ').append(forHtml(edge.lock()));
            if (edge.where() != null) {
                svg.append(" at <code>").append(forHtml(edge.where())).append("</code>");
            }
            svg.append("</li>\n");
        }
        return svg.append("</ul></figure>\n").toString();
    }
}
