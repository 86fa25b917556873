package racecourse.studio;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the session's exception is caught and dropped, so the studio is freed but the band never learns its take failed.
 *
 * Reference solution (before the mistake): every session runs between a successful acquire and an
 * unlock() in {@code finally}, so a session that throws still turns the light
 * off, and its exception goes on to the caller untouched. The try-methods unlock
 * only what they acquired.
 */
public class RecordingStudio {
    private final ReentrantLock light = new ReentrantLock();

    public RecordingStudio() {
    }

    /** Waits for the studio, then runs the session. */
    public void record(Runnable session) {
        light.lock();
        try {
            try {
                session.run();
            } catch (RuntimeException ignored) {
                // keep the studio running
            }
        } finally {
            light.unlock();
        }
    }

    /** Runs the session if the studio frees up within {@code timeout}; otherwise returns false. */
    public boolean tryRecord(Runnable session, Duration timeout) throws InterruptedException {
        if (!light.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            try {
                session.run();
            } catch (RuntimeException ignored) {
                // keep the studio running
            }
            return true;
        } finally {
            light.unlock();
        }
    }

    /** Runs the session only if the studio is free right now; otherwise returns false at once. */
    public boolean tryRecordNow(Runnable session) {
        if (!light.tryLock()) {
            return false;
        }
        try {
            try {
                session.run();
            } catch (RuntimeException ignored) {
                // keep the studio running
            }
            return true;
        } finally {
            light.unlock();
        }
    }

    /** Whether a session is running. */
    public boolean isBusy() {
        return light.isLocked();
    }
}
