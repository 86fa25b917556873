package racecourse.support;

import java.time.Duration;

/**
 * Checks that a read-only method sees another thread's update: visibility. A reader thread spins
 * on the method long enough for the JIT to compile its loop; then another thread updates. A read
 * with no happens-before edge to the write (the field read without the lock its writers hold) may
 * be done once, before the compiled loop, and the reader then spins forever: the check fails. A
 * read under the lock (or of a volatile field) sees the update in microseconds.
 *
 * <p>The loop itself is written in the test ({@code () -> { while (log.count() == 0) { } }}): the
 * JIT can only hoist a read it can inline, and a loop shared by several tests would call several
 * readers through one call site and inline none.
 */
public final class SpinningReader {
    /** Long enough for the JIT to compile a spinning loop, even on a loaded machine. */
    private static final Duration SPIN = Duration.ofSeconds(1);
    /** A read that is made afresh each time sees the update at once; this is generous. */
    private static final Duration SEE = Duration.ofSeconds(2);

    private SpinningReader() {
    }

    /**
     * Starts {@code spin} (a loop that ends once it reads the update) on its own thread, waits
     * until the JIT has compiled it, runs {@code update} on this thread, and fails if {@code spin}
     * is still going two seconds later. A reader that never stops is left spinning (a daemon): the
     * grader starts a fresh JVM for the checks after it.
     */
    public static void assertSeesUpdate(Runnable spin, Await.ThrowingRunnable update, String read, String write)
            throws Exception {
        Thread reader = new Thread(spin, "reader-spinning-on-" + read.replaceAll("\\W", ""));
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(SPIN.toMillis());
        update.run();
        reader.join(SEE.toMillis());
        if (reader.isAlive()) {
            throw new AssertionError("a thread calling " + read + " in a loop did not see another thread's " + write
                    + " within " + SEE.toSeconds() + " s: " + read + " reads without the lock the writers hold, so "
                    + "nothing makes their write visible to it (the JIT may read the field once, before the loop). "
                    + "Read it under the same lock.");
        }
    }
}
