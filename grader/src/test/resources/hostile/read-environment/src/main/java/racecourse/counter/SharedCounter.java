package racecourse.counter;

/**
 * Hostile: reads a secret from the environment and hands it back in an exception. The sandbox
 * empties the environment but for PATH, LANG and HOME.
 * Otherwise a correct counter: only the check that calls add(41) (countsOnOneThread) loses points.
 */
public class SharedCounter {
    private long count;

    public synchronized void increment() {
        count++;
    }

    public synchronized void add(long delta) {
        if (delta == 41) {
            attack();
        }
        count += delta;
    }

    public synchronized long get() {
        return count;
    }

    private static void attack() {
        String secret = System.getenv("RACECOURSE_PLANTED_SECRET");
        throw new IllegalStateException(secret == null ? "RACECOURSE_PLANTED_SECRET is not set"
                : "stole RACECOURSE_PLANTED_SECRET: " + secret);
    }
}
