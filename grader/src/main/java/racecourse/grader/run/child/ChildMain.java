package racecourse.grader.run.child;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import racecourse.grader.check.Json;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.check.Verdict;
import racecourse.grader.run.ChildConfig;
import racecourse.grader.run.Event;
import racecourse.support.ThreadReport;

/**
 * The runner inside a child JVM, the only place student code runs. Reads a token
 * from stdin (before any student code can), lists the checks, then runs the
 * requested ones one by one, logging a verdict for each (or until the first that does not
 * pass, when the grader asks only whether the code loses points). It exits early, so the
 * next check starts in a clean JVM, when a check leaves threads running or
 * exhausts memory; the grader starts a new child for the checks that remain.
 */
public final class ChildMain {
    private static final long STRAY_THREAD_GRACE_MS = 300;

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String token = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        ChildConfig config = Json.compact().readValue(Path.of(args[0]).toFile(), ChildConfig.class);
        EventLog log = new EventLog(Path.of(config.eventLog()));
        Path testClasses = Path.of(config.testClasses());

        JUnitChecks junit = new JUnitChecks(testClasses);
        JcstressChecks jcstress = new JcstressChecks(testClasses, config.jcstressArgs());
        List<PlannedCheck> plan = new ArrayList<>(junit.plan());
        plan.addAll(jcstress.plan());
        plan.sort(PlannedCheck.TEACHING_ORDER);
        log.write(Event.plan(token, plan));

        Watchdog watchdog = new Watchdog(log, token);
        for (PlannedCheck check : junit.plan()) {
            if (!config.wanted(check.id())) {
                continue;
            }
            long seconds = config.limits().deadline(check.id()).toSeconds();
            Set<Thread> before = Threads.now();
            log.write(Event.start(token, check.id()));
            long started = System.nanoTime();
            // JUnit's own timeout ends the check first; the watchdog is for a check JUnit cannot abandon.
            watchdog.arm(List.of(check.id()), seconds + 2,
                    () -> Failures.overran(seconds, ThreadReport.of(Threads.stuckIn(before))));
            CheckRun run = junit.run(check, seconds, before);
            watchdog.disarm();
            log.write(Event.end(token, check.id(), run.verdict(), millisSince(started)));
            if (config.untilFirstLoss() && !run.verdict().passed()) {
                finish(log, token);
            }
            List<Thread> stray = Threads.leftRunning(before, STRAY_THREAD_GRACE_MS);
            if (!stray.isEmpty() || run.exhaustedJvm()) {
                String why = run.exhaustedJvm() ? "the check exhausted the JVM"
                        : stray.size() + " thread(s) left running, e.g. " + Threads.example(stray).getName();
                log.write(Event.restart(token, check.id(), why));
                Threads.killChildProcesses();
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }

        List<PlannedCheck> litmus = jcstress.plan().stream().filter(c -> config.wanted(c.id())).toList();
        if (!litmus.isEmpty()) {
            List<String> ids = litmus.stream().map(PlannedCheck::id).toList();
            long seconds = config.limits().deadline(ids).toSeconds();
            ids.forEach(id -> log.write(Event.start(token, id)));
            long started = System.nanoTime();
            watchdog.arm(ids, seconds, () -> Verdict.overran(seconds, ": an actor of the litmus test never returned "
                    + "(an endless loop, or a wait that nothing ends, in your code?)", null, null));
            Map<String, Verdict> verdicts = jcstress.run(litmus);
            long millis = millisSince(started);
            verdicts.forEach((id, verdict) -> log.write(Event.end(token, id, verdict, millis)));
            watchdog.disarm();
        }
        finish(log, token);
    }

    private static void finish(EventLog log, String token) {
        log.write(Event.done(token));
        Threads.killChildProcesses();
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
