package racecourse.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Races threads against each other, the way the course's stress tests need it.
 *
 * <p>All workers wait behind one barrier and start together: starting a thread
 * costs far more than one {@code count++}, so without the barrier the first
 * worker may finish before the last one starts and no race is ever seen.
 *
 * <p>Every worker's failure is collected (never lost in a worker thread, as a
 * bare {@code fail()} in a thread would be). A worker still running at the
 * deadline fails the race with a report of what it is stuck on: the lock, its
 * owner, and any deadlock cycle.
 */
public final class Race {
    private Race() {
    }

    /** Runs {@code threads} workers together and waits for all of them, at most {@code deadline}. */
    public static void run(int threads, Duration deadline, WorkerBody body) {
        runNamed("worker", threads, deadline, body);
    }

    /** As {@link #run}, with thread names {@code prefix-0, prefix-1, ...} that appear in diagnoses. */
    public static void runNamed(String prefix, int threads, Duration deadline, WorkerBody body) {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        List<FutureTask<Void>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            FutureTask<Void> task = new FutureTask<>(() -> {
                start.await();
                body.run(index);
                return null;
            });
            Thread worker = new Thread(task, prefix + "-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            results.add(task);
        }
        workers.forEach(Thread::start);
        awaitAll(workers, results, deadline);
    }

    /**
     * Runs {@code step} over and over on {@code threads} threads, all together, for {@code duration};
     * returns how many steps each thread completed. Unlike a fixed number of steps, this guarantees
     * the threads overlap: a JIT-compiled loop of 100000 increments can finish before the next
     * thread is even scheduled, and then nothing races.
     */
    public static long[] repeatFor(int threads, Duration duration, Duration deadline, WorkerBody step) {
        long[] steps = new long[threads];
        Stopwatch clock = new Stopwatch(duration);
        runNamed("worker", threads, deadline, worker -> {
            clock.startOnce();
            long done = 0;
            while (clock.running()) {
                step.run(worker);
                done++;
            }
            steps[worker] = done;
        });
        return steps;
    }

    /**
     * Runs {@code step} in rounds on {@code threads} threads (named {@code threadPrefix-0, -1, ...})
     * for {@code duration}: in every round all threads meet at a spinning barrier and call {@code step}
     * at the same instant; returns the number of rounds. Where a bug needs two calls to begin within nanoseconds of each other (two transfers
     * each taking their first lock before either takes its second), free-running threads line up only
     * by luck, and a parked thread's wake-up alone takes microseconds; lockstep makes it happen every
     * few rounds, and there are thousands of rounds.
     */
    public static long lockstep(String threadPrefix, int threads, Duration duration, Duration deadline,
                                WorkerBody step) {
        SpinBarrier barrier = new SpinBarrier(threads, duration);
        long[] rounds = new long[1];
        runNamed(threadPrefix, threads, deadline, worker -> {
            long done = 0;
            while (barrier.await()) {
                step.run(worker);
                done++;
            }
            if (worker == 0) {
                rounds[0] = done;
            }
        });
        return rounds[0];
    }

    /**
     * A reusable barrier whose waiters spin instead of parking, so all of them leave within
     * nanoseconds of the last arrival. The last arrival of a round also decides, for everyone,
     * whether another round starts, so no thread waits for a round the others skip.
     */
    private static final class SpinBarrier {
        private static final int SPINS_BEFORE_YIELD = 1 << 12;
        private final int parties;
        private final long nanos;
        private final AtomicInteger arrived = new AtomicInteger();
        private volatile long generation;
        private volatile boolean finished;
        private long end;

        SpinBarrier(int parties, Duration duration) {
            this.parties = parties;
            this.nanos = duration.toNanos();
        }

        /** Waits for every party; returns whether another round starts. */
        boolean await() {
            long round = generation;
            if (arrived.incrementAndGet() == parties) {
                if (end == 0) {
                    end = System.nanoTime() + nanos;
                }
                finished = System.nanoTime() - end >= 0;
                arrived.set(0);
                generation = round + 1;
            } else {
                // Spin, yielding now and then so that more threads than cores still make progress.
                for (int spins = 1; generation == round; spins++) {
                    if (spins % SPINS_BEFORE_YIELD == 0) {
                        Thread.yield();
                    } else {
                        Thread.onSpinWait();
                    }
                }
            }
            return !finished;
        }
    }

    /** Total of {@link #repeatFor}'s counts. */
    public static long total(long[] steps) {
        long sum = 0;
        for (long s : steps) {
            sum += s;
        }
        return sum;
    }

    /** A shared "time is up" flag; read through a volatile so the JIT cannot hoist the race out of the loop. */
    private static final class Stopwatch {
        private final long nanos;
        private volatile long end;
        private volatile boolean stopped;

        Stopwatch(Duration duration) {
            this.nanos = duration.toNanos();
        }

        synchronized void startOnce() {
            if (end == 0) {
                end = System.nanoTime() + nanos;
            }
        }

        boolean running() {
            if (stopped) {
                return false;
            }
            if (System.nanoTime() - end >= 0) {
                stopped = true;
                return false;
            }
            return true;
        }
    }

    private static void awaitAll(List<Thread> workers, List<FutureTask<Void>> results, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        AssertionError failure = null;
        for (int i = 0; i < results.size(); i++) {
            try {
                results.get(i).get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw stuck(workers, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the workers", e);
            } catch (ExecutionException e) {
                AssertionError workerFailure = workerFailure(workers.get(i).getName(), e.getCause());
                if (failure == null) {
                    failure = workerFailure;
                } else {
                    failure.addSuppressed(workerFailure);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static AssertionError workerFailure(String worker, Throwable cause) {
        if (cause instanceof AssertionError assertion) {
            return assertion;
        }
        return new AssertionError(worker + " threw " + cause, cause);
    }

    private static AssertionError stuck(List<Thread> workers, Duration deadline) {
        List<Thread> running = workers.stream().filter(Thread::isAlive).toList();
        return ThreadReport.of(running).failure(running.size() + " of " + workers.size()
                + " threads still running after " + seconds(deadline));
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
