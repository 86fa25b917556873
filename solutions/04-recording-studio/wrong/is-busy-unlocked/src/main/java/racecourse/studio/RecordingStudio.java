package racecourse.studio;

import java.time.Duration;

/**
 * Wrong fix: isBusy() reads the busy flag without the monitor that guards it. Nothing makes
 * another thread's write visible to it: a thread polling isBusy() in a loop may read the flag
 * once, before the loop (the JIT may hoist the read), and wait for a session's end forever.
 *
 * Correct fix (before the mistake) built by hand from a monitor: a busy flag, guarded by the
 * studio's intrinsic lock, is the light. A caller waits (in a loop, against a
 * deadline for tryRecord) until the flag is off, turns it on, runs the session
 * outside the monitor, and turns it off in finally, waking the next caller.
 */
public class RecordingStudio {
    private boolean busy;

    public RecordingStudio() {
    }

    public void record(Runnable session) {
        synchronized (this) {
            boolean interrupted = false;
            while (busy) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            busy = true;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        runAndFree(session);
    }

    public boolean tryRecord(Runnable session, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (busy) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            busy = true;
        }
        runAndFree(session);
        return true;
    }

    public boolean tryRecordNow(Runnable session) {
        synchronized (this) {
            if (busy) {
                return false;
            }
            busy = true;
        }
        runAndFree(session);
        return true;
    }

    public boolean isBusy() {
        return busy;
    }

    private void runAndFree(Runnable session) {
        try {
            session.run();
        } finally {
            synchronized (this) {
                busy = false;
                notifyAll();
            }
        }
    }
}
