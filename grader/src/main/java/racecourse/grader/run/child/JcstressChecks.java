package racecourse.grader.run.child;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import racecourse.grader.check.Picture;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.check.Verdict;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * The course's jcstress tests that carry {@link Points}. All of an assignment's
 * litmus tests run in one jcstress invocation (its start-up probing costs seconds),
 * with the budget the grader passes; results are read from jcstress's own result
 * file, and a test with no result is an error, never a pass.
 */
final class JcstressChecks {
    private final Path testClasses;
    private final List<String> args;
    private final List<PlannedCheck> plan = new ArrayList<>();
    private final Map<String, Class<?>> classes = new LinkedHashMap<>();

    JcstressChecks(Path testClasses, List<String> args) throws IOException {
        this.testClasses = testClasses;
        this.args = List.copyOf(args);
        try (Stream<Path> walk = Files.walk(testClasses)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = testClasses.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = load(name);
                if (type != null && type.isAnnotationPresent(JCStressTest.class)
                        && type.isAnnotationPresent(Points.class)) {
                    String id = type.getSimpleName();
                    Description description = type.getAnnotation(Description.class);
                    String title = description != null ? description.value() : "jcstress: " + id;
                    plan.add(new PlannedCheck(id, title, CheckKind.JCSTRESS, type.getAnnotation(Points.class).value()));
                    classes.put(id, type);
                }
            }
        }
        plan.sort(Comparator.comparing(PlannedCheck::id));
    }

    private static Class<?> load(String name) {
        if (name.contains("$") || name.endsWith("_jcstress")) {
            return null;
        }
        try {
            return Class.forName(name, false, JcstressChecks.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    List<PlannedCheck> plan() {
        return plan;
    }

    Map<String, Verdict> run(List<PlannedCheck> checks) throws IOException {
        Path work = Files.createTempDirectory(testClasses.getParent(), "jcstress-");
        List<String> names = checks.stream().map(c -> classes.get(c.id()).getName()).toList();
        List<String> argv = new ArrayList<>(args);
        argv.addAll(List.of("-t", "^(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")$",
                "-r", work.resolve("report").toString()));
        PrintStream console = System.out;
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Throwable stopped = null;
        try (PrintStream log = new PrintStream(new FileOutputStream(work.resolve("jcstress.log").toFile()), true)) {
            System.setOut(log);
            Options options = new Options(argv.toArray(String[]::new));
            options.parse();
            try {
                new JCStress(options).run();
            } catch (Exception | AssertionError reportingFailure) {
                // jcstress throws from its report printer when any test failed; the results are on disk.
                stopped = reportingFailure;
            } catch (Error error) {
                if (error instanceof VirtualMachineError) {
                    throw error;
                }
                stopped = error;
            }
        } finally {
            System.setOut(console);
        }
        Map<String, List<TestResult>> byTest = read(work);
        for (PlannedCheck check : checks) {
            List<TestResult> results = byTest.getOrDefault(classes.get(check.id()).getName(), List.of());
            verdicts.put(check.id(), results.isEmpty() && stopped != null
                    ? OutcomeTable.stopped(stopped) : OutcomeTable.judge(results));
        }
        return verdicts;
    }

    /** jcstress writes jcstress-results-*.bin.gz in the working directory; collect every result in it. */
    private static Map<String, List<TestResult>> read(Path work) throws IOException {
        Map<String, List<TestResult>> byTest = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("."))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("jcstress-results-")).toList()) {
                InProcessCollector collector = new InProcessCollector();
                DiskReadCollector reader = new DiskReadCollector(file.toString(), collector);
                try {
                    reader.dump();
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                } finally {
                    reader.close();
                }
                Files.move(file, work.resolve(file.getFileName()));
                for (TestResult result : collector.getTestResults()) {
                    byTest.computeIfAbsent(result.getName(), k -> new ArrayList<>()).add(result);
                }
            }
        }
        return byTest;
    }

    /** jcstress's verdict on one test, with the outcome histogram a student can read. */
    static final class OutcomeTable {
        private OutcomeTable() {
        }

        /** jcstress stopped before it ran the test: say where, on which Java, and which JDKs it runs on. */
        static Verdict stopped(Throwable cause) {
            String where = Stream.of(cause.getStackTrace()).filter(f -> f.getClassName().startsWith("org.openjdk"))
                    .findFirst().map(f -> " in " + f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                    .orElse("");
            return Verdict.error("jcstress stopped before it ran this test, on Java " + Runtime.version()
                    + ": " + cause + where + ". The course is tested on JDK 17 and 25: install one of those"
                    + " (e.g. Temurin from adoptium.net) and grade with it", null);
        }

        static Verdict judge(List<TestResult> results) {
            if (results.isEmpty()) {
                return Verdict.error("jcstress produced no result for this test (it did not run)", null);
            }
            Map<String, Long> counts = new TreeMap<>();
            Map<String, GradingResult> meaning = new TreeMap<>();
            List<String> errors = new ArrayList<>();
            for (TestResult result : results) {
                if (result.status() != Status.NORMAL) {
                    errors.add(explain(result.status()) + " (" + String.join(" ", result.getMessages()).strip() + ")");
                }
                for (String state : result.getStateKeys()) {
                    counts.merge(state, result.getCount(state), Long::sum);
                }
                result.grading().gradingResults.forEach(meaning::putIfAbsent);
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder table = new StringBuilder(String.format("%-12s %14s %8s  %-11s %s%n",
                    "RESULT", "SAMPLES", "FREQ", "EXPECT", "DESCRIPTION"));
            String worst = null;
            List<Picture.Outcome> outcomes = new ArrayList<>();
            for (Map.Entry<String, Long> row : counts.entrySet()) {
                GradingResult grading = meaning.get(row.getKey());
                Expect expect = grading == null ? Expect.UNKNOWN : grading.expect;
                String description = grading == null ? "not described by the test" : grading.description;
                boolean broken = row.getValue() > 0 && (expect == Expect.FORBIDDEN || expect == Expect.UNKNOWN);
                table.append(String.format("%-12s %,14d %7.2f%%  %-11s %s%s%n", row.getKey(), row.getValue(),
                        100.0 * row.getValue() / Math.max(1, total), label(expect), description,
                        broken ? "   <-- forbidden" : ""));
                outcomes.add(new Picture.Outcome(row.getKey(), row.getValue(), label(expect).toLowerCase(Locale.ROOT),
                        description));
                if (broken && worst == null) {
                    worst = "forbidden outcome [" + row.getKey() + "] seen " + String.format("%,d", row.getValue())
                            + " times in " + String.format("%,d", total) + " runs: " + description;
                }
            }
            if (!errors.isEmpty()) {
                return Verdict.error("jcstress could not run this test: " + errors.get(0), table.toString());
            }
            if (total == 0) {
                return Verdict.error("jcstress ran this test but recorded no outcome", null);
            }
            Picture bars = Picture.ofOutcomes(outcomes);
            return worst == null
                    ? Verdict.pass(table.toString().stripTrailing(), bars)
                    : Verdict.fail(worst, table.toString().stripTrailing(), bars);
        }

        private static String explain(Status status) {
            return switch (status) {
                case VM_ERROR -> "the litmus test's JVM crashed or exited (System.exit or Runtime.halt in your code?)";
                case TEST_ERROR -> "your code threw an exception inside an actor";
                case TIMEOUT_ERROR -> "an actor did not return in time (an endless loop or a wait nobody ends?)";
                default -> status.toString();
            };
        }

        private static String label(Expect expect) {
            return switch (expect) {
                case ACCEPTABLE -> "Acceptable";
                case ACCEPTABLE_INTERESTING -> "Interesting";
                case FORBIDDEN -> "Forbidden";
                case UNKNOWN -> "Unknown";
            };
        }
    }
}
