package racecourse.support;

import java.util.List;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

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
    /** One explored interleaving takes milliseconds; one still running after this has hung. */
    private static final long HANG_MILLIS = 5_000;

    private Interleavings() {
    }

    /** Fails with the breaking interleaving if some interleaving of the operations gives a non-sequential result. */
    public static void assertLinearizable(Class<?> operations) {
        check(operations, new ModelCheckingOptions()
                .iterations(SCENARIOS)
                .invocationsPerIteration(INTERLEAVINGS_PER_SCENARIO)
                .threads(2)
                .actorsPerThread(2)
                .actorsBefore(0)
                .actorsAfter(1));
    }

    /**
     * As {@link #assertLinearizable(Class)}, exploring exactly the given scenes instead of random ones:
     * each scene names one {@code @Operation} per thread, all started together; when they are done,
     * {@code observe} looks at the result (without it, two lost {@code void} updates would look
     * fine). Where the bug needs a particular meeting of operations (two opposite transfers, a ring
     * of three), naming the scene finds it at once; a random search may need many scenarios.
     */
    public static void assertEveryInterleaving(Class<?> operations, List<List<String>> scenes, String observe) {
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(0)
                .invocationsPerIteration(INTERLEAVINGS_PER_SCENE);
        for (List<String> scene : scenes) {
            options.addCustomScenario(new ExecutionScenario(List.of(),
                    scene.stream().map(name -> List.of(actor(operations, name))).toList(),
                    List.of(actor(operations, observe)), null));
        }
        check(operations, options);
    }

    private static Actor actor(Class<?> operations, String name) {
        try {
            return new Actor(operations.getMethod(name), List.of(), false, false, false, false, false);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no public @Operation " + name + "() in " + operations.getName(), e);
        }
    }

    private static void check(Class<?> operations, ModelCheckingOptions options) {
        try {
            options.invocationTimeout$lincheck(HANG_MILLIS).check(operations);
        } catch (AssertionError failure) {
            String report = String.valueOf(failure.getMessage());
            throw new AssertionError(headline(report) + "\n" + LincheckReport.condense(report, operations));
        }
    }

    /** Lincheck's report says what it found: threads hung in a deadlock or a livelock, or wrong results. */
    static String headline(String report) {
        if (report.contains("The execution has hung, see the thread dump")) {
            return "model checking lost control of the threads, so it cannot judge this code (Lincheck cannot "
                    + "restore a ReentrantLock kept in a static field between runs: keep the lock in an instance "
                    + "field); the other checks still judge it";
        }
        if (report.contains("threads are in deadlock")) {
            return "model checking found an interleaving that deadlocks: each thread holds a lock another one "
                    + "waits for, and none can go on";
        }
        if (report.contains("livelock") || report.contains("The execution has hung")) {
            return "model checking found an interleaving in which the threads never finish: they wait for each "
                    + "other (each holding what another needs) or keep retrying without progress";
        }
        return "model checking found an interleaving that gives a result no one-at-a-time order can give";
    }
}
