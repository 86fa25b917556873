package racecourse.grader.roster;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a class run shows while it grades: on a terminal, a progress bar redrawn in place under the
 * finished students' lines; elsewhere (a log, CI), plain lines only. Called from several workers.
 */
public final class Progress {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final Set<String> running = new TreeSet<>();
    private int done;

    public Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    public synchronized void started(String student) {
        running.add(student);
        redraw();
    }

    /** One student finished: their line, e.g. "alice: 26/30 points". */
    public synchronized void finished(String student, String line) {
        running.remove(student);
        done++;
        if (terminal) {
            out.print("\r\033[K");
        }
        out.printf(Locale.ROOT, "[%d/%d] %s%n", done, total, line);
        redraw();
    }

    /** Ends the bar's line. */
    public synchronized void close() {
        if (terminal) {
            out.println();
        }
        out.flush();
    }

    private void redraw() {
        if (terminal) {
            out.print("\r\033[K" + bar(done, total, BAR_WIDTH) + (running.isEmpty() ? ""
                    : " grading: " + String.join(", ", running)));
            out.flush();
        }
    }

    /** {@code [=========>          ] 7/20}. */
    static String bar(int done, int total, int width) {
        int filled = total == 0 ? width : done * width / total;
        String head = filled < width ? ">" : "";
        return "[" + "=".repeat(filled) + head + " ".repeat(Math.max(0, width - filled - head.length())) + "] "
                + done + "/" + total;
    }
}
