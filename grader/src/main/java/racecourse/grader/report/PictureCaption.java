package racecourse.grader.report;

import java.util.List;
import java.util.Locale;
import racecourse.grader.check.Picture;
import racecourse.support.Interleaving;

/**
 * A picture told in one line, for the reports that cannot draw (the console, summary.md): where the
 * interleaving goes wrong, which forbidden outcomes were seen. (A lock graph needs no line: the thread
 * report's headline tells the same facts.)
 */
final class PictureCaption {
    private PictureCaption() {
    }

    /** The line, or null when the picture shows nothing wrong. */
    static String of(Picture picture) {
        if (picture == null) {
            return null;
        }
        if (picture.interleaving() != null) {
            List<Interleaving.Step> steps = picture.interleaving().steps();
            for (int i = 0; i < steps.size(); i++) {
                Interleaving.Step step = steps.get(i);
                if (step.mark() != null) {
                    return "step " + (i + 1) + " (" + picture.interleaving().threads().get(step.thread()) + ", "
                            + step.text() + (step.file() == null ? "" : " at " + step.file() + ":" + step.line())
                            + "): " + step.mark();
                }
            }
            return null;
        }
        if (picture.outcomes() != null) {
            long total = picture.outcomes().stream().mapToLong(Picture.Outcome::samples).sum();
            List<String> seen = picture.outcomes().stream().filter(Picture.Outcome::forbidden)
                    .map(o -> String.format(Locale.ROOT, "[%s] %,d of %,d runs", o.result(), o.samples(), total))
                    .toList();
            return seen.isEmpty() ? null : "forbidden outcomes seen: " + String.join(", ", seen);
        }
        // The lock graph's facts are the thread report's headline already, in words.
        return null;
    }
}
