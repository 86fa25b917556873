package racecourse.bank;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import racecourse.support.ThreadReport;

/**
 * Sets up, on purpose, the moment a deadlock needs, instead of waiting for luck.
 *
 * <p>Tellers transfer around a cycle of accounts: teller i pays account i+1 (two
 * tellers: 0 to 1 and 1 to 0; three: a ring). A deadlock needs every teller to hold
 * its first account while it waits for its second. Left to run freely, the tellers
 * almost never stop at that point together: the gap between a teller's two locks is
 * a few nanoseconds. So a blocker transfer first holds one account of the cycle
 * (sleeping in the bank's latency), and the tellers are started one at a time, each
 * once the one before it is stuck: a teller that needs the held account second takes
 * its first and waits, exactly at the point a deadlock needs. When the blocker lets
 * go, the tellers queued for that account compete for it; starting them in each order,
 * around each account, makes the cycle close on any lock that wakes its waiters in the
 * order they came (first come, first served) or the reverse (as {@code synchronized}
 * does on HotSpot). A fix that takes the accounts in one global order never closes it.
 */
final class TransferCycle {
    /** How long the blocker holds its account; longer on a busy machine, if the tellers were slow to line up. */
    private static final List<Duration> HOLDS = List.of(Duration.ofMillis(25), Duration.ofMillis(100),
            Duration.ofMillis(400));
    /** A teller that spins instead of waiting never shows it waits; give it this long to reach its lock. */
    private static final long SPIN_ALLOWANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final int tellers;
    private final Duration deadline;

    /** A cycle of {@code tellers} accounts; each trial must finish within {@code deadline}. */
    TransferCycle(int tellers, Duration deadline) {
        this.tellers = tellers;
        this.deadline = deadline;
    }

    /** Runs every trial; returns how many there were. Fails with the deadlock cycle if one forms. */
    int assertEveryTrialFinishes() throws Exception {
        Set<List<Integer>> trials = new LinkedHashSet<>();
        for (int held = 0; held < tellers; held++) {
            int before = (held + tellers - 1) % tellers;
            for (int first : List.of(held, before)) {
                trials.add(List.of(held, first, -1));
                trials.add(List.of(held, first, +1));
            }
        }
        for (List<Integer> trial : trials) {
            runTrial(trial.get(0), order(trial.get(1), trial.get(2)));
        }
        return trials.size();
    }

    /** Tellers in the order they are started: from {@code first}, stepping {@code step} around the cycle. */
    private List<Integer> order(int first, int step) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0, teller = first; i < tellers; i++, teller = (teller + step + tellers) % tellers) {
            order.add(teller);
        }
        return order;
    }

    private void runTrial(int held, List<Integer> order) throws Exception {
        for (Duration hold : HOLDS) {
            if (runTrial(held, order, hold)) {
                return;
            }
        }
        throw new AssertionError("the machine was too busy to line the tellers up while account " + held
                + " was held for " + HOLDS.get(HOLDS.size() - 1).toMillis() + " ms; this says nothing about your code");
    }

    /** Returns false if the blocker let go before every teller was in place (the trial did not happen). */
    private boolean runTrial(int held, List<Integer> order, Duration hold) throws Exception {
        int outside = tellers;
        Bank bank = new Bank(tellers + 1, 1_000_000, hold);
        List<Thread> threads = new ArrayList<>();
        List<FutureTask<Void>> transfers = new ArrayList<>();
        Thread blocker = start(bank, held, outside, "blocker (" + held + " to " + outside + ")", threads, transfers);
        awaitStuck(blocker, deadline.toNanos());
        for (int teller : order) {
            int to = (teller + 1) % tellers;
            awaitStuck(start(bank, teller, to, "teller-" + teller, threads, transfers), SPIN_ALLOWANCE_NANOS);
        }
        boolean lined = blocker.getState() == Thread.State.TIMED_WAITING;
        long end = System.nanoTime() + deadline.toNanos();
        while (threads.stream().anyMatch(Thread::isAlive)) {
            List<Thread> alive = threads.stream().filter(Thread::isAlive).toList();
            // A deadlock never resolves: report it as soon as the JVM sees the cycle.
            if (System.nanoTime() - end > 0 || ThreadReport.deadlockCycle(alive) != null) {
                throw ThreadReport.of(alive).failure(describe(held, order) + ": " + alive.size()
                        + " transfers never finished");
            }
            Thread.sleep(5);
        }
        for (int i = 0; i < transfers.size(); i++) {
            try {
                transfers.get(i).get();
            } catch (ExecutionException e) {
                throw new AssertionError(threads.get(i).getName() + " threw " + e.getCause(), e.getCause());
            }
        }
        return lined;
    }

    private static String describe(int held, List<Integer> order) {
        return "while a transfer held account " + held + ", tellers started in the order "
                + order.stream().map(t -> "teller-" + t).toList() + " (teller-i pays account i+1)";
    }

    private static Thread start(Bank bank, int from, int to, String name, List<Thread> threads,
                                List<FutureTask<Void>> transfers) {
        FutureTask<Void> transfer = new FutureTask<>(() -> {
            bank.transfer(from, to, 1);
            return null;
        });
        Thread thread = new Thread(transfer, name);
        thread.setDaemon(true);
        threads.add(thread);
        transfers.add(transfer);
        thread.start();
        return thread;
    }

    /** Waits until {@code thread} waits for a lock, sleeps in the latency or is done (or, if it spins, a while). */
    private static void awaitStuck(Thread thread, long spinAllowanceNanos) throws InterruptedException {
        long started = System.nanoTime();
        while (thread.getState() == Thread.State.NEW || thread.getState() == Thread.State.RUNNABLE) {
            if (System.nanoTime() - started > spinAllowanceNanos) {
                return;
            }
            Thread.onSpinWait();
        }
    }
}
