package racecourse.studio;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A correct fix with a binary Semaphore: one permit is the studio. Every session
 * runs between a successful acquire and a release in finally; the try-methods
 * release only a permit they got. The light is on while the permit is out.
 */
public class RecordingStudio {
    private final Semaphore studio = new Semaphore(1);

    public RecordingStudio() {
    }

    public void record(Runnable session) {
        studio.acquireUninterruptibly();
        try {
            session.run();
        } finally {
            studio.release();
        }
    }

    public boolean tryRecord(Runnable session, Duration timeout) throws InterruptedException {
        if (!studio.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            session.run();
            return true;
        } finally {
            studio.release();
        }
    }

    public boolean tryRecordNow(Runnable session) {
        if (!studio.tryAcquire()) {
            return false;
        }
        try {
            session.run();
            return true;
        } finally {
            studio.release();
        }
    }

    public boolean isBusy() {
        return studio.availablePermits() == 0;
    }
}
