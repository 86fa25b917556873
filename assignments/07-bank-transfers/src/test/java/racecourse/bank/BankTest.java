package racecourse.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.Await;
import racecourse.support.InterruptedWaiter;
import racecourse.support.CpuTime;
import racecourse.support.Points;
import racecourse.support.Race;
import racecourse.support.SpinningReader;

/**
 * Tests for {@link Bank}.
 *
 * <p>A transfer needs two accounts at once. Taking two locks is where deadlock
 * lives: if one teller holds account 0 and waits for 1 while another holds 1 and
 * waits for 0, both wait forever. The tests line tellers up at exactly that point
 * (see {@link TransferCycle}), in opposite directions and around a ring, and then
 * start them together thousands of times; a deadlock fails the check with the cycle
 * spelled out. They also audit the bank
 * while money moves, and time independent transfers to catch a fix that simply
 * serialises the whole bank.
 */
class BankTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    /** How long the deadlock tests also start transfers together, round after round. */
    private static final Duration RACE = Duration.ofMillis(200);

    @Test
    @Points(1)
    @DisplayName("bad transfers are refused and change nothing")
    void badTransfersAreRefused() throws Exception {
        Bank bank = new Bank(3, 100);
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(-1, 1, 10), "account -1");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 3, 10), "account 3 of 0..2");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(1, 1, 10), "from == to");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 1, 0), "amount 0");
        assertThrows(InsufficientFundsException.class, () -> bank.transfer(0, 1, 101), "101 from 100");
        bank.transfer(0, 1, 100);
        assertEquals(0, bank.balance(0));
        assertEquals(200, bank.balance(1));
        assertEquals(300, bank.totalBalance());
    }

    @Test
    @Points(3)
    @DisplayName("transfers in opposite directions all finish: no deadlock")
    void oppositeTransfersFinish() throws Exception {
        new TransferCycle(2, DEADLINE).assertEveryTrialFinishes();
        Bank bank = new Bank(2, 1_000_000);
        long rounds = Race.lockstep("teller", 2, RACE, DEADLINE, teller -> bank.transfer(teller, 1 - teller, 1));
        assertEquals(2_000_000, bank.totalBalance(), "after " + rounds + " rounds of opposite transfers");
    }

    @Test
    @Points(2)
    @DisplayName("transfers around a ring (0 to 1, 1 to 2, 2 to 0) all finish: no deadlock")
    void ringTransfersFinish() throws Exception {
        new TransferCycle(3, DEADLINE).assertEveryTrialFinishes();
        Bank bank = new Bank(3, 1_000_000);
        long rounds = Race.lockstep("teller", 3, RACE, DEADLINE, teller -> bank.transfer(teller, (teller + 1) % 3, 1));
        assertEquals(3_000_000, bank.totalBalance(), "after " + rounds + " rounds of transfers around the ring");
    }

    @Test
    @Points(2)
    @DisplayName("an audit during transfers always sees all the money")
    void auditSeesAllTheMoney() {
        Bank bank = new Bank(4, 1000, Duration.ofMillis(2));
        AtomicLong wrongAudits = new AtomicLong();
        AtomicLong firstWrong = new AtomicLong(-1);
        AtomicLong audits = new AtomicLong();
        Race.repeatFor(3, Duration.ofMillis(300), DEADLINE, worker -> {
            if (worker == 2) {
                long total = bank.totalBalance();
                audits.incrementAndGet();
                if (total != 4000 && wrongAudits.getAndIncrement() == 0) {
                    firstWrong.set(total);
                }
            } else {
                int from = 2 * worker;
                bank.transfer(from, from + 1, 1);
            }
        });
        assertEquals(0, wrongAudits.get(), wrongAudits.get() + " of " + audits.get() + " audits during transfers did "
                + "not add up to 4000 (the first saw " + firstWrong.get() + "): the audit caught money in flight, "
                + "debited from one account and not yet credited to the other. Sum while holding every account.");
    }

    @Test
    @Points(2)
    @DisplayName("concurrent transfers lose no money and land on the right accounts")
    void transfersKeepEveryBalance() {
        int accounts = 4;
        long initial = 1_000_000_000L;
        Bank bank = new Bank(accounts, initial);
        AtomicLongArray expected = new AtomicLongArray(accounts);
        Race.repeatFor(4, Duration.ofMillis(200), DEADLINE, worker -> {
            int from = ThreadLocalRandom.current().nextInt(accounts - 1);
            int to = from + 1 + ThreadLocalRandom.current().nextInt(accounts - 1 - from);
            try {
                bank.transfer(from, to, 1);
            } catch (InsufficientFundsException refused) {
                return;
            }
            expected.decrementAndGet(from);
            expected.incrementAndGet(to);
        });
        for (int i = 0; i < accounts; i++) {
            assertEquals(initial + expected.get(i), bank.balance(i), "account " + i + " after concurrent "
                    + "transfers: a transfer's debit or credit was lost (read and written back without the lock?)");
        }
    }

    @Test
    @Points(2)
    @DisplayName("a refused transfer releases both accounts")
    void refusedTransferReleasesTheAccounts() throws Exception {
        Bank bank = new Bank(2, 100);
        Thread refused = new Thread(() -> {
            try {
                bank.transfer(0, 1, 1000);
            } catch (InsufficientFundsException expected) {
                // refused, as it should be
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "refused-teller");
        refused.start();
        refused.join(DEADLINE.toMillis());
        Await.within(Duration.ofSeconds(2), "a transfer between the same accounts after a refused one",
                () -> bank.transfer(1, 0, 50));
        assertEquals(150, bank.balance(0));
    }

    @Test
    @Points(1)
    @DisplayName("a transfer interrupted while it waits for a busy account ends with InterruptedException")
    void interruptedWaiterReleasesNothingItNeverHeld() throws Exception {
        Bank bank = new Bank(3, 100, Duration.ofMillis(300));
        InterruptedWaiter.assertEndsWithInterruptedException(() -> bank.transfer(0, 1, 1), () -> bank.transfer(0, 1, 1),
                "a transfer from account 0", DEADLINE);
        InterruptedWaiter.assertEndsWithInterruptedException(() -> bank.transfer(2, 1, 1), () -> bank.transfer(0, 1, 1),
                "a transfer from account 0 (free) to account 1 (busy)", DEADLINE);
        Await.within(Duration.ofSeconds(2), "a transfer between the same accounts afterwards",
                () -> bank.transfer(1, 0, 1));
    }

    @Test
    @Points(2)
    @DisplayName("transfers between disjoint accounts run in parallel")
    void disjointTransfersRunInParallel() {
        Duration latency = Duration.ofMillis(40);
        Bank bank = new Bank(4, 1000, latency);
        // The best of three runs of each: a busy machine or a first run's class loading can only add time,
        // while transfers that wait for each other take the serial time in every run.
        long serial = fastestOf(3, () -> Race.run(1, DEADLINE, worker -> {
            for (int i = 0; i < 4; i++) {
                bank.transfer(0, 1, 1);
                bank.transfer(2, 3, 1);
            }
        }));
        long parallel = fastestOf(3, () -> Race.runNamed("teller", 2, DEADLINE, teller -> {
            for (int i = 0; i < 4; i++) {
                bank.transfer(2 * teller, 2 * teller + 1, 1);
            }
        }));
        double ratio = parallel / (double) serial;
        assertTrue(ratio < 0.75, String.format("transfers 0->1 and 2->3 on two threads took %.2fx the time of the same "
                + "transfers one after the other (about 0.5x when they run in parallel, 1x when they wait for each "
                + "other): they share no account, yet one waits for the other. A single lock for the whole bank is "
                + "correct but serialises everything; lock the two accounts instead", ratio));
    }

    @Test
    @Points(2)
    @DisplayName("a transfer that waits for a busy account waits without spinning (CPU time, not wall time)")
    void waitingTransferDoesNotSpin() throws Exception {
        Bank bank = new Bank(3, 100, Duration.ofMillis(600));
        List<FutureTask<Void>> transfers = new ArrayList<>();
        List<Thread> tellers = new ArrayList<>();
        for (int[] accounts : new int[][] {{0, 1}, {2, 0}}) {
            FutureTask<Void> transfer = new FutureTask<>(() -> {
                bank.transfer(accounts[0], accounts[1], 1);
                return null;
            });
            Thread teller = new Thread(transfer, "teller-" + accounts[0] + "-to-" + accounts[1]);
            teller.setDaemon(true);
            teller.start();
            transfers.add(transfer);
            tellers.add(teller);
            Thread.sleep(100);
        }
        long cpuBefore = CpuTime.of(tellers.get(0)) + CpuTime.of(tellers.get(1));
        long wallBefore = System.nanoTime();
        Thread.sleep(300);
        long cpu = CpuTime.of(tellers.get(0)) + CpuTime.of(tellers.get(1)) - cpuBefore;
        double share = (double) cpu / (System.nanoTime() - wallBefore);
        for (FutureTask<Void> transfer : transfers) {
            Await.within(DEADLINE, "the two transfers sharing account 0", () -> transfer.get());
        }
        assertTrue(share < 0.25, String.format("while one transfer held accounts 0 and 1 for 600 ms, the transfer "
                + "from 2 to 0 and the one holding used %.0f%% of a core: the waiting one spins, retrying a tryLock "
                + "with no pause. Block on the lock (in a fixed order), or back off (sleep) before retrying", 100 * share));
    }

    private static long time(Runnable run) {
        long started = System.nanoTime();
        run.run();
        return System.nanoTime() - started;
    }

    private static long fastestOf(int runs, Runnable run) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            fastest = Math.min(fastest, time(run));
        }
        return fastest;
    }

    @Test
    @Points(2)
    @DisplayName("a thread spinning on balance() sees another thread's transfer() within 2 s, five times over")
    void balanceSeesAnotherThreadsTransfer() throws Exception {
        SpinningReader.assertSeesUpdate(() -> new Bank(2, 100), bank -> {
            while (bank.balance(1) == 100) {
                // spin: only balance() itself can make the update visible
            }
        }, bank -> bank.transfer(0, 1, 10), "balance()", "transfer()");
    }
}
