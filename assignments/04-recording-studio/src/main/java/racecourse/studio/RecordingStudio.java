package racecourse.studio;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A recording studio: one band records at a time, and the light over the door
 * says whether the studio is taken.
 *
 * <p>Broken on purpose: a session that throws never reaches {@code unlock()}, so
 * the light stays on forever and every later band waits for nothing.
 * {@code tryRecord} ignores its timeout and {@code tryRecordNow} waits anyway.
 */
public class RecordingStudio {
    private final ReentrantLock light = new ReentrantLock();

    public RecordingStudio() {
    }

    /** Waits for the studio, then runs the session. */
    public void record(Runnable session) {
        light.lock();
        session.run();
        light.unlock();
    }

    /** Runs the session if the studio frees up within {@code timeout}; otherwise returns false. */
    public boolean tryRecord(Runnable session, Duration timeout) throws InterruptedException {
        light.lock();
        session.run();
        light.unlock();
        return true;
    }

    /** Runs the session only if the studio is free right now; otherwise returns false at once. */
    public boolean tryRecordNow(Runnable session) {
        light.lock();
        session.run();
        light.unlock();
        return true;
    }

    /** Whether a session is running. */
    public boolean isBusy() {
        return light.isLocked();
    }
}
