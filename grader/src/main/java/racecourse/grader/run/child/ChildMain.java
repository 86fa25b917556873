package racecourse.grader.run.child;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import racecourse.grader.run.ChildConfig;
import racecourse.grader.run.Event;
import racecourse.grader.run.PlannedCheck;

/**
 * The runner inside a child JVM, the only place student code runs. Reads a token
 * from stdin (before any student code can), lists the checks, then runs the
 * requested ones one by one, logging a verdict for each. It exits early, so the
 * next check starts in a clean JVM, when a check leaves threads running or
 * exhausts memory; the grader starts a new child for the checks that remain.
 */
public final class ChildMain {
    private static final long STRAY_THREAD_GRACE_MS = 300;

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String token = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        ChildConfig config = new ObjectMapper().readValue(Path.of(args[0]).toFile(), ChildConfig.class);
        EventLog log = new EventLog(Path.of(config.eventLog()));
        Path testClasses = Path.of(config.testClasses());

        JUnitChecks junit = new JUnitChecks(testClasses);
        JcstressChecks jcstress = new JcstressChecks(testClasses, config.jcstressArgs());
        List<PlannedCheck> plan = new ArrayList<>(junit.plan());
        plan.addAll(jcstress.plan());
        log.write(Event.plan(token, plan));

        Watchdog watchdog = new Watchdog(log, token);
        for (PlannedCheck check : junit.plan()) {
            if (!wanted(config, check)) {
                continue;
            }
            int seconds = config.deadlineSeconds(check.id());
            Set<Thread> before = Threads.now();
            log.write(Event.start(token, check.id()));
            watchdog.arm(List.of(check.id()), seconds + 2, before);
            Verdict verdict = junit.run(check, seconds, before);
            watchdog.disarm();
            log.write(Event.end(token, check.id(), verdict.status(), verdict.message(), verdict.diagnosis(),
                    verdict.limit()));
            List<Thread> stray = Threads.leftRunning(before, STRAY_THREAD_GRACE_MS);
            if (!stray.isEmpty() || verdict.exhaustedJvm()) {
                String why = verdict.exhaustedJvm() ? "the check exhausted the JVM"
                        : stray.size() + " thread(s) left running, e.g. " + stray.get(0).getName();
                log.write(Event.note(token, Event.Type.RESTART, why));
                Threads.killChildProcesses();
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }

        List<PlannedCheck> litmus = jcstress.plan().stream().filter(c -> wanted(config, c)).toList();
        if (!litmus.isEmpty()) {
            List<String> ids = litmus.stream().map(PlannedCheck::id).toList();
            int seconds = jcstressDeadline(config, ids);
            ids.forEach(id -> log.write(Event.start(token, id)));
            watchdog.arm(ids, seconds, () -> new String[] {
                "an actor of the litmus test never returned (an endless loop, or a wait that nothing ends, "
                        + "in your code?)", null});
            jcstress.run(litmus).forEach((id, verdict) -> log.write(
                    Event.end(token, id, verdict.status(), verdict.message(), verdict.diagnosis(), verdict.limit())));
            watchdog.disarm();
        }
        log.write(Event.note(token, Event.Type.DONE, null));
        Threads.killChildProcesses();
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** One jcstress run serves all litmus tests: the longest deadline, plus a little per extra test. */
    static int jcstressDeadline(ChildConfig config, List<String> ids) {
        return ids.stream().mapToInt(config::deadlineSeconds).max().orElse(0) + 5 * (ids.size() - 1);
    }

    private static boolean wanted(ChildConfig config, PlannedCheck check) {
        return config.only().isEmpty() || config.only().contains(check.id());
    }
}
