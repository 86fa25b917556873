package racecourse.shm;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One process of the course's multi-process tests (shipped, not student-edited).
 *
 * <pre>
 *   Worker FILE value MILLIS THREADS   add 1 to the value, on THREADS threads, for MILLIS ms
 *   Worker FILE array MILLIS THREADS   add 1.0 to the array, likewise
 *   Worker FILE read MILLIS            read the array for MILLIS ms; every read must be consistent
 *   Worker FILE seed-value COUNT       add 1 to the value COUNT times (the seed's run)
 *   Worker FILE seed-array COUNT       add 1.0 to the array COUNT times
 *   Worker DIR create COUNT            after "go", create DIR/file-0 .. file-(COUNT-1) in order, adding 1 to each
 *                                      (first, before "ready", it warms up on a file of its own)
 *                                      (run by several processes at once: hundreds of creation races)
 * </pre>
 *
 * Protocol: prints {@code ready} once it is set up, waits for a line {@code go} on
 * stdin (so that every process starts at the same moment), works, prints
 * {@code did N} (operations done) and exits 0. A torn read prints
 * {@code torn [a, b, c]} and exits 3; an error prints {@code error ...} and exits 2.
 */
public final class Worker {
    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String mode = args[1];
        long amount = Long.parseLong(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        try {
            SharedMemory shared = mode.equals("create") ? warmUp(file) : SharedMemory.open(file);
            System.out.println("ready");
            System.out.flush();
            String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"go".equals(go)) {
                return;
            }
            long done = switch (mode) {
                case "value" -> forMillis(amount, threads, () -> shared.addToValue(1));
                case "array" -> forMillis(amount, threads, () -> shared.addToArray(1.0));
                case "read" -> forMillis(amount, 1, () -> checkConsistent(shared.array()));
                case "seed-value" -> times(amount, () -> shared.addToValue(1));
                case "seed-array" -> times(amount, () -> shared.addToArray(1.0));
                case "create" -> create(file, amount);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
            System.out.println("did " + done);
        } catch (TornRead torn) {
            System.out.println("torn " + torn.getMessage());
            System.exit(3);
        } catch (Exception | Error e) {
            System.out.println("error " + e);
            System.exit(2);
        }
    }

    /**
     * Creates and opens a file of this process's own before "ready", so that the class loading and
     * first mapping a cold JVM pays come before "go": the processes then reach each new file together,
     * instead of the first one racing through the files while the others are still loading classes.
     */
    private static SharedMemory warmUp(Path dir) throws Exception {
        try (SharedMemory own = SharedMemory.open(dir.resolve("warm-up-" + ProcessHandle.current().pid()))) {
            own.addToValue(1);
        }
        return null;
    }

    private static long create(Path dir, long files) throws Exception {
        for (long i = 0; i < files; i++) {
            try (SharedMemory shared = SharedMemory.open(dir.resolve("file-" + i))) {
                shared.addToValue(1);
            }
        }
        return files;
    }

    private static void checkConsistent(double[] array) {
        if (array[1] - array[0] != 100.0 || array[2] - array[0] != 200.0) {
            throw new TornRead(Arrays.toString(array));
        }
    }

    private static long times(long count, Step step) throws Exception {
        for (long i = 0; i < count; i++) {
            step.run();
        }
        return count;
    }

    private static long forMillis(long millis, int threads, Step step) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        AtomicLong done = new AtomicLong();
        List<Thread> running = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        step.run();
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            if (first instanceof TornRead torn) {
                throw torn;
            }
            throw new IllegalStateException(first.toString(), first);
        }
        return done.get();
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static final class TornRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TornRead(String array) {
            super(array, null, false, false);
        }
    }
}
