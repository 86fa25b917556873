package racecourse.bank.litmus;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;
import racecourse.bank.Bank;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * One teller transfers 10 from account 0 to account 1 while an auditor adds up
 * the bank. The audit must see 200, before or after the transfer, never during.
 * (One transfer only: two transfers in opposite directions could deadlock the
 * starter, and a deadlocked actor would stall jcstress.)
 *
 * <p>On the starter a run shows:
 * <pre>
 *   RESULT      SAMPLES     FREQ       EXPECT  DESCRIPTION
 *      190        2,371    0.02%    Forbidden  money in flight
 *      200   12,877,313   99.98%   Acceptable  all the money
 * </pre>
 */
@JCStressTest
@Description("an audit racing a transfer sees all the money (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "200", expect = ACCEPTABLE, desc = "all the money, before or after the transfer")
@Outcome(id = "190", expect = FORBIDDEN, desc = "money in flight: debited from 0, not yet credited to 1")
@Outcome(id = "210", expect = FORBIDDEN, desc = "money counted twice: credited to 1 while still seen in 0")
@State
public class BankAuditLitmus {
    private final Bank bank = new Bank(2, 100);

    @Actor
    public void teller() {
        try {
            bank.transfer(0, 1, 10);
        } catch (InterruptedException e) {
            throw new IllegalStateException("nothing interrupts this test", e);
        }
    }

    @Actor
    public void auditor(J_Result result) {
        result.r1 = bank.totalBalance();
    }
}
