package racecourse.grader.run.child;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.check.Verdict;
import racecourse.support.Points;
import racecourse.support.ThreadReport;

/** The course's JUnit tests that carry {@link Points}: found, then run one at a time. */
final class JUnitChecks {
    private final Launcher launcher = LauncherFactory.create();
    private final List<PlannedCheck> plan = new ArrayList<>();
    private final Map<String, MethodSource> sources = new HashMap<>();

    JUnitChecks(Path testClasses) {
        TestPlan tests = launcher.discover(request().selectors(selectClasspathRoots(Set.of(testClasses))).build());
        List<TestIdentifier> found = new ArrayList<>();
        tests.getRoots().forEach(root -> found.addAll(tests.getDescendants(root)));
        for (TestIdentifier test : found) {
            if (!test.isTest() || !(test.getSource().orElse(null) instanceof MethodSource source)) {
                continue;
            }
            Points points = points(source);
            if (points == null) {
                continue;
            }
            String id = simpleName(source.getClassName()) + "#" + source.getMethodName();
            plan.add(new PlannedCheck(id, test.getDisplayName(), points.kind(), points.value()));
            sources.put(id, source);
        }
        plan.sort(Comparator.comparing(PlannedCheck::id));
    }

    List<PlannedCheck> plan() {
        return plan;
    }

    CheckRun run(PlannedCheck check, long seconds, Set<Thread> before) {
        MethodSource source = sources.get(check.id());
        Outcome outcome = new Outcome();
        launcher.execute(request()
                .selectors(selectMethod(source.getClassName(), source.getMethodName()))
                .configurationParameter("junit.jupiter.execution.timeout.default", seconds + " s")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .build(), outcome);
        if (outcome.result == null) {
            return CheckRun.of(Verdict.error("JUnit did not run this check", null));
        }
        if (outcome.result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return CheckRun.of(Verdict.pass());
        }
        Throwable failure = outcome.result.getThrowable().orElse(null);
        return Failures.describe(failure, seconds, () -> ThreadReport.of(Threads.stuckIn(before)));
    }

    private static Points points(MethodSource source) {
        try {
            Class<?> type = Class.forName(source.getClassName(), false, JUnitChecks.class.getClassLoader());
            Method method = type.getDeclaredMethod(source.getMethodName());
            return method.getAnnotation(Points.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static final class Outcome implements TestExecutionListener {
        private TestExecutionResult result;

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() || this.result == null && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                this.result = result;
            }
        }
    }
}
