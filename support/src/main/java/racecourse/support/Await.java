package racecourse.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls student code that might never return (a lock never released, a
 * deadlock, a lost wake-up) on its own thread, so the test can give up at a
 * deadline and say what the call is stuck on instead of hanging.
 */
public final class Await {
    private Await() {
    }

    /** Returns what {@code call} returns, or fails if it takes longer than {@code deadline}. */
    public static <T> T within(Duration deadline, String what, Callable<T> call) throws Exception {
        FutureTask<T> task = new FutureTask<>(call);
        Thread thread = new Thread(task, "caller");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw ThreadReport.of(java.util.List.of(thread)).failure(what + " did not return within "
                    + Race.seconds(deadline));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** As {@link #within(Duration, String, Callable)} for a call that returns nothing. */
    public static void within(Duration deadline, String what, ThrowingRunnable call) throws Exception {
        within(deadline, what, () -> {
            call.run();
            return null;
        });
    }

    /** A {@link Runnable} that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
