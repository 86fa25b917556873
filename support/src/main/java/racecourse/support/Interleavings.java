package racecourse.support;

import java.util.List;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * Lincheck in model-checking mode: it runs small scenarios of the test class's
 * {@code @Operation}s on two threads and explores their interleavings
 * systematically, so a racy read-modify-write is found every run, not by luck.
 * A failure is cut down to what a student needs: the wrong result, and the
 * interleaving that produced it with the student's own source lines.
 *
 * <p>The budget is set here, once: Lincheck's defaults explore for minutes.
 * 20 scenarios x 200 interleavings finds a lost update in about 2 s and passes
 * a correct counter in about 4 s on 2 cores.
 */
public final class Interleavings {
    private static final int SCENARIOS = 20;
    private static final int INTERLEAVINGS_PER_SCENARIO = 200;
    /**
     * Interleavings per named scene. A ReentrantLock is model-checked down to its queue's inner steps,
     * so a deadlock through one needs about 50 interleavings to show (measured: 20 miss it); 100 keeps
     * a margin and passes a correct bank, three scenes, in about 5 s.
     */
    private static final int INTERLEAVINGS_PER_SCENE = 100;
    /** Runs of each scene on real threads when model checking cannot follow a static lock (see onRealThreads). */
    private static final int STRESS_RUNS_PER_SCENARIO = 500;
    /**
     * Runs of each scene on real threads after a livelock in the model. A real livelock (threads spinning,
     * each keeping a lock another needs) hangs in most runs, so few suffice; a correct design that backs off
     * for a random moment costs up to that moment in each run that collides.
     */
    private static final int LIVELOCK_RUNS_PER_SCENARIO = 100;
    /** One explored interleaving takes milliseconds; one still running after this has hung. */
    private static final long HANG_MILLIS = 5_000;

    private Interleavings() {
    }

    /** Fails with the breaking interleaving if some interleaving of the operations gives a non-sequential result. */
    public static void assertLinearizable(Class<?> operations) {
        check(operations, new Scenes(SCENARIOS, INTERLEAVINGS_PER_SCENARIO, List.of()));
    }

    /**
     * As {@link #assertLinearizable(Class)}, exploring exactly the given scenes instead of random ones:
     * each scene names one {@code @Operation} per thread, all started together; when they are done,
     * {@code observe} looks at the result (without it, two lost {@code void} updates would look
     * fine). Where the bug needs a particular meeting of operations (two opposite transfers, a ring
     * of three), naming the scene finds it at once; a random search may need many scenarios.
     */
    public static void assertEveryInterleaving(Class<?> operations, List<List<String>> scenes, String observe) {
        assertEveryInterleaving(operations, List.of(), scenes, observe);
    }

    /**
     * As {@link #assertEveryInterleaving(Class, List, String)}, with {@code before} run first, on one
     * thread, in every scene: the state the scene's threads meet (two items already waiting for two
     * takers, say).
     */
    public static void assertEveryInterleaving(Class<?> operations, List<String> before, List<List<String>> scenes,
                                               String observe) {
        List<Actor> setUp = before.stream().map(name -> actor(operations, name)).toList();
        check(operations, new Scenes(0, INTERLEAVINGS_PER_SCENE, scenes.stream()
                .map(scene -> new ExecutionScenario(setUp,
                        scene.stream().map(name -> List.of(actor(operations, name))).toList(),
                        List.of(actor(operations, observe)), null))
                .toList()));
    }

    /** What to run: {@code random} generated scenarios (two threads, two operations each) and the named ones. */
    private record Scenes(int random, int invocations, List<ExecutionScenario> named) {
        <O extends Options<O, ?>> O applyTo(O options, boolean minimize) {
            options.iterations(random).invocationsPerIteration(invocations);
            if (random > 0) {
                options.threads(2).actorsPerThread(2).actorsBefore(0).actorsAfter(1);
            }
            named.forEach(options::addCustomScenario);
            return options.minimizeFailedScenario(minimize).invocationTimeout$lincheck(HANG_MILLIS);
        }
    }

    private static Actor actor(Class<?> operations, String name) {
        try {
            return new Actor(operations.getMethod(name), List.of(), false, false, false, false, false);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no public @Operation " + name + "() in " + operations.getName(), e);
        }
    }

    /**
     * Explores without shrinking a failure first: shrinking re-runs smaller scenarios, and each one
     * that hangs costs {@link #HANG_MILLIS}. Only a real failure is explored again, shrunk, to show
     * the smallest scene that breaks (model checking is deterministic: it fails again).
     */
    private static void check(Class<?> operations, Scenes scenes) {
        String report = failure(() -> scenes.applyTo(new ModelCheckingOptions(), false).check(operations));
        if (report == null) {
            return;
        }
        if (lostControl(report)) {
            onRealThreads(operations, scenes, STRESS_RUNS_PER_SCENARIO, "model checking cannot follow a lock kept "
                    + "in a static field, so these scenes ran on real threads instead, and found ");
            return;
        }
        if (livelockInModel(report)) {
            onRealThreads(operations, scenes, LIVELOCK_RUNS_PER_SCENARIO, "model checking found threads that never "
                    + "finish, but the model freezes time (a timed tryLock or wait never times out) and randomness, "
                    + "so these scenes ran on real threads too, and found ");
            return;
        }
        String shrunk = failure(() -> scenes.applyTo(new ModelCheckingOptions(), true).check(operations));
        String shown = shrunk == null ? report : shrunk;
        throw failure("model checking found " + found(shown), shown, operations);
    }

    /** Lincheck's report of the run's failure, or null if it passed. */
    private static String failure(Runnable lincheck) {
        try {
            lincheck.run();
            return null;
        } catch (AssertionError failure) {
            return String.valueOf(failure.getMessage());
        }
    }

    /**
     * Runs the same scenes on real threads, many times, when model checking cannot be trusted, and fails
     * only if they fail there too: a race is then found by chance, not every time, as in the stress tests.
     * Lincheck 3.7's model checker resets static fields between interleavings, and loses control of a lock
     * kept in one (a {@code static ReentrantLock}: correct, if one lock for every instance). And it treats
     * time as frozen and randomness as fixed: a timed {@code tryLock} or {@code await} that gives up and
     * retries after a random back-off is a loop without end in the model, and never on real threads. A
     * livelock that is real (threads spinning while each keeps a lock another needs) hangs there too.
     */
    private static void onRealThreads(Class<?> operations, Scenes scenes, int runs, String why) {
        String report = failure(() -> new Scenes(scenes.random(), runs, scenes.named())
                .applyTo(new StressOptions(), false).check(operations));
        if (report != null) {
            throw failure(why + found(report), report, operations);
        }
    }

    /** A livelock, not a deadlock: threads that keep running without progress (a deadlock is real in any time). */
    private static boolean livelockInModel(String report) {
        return report.contains("livelock") && !report.contains("deadlock");
    }

    /** The failure a student reads, carrying the interleaving as data for the report's timeline. */
    private static DiagnosedFailure failure(String found, String report, Class<?> operations) {
        LincheckReport.Condensed condensed = LincheckReport.condense(report, operations, hangs(report));
        return new DiagnosedFailure(found + "\n" + condensed.text(), condensed.interleaving(), null);
    }

    private static boolean hangs(String report) {
        return report.contains("threads are in deadlock") || report.contains("livelock")
                || report.contains("The execution has hung");
    }

    private static boolean lostControl(String report) {
        return report.contains("The execution has hung, see the thread dump");
    }

    /** Lincheck's report says what it found: threads hung in a deadlock or a livelock, or wrong results. */
    private static String found(String report) {
        if (report.contains("threads are in deadlock")) {
            return "an interleaving that deadlocks: each thread holds a lock another one waits for, and none can "
                    + "go on";
        }
        if (report.contains("livelock") || report.contains("The execution has hung")) {
            return "an interleaving in which the threads never finish: they wait for each other (each holding "
                    + "what another needs) or keep retrying without progress";
        }
        return "an interleaving that gives a result no one-at-a-time order can give";
    }
}
