package racecourse.support;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A thread interrupted while it waits for a lock another thread holds must end with
 * {@link InterruptedException} (at once, or once it gets the lock), and release nothing on the way
 * out. The classic slip is the acquisition inside the {@code try} whose {@code finally} unlocks:
 * {@code try { lock.lockInterruptibly(); ... } finally { lock.unlock(); }}. Interrupted while it
 * waits, the thread never held the lock, so its {@code unlock()} throws
 * {@link IllegalMonitorStateException}, and that replaces the InterruptedException its caller
 * was promised (with a {@code Semaphore}, the release hands out a permit nobody returned).
 */
public final class InterruptedWaiter {
    /** Long enough for the holder to be inside its operation, and for the waiter to start waiting. */
    private static final Duration SETTLE = Duration.ofMillis(100);

    private InterruptedWaiter() {
    }

    /**
     * Starts {@code holder} (an operation that holds the lock for a few hundred ms), then {@code waiter}
     * (one that needs the same lock), interrupts the waiter while it waits, and fails unless it ends
     * with InterruptedException or completes. Returns once the holder is done too.
     * {@code scene} names the waiter's operation in the failure: "a transfer from account 0".
     */
    public static void assertEndsWithInterruptedException(Await.ThrowingRunnable holder, Await.ThrowingRunnable waiter,
                                                          String scene, Duration deadline) throws Exception {
        Thread busy = new Thread(() -> {
            try {
                holder.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "lock-holder");
        busy.setDaemon(true);
        busy.start();
        Thread.sleep(SETTLE.toMillis());
        FutureTask<Void> waiting = new FutureTask<>(() -> {
            waiter.run();
            return null;
        });
        Thread interrupted = new Thread(waiting, "interrupted-waiter");
        interrupted.setDaemon(true);
        interrupted.start();
        Thread.sleep(SETTLE.toMillis() / 2);
        interrupted.interrupt();
        Throwable ended = Await.within(deadline, scene + ", interrupted while it waited", () -> {
            try {
                waiting.get();
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            }
        });
        if (ended != null && !(ended instanceof InterruptedException)) {
            throw new AssertionError(scene + ", interrupted while it waited for the lock another thread held, ended "
                    + "with " + ended + " instead of InterruptedException: it released a lock it never got (an "
                    + "acquisition inside the try whose finally releases it). Take the lock before the try", ended);
        }
        busy.join(deadline.toMillis());
    }
}
