package racecourse.bank;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: tries the payer's lock, then the payee's, and when either is taken
 * lets go and tries again at once, with no back-off. Two opposite transfers can
 * keep taking their first lock and failing their second in step, forever: a
 * livelock (no thread is blocked, none gets anywhere).
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
            if (locks[from].tryLock()) {
                try {
                    if (locks[to].tryLock()) {
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
