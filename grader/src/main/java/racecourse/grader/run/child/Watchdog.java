package racecourse.grader.run.child;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import racecourse.grader.run.Event;
import racecourse.support.ThreadReport;

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

    /** Fires after {@code seconds} unless disarmed, reporting the threads started since {@code before}. */
    synchronized void arm(List<String> ids, int seconds, Set<Thread> before) {
        arm(ids, seconds, () -> {
            ThreadReport report = ThreadReport.of(Threads.stuckIn(before));
            return new String[] {report.headline(), report.details()};
        });
    }

    /** Fires after {@code seconds} unless disarmed, with the headline and details {@code explain} gives. */
    synchronized void arm(List<String> ids, int seconds, Supplier<String[]> explain) {
        disarm();
        timer = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            fire(ids, seconds, explain.get());
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

    private void fire(List<String> ids, int seconds, String[] explanation) {
        for (String id : ids) {
            log.write(Event.end(token, id, "error", "did not finish within its " + seconds + " s deadline: "
                    + explanation[0], explanation[1], "deadline"));
        }
        Threads.killChildProcesses();
        Runtime.getRuntime().halt(3);
    }
}
