package racecourse.studio;

import java.time.Duration;

/**
 * Wrong fix: no lock at all, only a busy flag checked then set: two bands can both see the studio free and walk in together.
 *
 * Reference solution (before the mistake): every session runs between a successful acquire and an
 * unlock() in {@code finally}, so a session that throws still turns the light
 * off, and its exception goes on to the caller untouched. The try-methods unlock
 * only what they acquired.
 */
public class RecordingStudio {
    private volatile boolean busy;

    public RecordingStudio() {
    }

    /** Waits for the studio, then runs the session. */
    public void record(Runnable session) {
        while (busy) {
            Thread.onSpinWait();
        }
        busy = true;
        try {
            session.run();
        } finally {
            busy = false;
        }
    }

    /** Runs the session if the studio frees up within {@code timeout}; otherwise returns false. */
    public boolean tryRecord(Runnable session, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (busy) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.onSpinWait();
        }
        record(session);
        return true;
    }

    /** Runs the session only if the studio is free right now; otherwise returns false at once. */
    public boolean tryRecordNow(Runnable session) {
        if (busy) {
            return false;
        }
        record(session);
        return true;
    }

    /** Whether a session is running. */
    public boolean isBusy() {
        return busy;
    }
}
