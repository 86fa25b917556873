package racecourse.grader.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child's stdout and stderr, keeping at most {@code cap} bytes. Past the
 * cap it keeps draining (so the child never blocks on a full pipe) but records the
 * overflow, and the runner stops the child: a flood of output is a limit hit.
 */
final class OutputCapture extends Thread {
    private static final int TAIL_CHARS = 2000;
    private final InputStream in;
    private final long cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile long total;

    OutputCapture(InputStream in, long cap) {
        super("racecourse-output");
        this.in = in;
        this.cap = cap;
        setDaemon(true);
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (kept) {
                    int room = (int) Math.max(0, Math.min(n, cap - kept.size()));
                    kept.write(buffer, 0, room);
                }
                total += n;
            }
        } catch (IOException closed) {
            // the child is gone
        }
    }

    boolean overflowed() {
        return total > cap;
    }

    long total() {
        return total;
    }

    String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    /** The last {@value #TAIL_CHARS} characters of {@code text}, trimmed: where a crash explains itself. */
    static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= TAIL_CHARS ? trimmed : "...\n" + trimmed.substring(trimmed.length() - TAIL_CHARS);
    }
}
