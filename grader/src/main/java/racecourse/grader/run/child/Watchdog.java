package racecourse.grader.run.child;

import java.util.List;
import java.util.function.Supplier;
import racecourse.grader.check.Verdict;
import racecourse.grader.run.Event;

/**
 * Ends a check that overran its deadline from inside the JVM, so the verdict can
 * say what the stuck threads were doing (locks, owners, deadlock cycle) before
 * the JVM exits. The grader kills the JVM a little later anyway if even this fails.
 */
final class Watchdog {
    private final EventLog log;
    private final String token;
    private Thread timer;

    Watchdog(EventLog log, String token) {
        this.log = log;
        this.token = token;
    }

    /** Fires after {@code seconds} unless disarmed, giving each check the verdict {@code overran} makes. */
    synchronized void arm(List<String> ids, long seconds, Supplier<Verdict> overran) {
        disarm();
        timer = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            fire(ids, overran.get(), seconds);
        }, "racecourse-watchdog");
        timer.setDaemon(true);
        timer.start();
    }

    synchronized void disarm() {
        if (timer != null) {
            timer.interrupt();
            timer = null;
        }
    }

    private void fire(List<String> ids, Verdict overran, long seconds) {
        for (String id : ids) {
            log.write(Event.end(token, id, overran, seconds * 1000L));
        }
        Threads.killChildProcesses();
        Runtime.getRuntime().halt(3);
    }
}
