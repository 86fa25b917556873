package racecourse.bank;

import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.Interleavings;
import racecourse.support.Points;

/**
 * Lincheck runs these scenes step by step and tries every way their threads can
 * take turns: two opposite transfers, a ring of three, and a transfer watched by
 * an audit. A deadlock needs one exact moment (every teller between its first lock
 * and its second); a stress test meets it by luck, model checking every time. On
 * the starter it finds that moment at once and prints it as a table: thread 1 holds
 * account 0 and waits for 1, thread 2 holds 1 and waits for 0. Two transfers that
 * each need all of account 0's money meet too: the balance must be checked and paid
 * in one critical section, or both see enough and both pay.
 */
public class BankInterleavingTest {
    private final Bank bank = new Bank(3, 100);

    @Operation
    public void transferZeroToOne() throws InterruptedException {
        bank.transfer(0, 1, 1);
    }

    @Operation
    public void transferOneToZero() throws InterruptedException {
        bank.transfer(1, 0, 1);
    }

    @Operation
    public void transferOneToTwo() throws InterruptedException {
        bank.transfer(1, 2, 1);
    }

    @Operation
    public void transferTwoToZero() throws InterruptedException {
        bank.transfer(2, 0, 1);
    }

    /** Account 0's whole balance to account 1; refused (nothing changes) when account 0 cannot pay it. */
    @Operation
    public String payAllOfZeroToOne() throws InterruptedException {
        return payAll(0, 1);
    }

    @Operation
    public String payAllOfZeroToTwo() throws InterruptedException {
        return payAll(0, 2);
    }

    /** As above from account 2, whose lock every transfer takes second (the lower account's first). */
    @Operation
    public String payAllOfTwoToZero() throws InterruptedException {
        return payAll(2, 0);
    }

    @Operation
    public String payAllOfTwoToOne() throws InterruptedException {
        return payAll(2, 1);
    }

    private String payAll(int from, int to) throws InterruptedException {
        try {
            bank.transfer(from, to, 100);
            return "paid";
        } catch (InsufficientFundsException e) {
            return "refused";
        }
    }

    /** Every balance; observed when the scene's threads are done. */
    @Operation
    public String balances() {
        return bank.balance(0) + ", " + bank.balance(1) + ", " + bank.balance(2);
    }

    @Operation
    public long totalBalance() {
        return bank.totalBalance();
    }

    @Test
    @Points(value = 3, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of opposite transfers, a ring of transfers or an audit deadlocks or loses money "
            + "(model checking)")
    void everyInterleavingFinishesAndAddsUp() {
        Interleavings.assertEveryInterleaving(BankInterleavingTest.class, List.of(
                List.of("transferZeroToOne", "transferOneToZero"),
                List.of("transferZeroToOne", "transferOneToTwo", "transferTwoToZero"),
                List.of("transferZeroToOne", "totalBalance")), "totalBalance");
    }

    @Test
    @Points(value = 1, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of two transfers that each need all of one account's money pays both "
            + "(model checking)")
    void everyInterleavingPaysOnlyWhatThereIs() {
        Interleavings.assertEveryInterleaving(BankInterleavingTest.class, List.of(
                List.of("payAllOfZeroToOne", "payAllOfZeroToTwo"),
                List.of("payAllOfTwoToZero", "payAllOfTwoToOne")), "balances");
    }
}
