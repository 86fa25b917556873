package racecourse.shm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import racecourse.support.Points;
import racecourse.support.Race;

/**
 * Tests for {@link SharedMemory}.
 *
 * <p>Here the racers are separate JVM processes (the shipped {@link Worker}),
 * each with several threads, all released at the same moment. A lock inside one
 * JVM means nothing to another process, and a file lock means nothing to the
 * threads of one JVM (the JVM holds it for all of them): a fix needs both. A
 * reader process checks every array it sees: the elements always differ by
 * exactly 100 and 200, unless it caught an update half done.
 */
class SharedMemoryTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    @Points(1)
    @DisplayName("a new file starts at 0 and [0.0, 100.0, 200.0], keeps what is added, and is not reset on reopening")
    void basics() throws Exception {
        Path file = dir.resolve("memory");
        try (SharedMemory shared = SharedMemory.open(file)) {
            assertEquals(0, shared.value());
            assertArrayEquals(new double[] {0.0, 100.0, 200.0}, shared.array());
            assertEquals(5, shared.addToValue(5));
            shared.addToArray(1.5);
            double[] copy = shared.array();
            copy[0] = 99;
            assertArrayEquals(new double[] {1.5, 101.5, 201.5}, shared.array(), "array() returns a copy");
        }
        try (SharedMemory again = SharedMemory.open(file)) {
            assertEquals(5, again.value(), "reopening an existing file must not initialise it again");
            assertArrayEquals(new double[] {1.5, 101.5, 201.5}, again.array());
        }
    }

    @Test
    @Points(2)
    @DisplayName("threads of one JVM, on one or two instances of the same file, keep every addition")
    void threadsOfOneJvm() throws Exception {
        Path file = dir.resolve("memory");
        try (SharedMemory first = SharedMemory.open(file); SharedMemory second = SharedMemory.open(file)) {
            long[] adds = Race.repeatFor(4, Duration.ofMillis(300), DEADLINE,
                    worker -> (worker % 2 == 0 ? first : second).addToValue(1));
            assertEquals(Race.total(adds), first.value(), "4 threads of one JVM adding 1: additions were lost. (A "
                    + "FileLock alone does not exclude threads of one JVM: the second thread asking for it gets "
                    + "OverlappingFileLockException)");
        }
    }

    @Test
    @Points(1)
    @DisplayName("threads of one JVM reading value() and array() while others add: no collision, no half-updated array")
    void threadsReadingWhileOthersAdd() throws Exception {
        Path file = dir.resolve("memory");
        AtomicReference<String> wrong = new AtomicReference<>();
        try (SharedMemory first = SharedMemory.open(file); SharedMemory second = SharedMemory.open(file)) {
            Race.repeatFor(4, Duration.ofMillis(300), DEADLINE, worker -> {
                try {
                    switch (worker) {
                        case 0 -> first.addToValue(1);
                        case 1 -> second.addToArray(1.0);
                        case 2 -> second.value();
                        default -> {
                            double[] seen = first.array();
                            if (seen[1] - seen[0] != 100.0 || seen[2] - seen[0] != 200.0) {
                                wrong.compareAndSet(null, "array() returned " + Arrays.toString(seen)
                                        + ", half of an addition");
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    wrong.compareAndSet(null, (worker < 2 ? "an addition" : "a read") + " threw " + e);
                }
            });
        }
        if (wrong.get() != null) {
            throw new AssertionError("threads of one JVM, two adding and two reading: " + wrong.get() + ". A read "
                    + "needs the same two locks as an addition: the file lock keeps other processes out, and this "
                    + "JVM's own lock keeps its other threads out (asking for a file lock this JVM already holds "
                    + "throws OverlappingFileLockException)");
        }
    }

    @Test
    @Points(2)
    @DisplayName("threads of one JVM opening the same new files at the same moment each get them, initialised once")
    void threadsOpeningAtOnce() throws Exception {
        int files = 300;
        int threads = 4;
        Race.runNamed("opener", threads, DEADLINE, worker -> {
            for (int i = 0; i < files; i++) {
                try (SharedMemory shared = SharedMemory.open(dir.resolve("file-" + i))) {
                    shared.addToValue(1);
                }
            }
        });
        assertEveryFileHolds(files, threads, threads + " threads");
    }

    @Test
    @Points(1)
    @DisplayName("two processes adding 100 times to the value end at 200; two adding to the array end at [200.0, 300.0, 400.0]")
    void seedRun() throws Exception {
        Path file = dir.resolve("memory");
        try (WorkerProcesses workers = new WorkerProcesses()) {
            workers.start(file, "seed-value", "100");
            workers.start(file, "seed-value", "100");
            workers.start(file, "seed-array", "100");
            workers.start(file, "seed-array", "100");
            workers.releaseAll();
            workers.awaitAll(DEADLINE.toSeconds());
        }
        try (SharedMemory shared = SharedMemory.open(file)) {
            assertEquals(200, shared.value(), "value after 2 processes x 100 additions");
            assertArrayEquals(new double[] {200.0, 300.0, 400.0}, shared.array(), "array after 2 processes x 100");
        }
    }

    @Test
    @Points(3)
    @DisplayName("three processes with two threads each keep every addition to the value")
    void processesKeepEveryAddition() throws Exception {
        Path file = dir.resolve("memory");
        SharedMemory.open(file).close();
        long[] done;
        try (WorkerProcesses workers = new WorkerProcesses()) {
            for (int p = 0; p < 3; p++) {
                workers.start(file, "value", "300", "2");
            }
            workers.releaseAll();
            done = workers.awaitAll(DEADLINE.toSeconds());
        }
        try (SharedMemory shared = SharedMemory.open(file)) {
            long expected = Race.total(done);
            assertEquals(expected, shared.value(), "3 processes x 2 threads added 1 " + expected + " times together; "
                    + (expected - shared.value()) + " additions were lost. Processes do not share a JVM: a lock "
                    + "object in one means nothing in another. Only a lock on the file (FileLock) excludes processes");
        }
    }

    @Test
    @Points(3)
    @DisplayName("a reader process never sees a half-updated array while two processes add to it")
    void arrayIsUpdatedAllAtOnce() throws Exception {
        Path file = dir.resolve("memory");
        SharedMemory.open(file).close();
        long[] done;
        try (WorkerProcesses workers = new WorkerProcesses()) {
            workers.start(file, "array", "300", "2");
            workers.start(file, "array", "300", "2");
            workers.start(file, "read", "300");
            workers.releaseAll();
            done = workers.awaitAll(DEADLINE.toSeconds());
        }
        try (SharedMemory shared = SharedMemory.open(file)) {
            double adds = done[0] + done[1];
            assertArrayEquals(new double[] {adds, 100 + adds, 200 + adds}, shared.array(), "after " + (long) adds
                    + " additions of 1.0 to the whole array, by 2 processes x 2 threads");
        }
    }

    @Test
    @Points(2)
    @DisplayName("processes creating a file at the same moment initialise it exactly once")
    void creationIsInitialisedOnce() throws Exception {
        int files = 2000;
        int processes = 4;
        try (WorkerProcesses workers = new WorkerProcesses()) {
            for (int p = 0; p < processes; p++) {
                workers.start(dir, "create", String.valueOf(files));
            }
            workers.releaseAll();
            workers.awaitAll(DEADLINE.toSeconds());
        }
        assertEveryFileHolds(files, processes, processes + " processes");
    }

    /** Each of {@code files} files was opened new by {@code openers} at once, each adding 1: all must hold that. */
    private void assertEveryFileHolds(int files, int openers, String who) throws Exception {
        int wiped = 0;
        String example = null;
        for (int i = 0; i < files; i++) {
            try (SharedMemory shared = SharedMemory.open(dir.resolve("file-" + i))) {
                if (shared.value() != openers) {
                    wiped++;
                    example = example == null ? "file-" + i + " holds " + shared.value() : example;
                }
            }
        }
        assertEquals(0, wiped, who + " each created the same " + files + " new files in turn and added 1 to each; "
                + wiped + " files do not hold " + openers + " (e.g. " + example + "): an opener that initialises a "
                + "file after another has begun adding wipes those additions. Check \"is it new?\" and initialise "
                + "while holding both locks: the file lock (other processes) and one of this JVM (its other threads)");
    }
}
