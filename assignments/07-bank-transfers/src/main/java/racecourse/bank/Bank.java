package racecourse.bank;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A bank whose accounts many tellers (threads) transfer between at once.
 *
 * <p>Broken on purpose: a transfer locks the paying account, then the receiving
 * one. Two transfers in opposite directions each take their first lock and wait
 * forever for the other's: a deadlock. And the audit adds up balances without
 * any lock, so it can catch money in flight, debited but not yet credited.
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
        Account payer = accounts[from];
        Account payee = accounts[to];
        synchronized (payer) {
            synchronized (payee) {
                if (payer.balance < amount) {
                    throw new InsufficientFundsException("account " + from + " holds " + payer.balance
                            + ", cannot pay " + amount);
                }
                payer.balance -= amount;
                TimeUnit.NANOSECONDS.sleep(latency.toNanos());
                payee.balance += amount;
            }
        }
    }

    public long balance(int account) {
        check(account);
        synchronized (accounts[account]) {
            return accounts[account].balance;
        }
    }

    /** All the money in the bank, at one consistent moment. */
    public long totalBalance() {
        long total = 0;
        for (Account account : accounts) {
            total += account.balance;
        }
        return total;
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
        private long balance;

        Account(long balance) {
            this.balance = balance;
        }
    }
}
