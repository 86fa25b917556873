package racecourse.support;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks that a read-only method sees another thread's update: visibility. A reader thread spins
 * on the method while the JIT compiles its loop; then another thread updates. A read with no
 * happens-before edge to the write (a field read without the lock its writers hold) may be done
 * once, before the compiled loop, and the reader then spins forever: the check fails. A read
 * under the lock (or of a volatile field) sees the update at once.
 *
 * <p>The scene is played several times, each on a fresh object but with the same loop: the JIT
 * may need more than one round to compile it on a loaded machine, and once compiled, the loop
 * stays compiled for the rounds after. The loop is written in the test
 * ({@code log -> { while (log.count() == 0) { } }}): the JIT can only hoist a read it can inline,
 * and one loop shared by several tests would call several readers through one call site.
 */
public final class SpinningReader {
    /** Spinning before the first update: the JIT compiles a hot loop in far less, unless starved. */
    private static final Duration FIRST_SPIN = Duration.ofMillis(1000);
    /** Spinning before each later update; the loop is usually compiled by then. */
    private static final Duration NEXT_SPIN = Duration.ofMillis(250);
    private static final int ROUNDS = 5;
    /** A read that is made afresh each time sees the update at once; this is generous. */
    private static final Duration SEE = Duration.ofSeconds(2);

    private SpinningReader() {
    }

    /** An update of the subject, on the test's thread. */
    @FunctionalInterface
    public interface Update<T> {
        void apply(T subject) throws Exception;
    }

    /**
     * Plays the scene {@value #ROUNDS} times on a {@code fresh} subject: {@code spin} (a loop that
     * ends once it reads the update) on its own thread, then {@code update} on this one; fails if
     * {@code spin} is still going two seconds later. A reader that never stops is left spinning
     * (a daemon): the grader starts a fresh JVM for the checks after it.
     */
    public static <T> void assertSeesUpdate(Supplier<T> fresh, Consumer<T> spin, Update<T> update, String read,
            String write) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            T subject = fresh.get();
            Thread reader = new Thread(() -> spin.accept(subject), "reader-spinning-on-" + read.replaceAll("\\W", ""));
            reader.setDaemon(true);
            reader.start();
            Thread.sleep((round == 0 ? FIRST_SPIN : NEXT_SPIN).toMillis());
            update.apply(subject);
            reader.join(SEE.toMillis());
            if (reader.isAlive()) {
                throw new AssertionError("a thread calling " + read + " in a loop did not see another thread's "
                        + write + " within " + SEE.toSeconds() + " s: " + read + " reads without the lock the writers "
                        + "hold, so nothing makes their write visible to it (the JIT may read the field once, before "
                        + "the loop). Read it under the same lock.");
            }
        }
    }
}
