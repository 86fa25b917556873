package racecourse.studio;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Replays the studio-light scene: a band that hogs the studio for a second, a
 * band that waits at most two seconds, a band that gives up at once, and a band
 * whose session throws. Prints expected against observed for each.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class StudioDemo {
    private StudioDemo() {
    }

    public static void main(String[] args) throws Exception {
        RecordingStudio studio = new RecordingStudio();
        // One thread per band: a reused thread would still own a leaked (reentrant) lock.
        ExecutorService bands = new ThreadPerBand();
        Future<?> hogger = bands.submit(() -> studio.record(() -> sleep(1000)));
        sleep(100);
        // Both bands arrive while the hogger records: the report of the first waits for its answer.
        Future<Boolean> patient = bands.submit(() -> studio.tryRecord(() -> { }, Duration.ofSeconds(2)));
        Future<Boolean> impatient = bands.submit(() -> studio.tryRecordNow(() -> { }));
        report("a patient band: tryRecord(2 s) while the hogger records 1 s", "true", patient);
        report("an impatient band: tryRecordNow() while the studio is taken", "false", impatient);
        hogger.get();
        report("a band whose session throws: record() reports the failure", "IllegalStateException",
                bands.submit(() -> {
                    try {
                        studio.record(() -> {
                            throw new IllegalStateException("the amplifier caught fire");
                        });
                        return "no exception";
                    } catch (IllegalStateException e) {
                        return "IllegalStateException";
                    }
                }));
        report("the next band: record() after the failure", "recorded",
                bands.submit(() -> {
                    studio.record(() -> { });
                    return "recorded";
                }));
        System.out.println("studio busy at the end: expected false, observed " + studio.isBusy());
    }

    private static void report(String scene, String expected, Future<?> outcome) throws Exception {
        String observed;
        try {
            observed = String.valueOf(outcome.get(3, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            observed = "still waiting after 3 s";
        }
        System.out.printf("%-62s expected %-22s observed %s%n", scene, expected, observed);
    }

    private static final class ThreadPerBand extends java.util.concurrent.AbstractExecutorService {
        @Override
        public void execute(Runnable band) {
            Thread thread = new Thread(band);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
