package racecourse.studio;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the try-methods unlock in finally even when tryLock failed: unlocking a lock you do not hold throws IllegalMonitorStateException instead of returning false.
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
            session.run();
        } finally {
            light.unlock();
        }
    }

    /** Runs the session if the studio frees up within {@code timeout}; otherwise returns false. */
    public boolean tryRecord(Runnable session, Duration timeout) throws InterruptedException {
        boolean acquired = light.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            if (acquired) {
                session.run();
            }
            return acquired;
        } finally {
            light.unlock();
        }
    }

    /** Runs the session only if the studio is free right now; otherwise returns false at once. */
    public boolean tryRecordNow(Runnable session) {
        boolean acquired = light.tryLock();
        try {
            if (acquired) {
                session.run();
            }
            return acquired;
        } finally {
            light.unlock();
        }
    }

    /** Whether a session is running. */
    public boolean isBusy() {
        return light.isLocked();
    }
}
