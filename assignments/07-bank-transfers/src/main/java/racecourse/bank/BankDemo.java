package racecourse.bank;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Two tellers move money between the same two accounts in opposite directions,
 * 100 times each. Prints whether they finished, and if they are stuck, the cycle
 * of the deadlock as the JVM sees it.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class BankDemo {
    private BankDemo() {
    }

    public static void main(String[] args) throws Exception {
        Bank bank = new Bank(2, 1000, Duration.ofMillis(1));
        Thread alice = teller("alice", bank, 0, 1);
        Thread bob = teller("bob", bank, 1, 0);
        alice.start();
        bob.start();
        alice.join(3000);
        bob.join(3000);
        boolean finished = !alice.isAlive() && !bob.isAlive();
        System.out.println("200 transfers: expected finished, observed " + (finished ? "finished" : "stuck"));
        if (!finished) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] deadlocked = threads.findDeadlockedThreads();
            if (deadlocked != null) {
                for (ThreadInfo info : threads.getThreadInfo(deadlocked)) {
                    System.out.printf("  %s waits for %s, held by %s%n", info.getThreadName(), info.getLockName(),
                            info.getLockOwnerName());
                }
            }
            System.exit(1);
        }
        System.out.println("total: expected 2000, observed " + bank.totalBalance());
    }

    private static Thread teller(String name, Bank bank, int from, int to) {
        Thread teller = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) {
                    bank.transfer(from, to, 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        teller.setDaemon(true);
        return teller;
    }
}
