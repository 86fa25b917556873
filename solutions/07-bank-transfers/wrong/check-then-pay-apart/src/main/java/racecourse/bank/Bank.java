package racecourse.bank;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the accounts are locked in one global order (no deadlock), but a transfer
 * checks the payer's balance while holding both locks, lets them go, and takes them
 * again to pay. Two transfers that each need the payer's whole balance both pass the
 * check before either pays: the account goes below zero and money appears from nowhere.
 */
public class Bank {
    private final Account[] accounts;
    private final Duration latency;

    public Bank(int accounts, long initialBalance) {
        this(accounts, initialBalance, Duration.ZERO);
    }

    /** {@code latency}: simulated work done while both accounts of a transfer are held. */
    public Bank(int accounts, long initialBalance, Duration latency) {
        this.accounts = new Account[accounts];
        for (int i = 0; i < accounts; i++) {
            this.accounts[i] = new Account(initialBalance);
        }
        this.latency = latency;
    }

    /** Moves {@code amount} from one account to another. */
    public void transfer(int from, int to, long amount) throws InterruptedException {
        check(from, to, amount);
        Account first = accounts[Math.min(from, to)];
        Account second = accounts[Math.max(from, to)];
        first.lock.lockInterruptibly();
        try {
            second.lock.lockInterruptibly();
            try {
                Account payer = accounts[from];
                if (payer.balance < amount) {
                    throw new InsufficientFundsException("account " + from + " holds " + payer.balance
                            + ", cannot pay " + amount);
                }
                second.lock.unlock();
                first.lock.unlock();
                first.lock.lockInterruptibly();
                second.lock.lockInterruptibly();
                payer.balance -= amount;
                TimeUnit.NANOSECONDS.sleep(latency.toNanos());
                accounts[to].balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public long balance(int account) {
        check(account);
        Account it = accounts[account];
        it.lock.lock();
        try {
            return it.balance;
        } finally {
            it.lock.unlock();
        }
    }

    /** All the money in the bank, at one consistent moment. */
    public long totalBalance() {
        return sumLockingFrom(0);
    }

    /** Locks accounts[i..] in order, sums while all are held, unlocks on the way back. */
    private long sumLockingFrom(int i) {
        if (i == accounts.length) {
            long total = 0;
            for (Account account : accounts) {
                total += account.balance;
            }
            return total;
        }
        accounts[i].lock.lock();
        try {
            return sumLockingFrom(i + 1);
        } finally {
            accounts[i].lock.unlock();
        }
    }

    private void check(int from, int to, long amount) {
        check(from);
        check(to);
        if (from == to) {
            throw new IllegalArgumentException("a transfer needs two different accounts, got " + from + " twice");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, got " + amount);
        }
    }

    private void check(int account) {
        if (account < 0 || account >= accounts.length) {
            throw new IllegalArgumentException("no account " + account + " (0.." + (accounts.length - 1) + ")");
        }
    }

    private static final class Account {
        private final ReentrantLock lock = new ReentrantLock();
        private long balance;

        Account(long balance) {
            this.balance = balance;
        }
    }
}
