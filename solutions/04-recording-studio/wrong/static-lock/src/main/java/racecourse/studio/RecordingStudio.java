package racecourse.studio;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: one light for every studio. The lock is a static field, so a session in one studio
 * makes every other studio busy: tryRecordNow() refuses a free studio, record() waits for another
 * studio's band. Each studio needs a lock of its own (an instance field).
 *
 * Reference solution (before the mistake): every session runs between a successful acquire and an
 * unlock() in {@code finally}, so a session that throws still turns the light
 * off, and its exception goes on to the caller untouched. The try-methods unlock
 * only what they acquired.
 */
public class RecordingStudio {
    private static final ReentrantLock light = new ReentrantLock();

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
        if (!light.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            session.run();
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
            session.run();
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
