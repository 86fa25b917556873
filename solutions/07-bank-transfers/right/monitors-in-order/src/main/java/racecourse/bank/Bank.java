package racecourse.bank;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A correct fix with intrinsic locks: each account is its own monitor, and a
 * transfer enters the two in account-number order, whichever way the money
 * goes, so no cycle of waiting threads can form. The audit enters every
 * monitor in the same order before it sums.
 */
public class Bank {
    private final long[] balances;
    private final Object[] monitors;
    private final Duration latency;

    public Bank(int accounts, long initialBalance) {
        this(accounts, initialBalance, Duration.ZERO);
    }

    public Bank(int accounts, long initialBalance, Duration latency) {
        this.balances = new long[accounts];
        this.monitors = new Object[accounts];
        for (int i = 0; i < accounts; i++) {
            balances[i] = initialBalance;
            monitors[i] = new Object();
        }
        this.latency = latency;
    }

    public void transfer(int from, int to, long amount) throws InterruptedException {
        check(from);
        check(to);
        if (from == to || amount <= 0) {
            throw new IllegalArgumentException("a transfer needs two different accounts and a positive amount");
        }
        synchronized (monitors[Math.min(from, to)]) {
            synchronized (monitors[Math.max(from, to)]) {
                if (balances[from] < amount) {
                    throw new InsufficientFundsException("account " + from + " cannot pay " + amount);
                }
                balances[from] -= amount;
                TimeUnit.NANOSECONDS.sleep(latency.toNanos());
                balances[to] += amount;
            }
        }
    }

    public long balance(int account) {
        check(account);
        synchronized (monitors[account]) {
            return balances[account];
        }
    }

    public long totalBalance() {
        return sumHoldingFrom(0);
    }

    private long sumHoldingFrom(int i) {
        if (i == monitors.length) {
            long total = 0;
            for (long balance : balances) {
                total += balance;
            }
            return total;
        }
        synchronized (monitors[i]) {
            return sumHoldingFrom(i + 1);
        }
    }

    private void check(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
