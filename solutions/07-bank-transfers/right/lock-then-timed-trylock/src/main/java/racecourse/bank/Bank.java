package racecourse.bank;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A correct fix without a lock order: a transfer waits for the payer's lock
 * (interruptibly), then waits a random moment at most for the payee's (a timed
 * tryLock); if that times out it lets go of the first and starts again. A thread
 * never waits forever holding a lock, and the random timeouts break the symmetry
 * of two tellers that keep meeting.
 */
public class Bank {
    private final long[] balances;
    private final ReentrantLock[] locks;
    private final Duration latency;

    public Bank(int accounts, long initialBalance) {
        this(accounts, initialBalance, Duration.ZERO);
    }

    public Bank(int accounts, long initialBalance, Duration latency) {
        this.balances = new long[accounts];
        this.locks = new ReentrantLock[accounts];
        for (int i = 0; i < accounts; i++) {
            balances[i] = initialBalance;
            locks[i] = new ReentrantLock();
        }
        this.latency = latency;
    }

    public void transfer(int from, int to, long amount) throws InterruptedException {
        check(from);
        check(to);
        if (from == to || amount <= 0) {
            throw new IllegalArgumentException("a transfer needs two different accounts and a positive amount");
        }
        while (true) {
            locks[from].lockInterruptibly();
            try {
                if (locks[to].tryLock(ThreadLocalRandom.current().nextInt(100, 1000), TimeUnit.MICROSECONDS)) {
                    try {
                        if (balances[from] < amount) {
                            throw new InsufficientFundsException("account " + from + " cannot pay " + amount);
                        }
                        balances[from] -= amount;
                        TimeUnit.NANOSECONDS.sleep(latency.toNanos());
                        balances[to] += amount;
                        return;
                    } finally {
                        locks[to].unlock();
                    }
                }
            } finally {
                locks[from].unlock();
            }
        }
    }

    public long balance(int account) {
        check(account);
        locks[account].lock();
        try {
            return balances[account];
        } finally {
            locks[account].unlock();
        }
    }

    public long totalBalance() {
        for (ReentrantLock lock : locks) {
            lock.lock();
        }
        try {
            long total = 0;
            for (long balance : balances) {
                total += balance;
            }
            return total;
        } finally {
            for (ReentrantLock lock : locks) {
                lock.unlock();
            }
        }
    }

    private void check(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
