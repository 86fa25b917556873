package racecourse.grader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * {@code ./grade verify --repeat N}: measures the course's detection power. Grades
 * every solution and every other correct fix in {@code right/} (right: full marks),
 * every starter (right: loses exactly the checks in starter-catches.txt) and every
 * known-wrong variant (right: loses every check in its catches.txt) N times, and
 * prints how often each verdict was right.
 * A rate below N/N is a bug in a check, to fix in the check, never by retrying.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Grades every solution, correct and known-wrong variant and starter N times; prints how often each verdict was right.")
final class Verify implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "assignments (default: all)")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "10", description = "gradings of each subject (default: 10)")
    private int repeat;

    /** What can be graded: the kinds of subject, to measure some without waiting for all. */
    enum Kind { SOLUTION, RIGHT, STARTER, WRONG }

    @Option(names = "--only", paramLabel = "KIND", split = ",",
            description = "grade only these kinds of subject: solution, right, starter, wrong (default: all)")
    private Set<Kind> kinds = java.util.EnumSet.allOf(Kind.class);

    @Option(names = "--full", description = "grade variants on every check, not only the checks that must catch them")
    private boolean full;

    @Option(names = "--root", paramLabel = "DIR", hidden = true)
    private Path root = Path.of(System.getProperty("racecourse.root", "."));

    private record Row(String assignment, String subject, boolean wrong, int right, int runs, List<Double> seconds,
                       String lastMiss) {
    }

    @Override
    public Integer call() throws Exception {
        Course course = Course.at(root);
        List<Assignment> chosen = ids.isEmpty() ? course.assignments() : ids.stream().map(course::find).toList();
        Path scratch = Files.createTempDirectory("racecourse-verify-");
        PrintWriter out = new PrintWriter(System.out, true);
        List<Row> rows = new ArrayList<>();
        try {
            Grader grader = Main.newGrader(course, scratch);
            out.printf("%-22s %-34s %8s %9s %9s%n", "assignment", "subject", "right", "median s", "worst s");
            for (Assignment assignment : chosen) {
                Path solution = course.solutionDir(assignment);
                if (kinds.contains(Kind.SOLUTION)) {
                    rows.add(print(out, measure(assignment, "solution: full marks", false,
                            () -> fullMarksOrWhy(grader.grade(assignment, Grader.Source.solution(solution), List.of())))));
                }
                if (kinds.contains(Kind.RIGHT)) {
                    for (Path variant : Expectations.rightVariants(solution)) {
                        rows.add(print(out, measure(assignment, "right/" + variant.getFileName(), false,
                                () -> fullMarksOrWhy(grader.grade(assignment, Grader.Source.solution(variant),
                                        List.of())))));
                    }
                }
                if (kinds.contains(Kind.STARTER)) {
                    List<String> starter = Expectations.read(solution.resolve("starter-catches.txt"));
                    rows.add(print(out, measure(assignment, "starter: loses its bug's checks", true, () -> {
                        AssignmentResult r = grader.grade(assignment, Grader.Source.workingTree(), List.of());
                        Set<String> lost = failed(r);
                        return Expectations.starterBorneOut(starter, lost) ? null : "lost " + lost + why(r);
                    })));
                }
                if (kinds.contains(Kind.WRONG)) {
                    for (Expectations variant : Expectations.wrongVariants(solution)) {
                        rows.add(print(out, measure(assignment, "wrong/" + variant.name(), true, () -> {
                            AssignmentResult r = grader.grade(assignment, Grader.Source.solution(variant.submission()),
                                    full ? List.of() : variant.graded());
                            Set<String> lost = failed(r);
                            return variant.borneOutBy(lost) && r.score() < r.maxScore() ? null : "lost " + lost + why(r);
                        })));
                    }
                }
            }
        } finally {
            Main.deleteQuietly(scratch);
        }
        int wrongRight = rows.stream().filter(Row::wrong).mapToInt(Row::right).sum();
        int wrongRuns = rows.stream().filter(Row::wrong).mapToInt(Row::runs).sum();
        int fullRight = rows.stream().filter(r -> !r.wrong()).mapToInt(Row::right).sum();
        int fullRuns = rows.stream().filter(r -> !r.wrong()).mapToInt(Row::runs).sum();
        List<Double> all = rows.stream().flatMap(r -> r.seconds().stream()).toList();
        out.printf("wrong caught %d/%d runs, right full %d/%d runs, median %.1f s%n", wrongRight, wrongRuns,
                fullRight, fullRuns, median(all));
        return wrongRight == wrongRuns && fullRight == fullRuns ? Main.FULL_MARKS : Main.POINTS_LOST;
    }

    private interface Trial {
        /** Grades once; returns null when the verdict was right, else what went wrong. */
        String run() throws Exception;
    }

    private Row measure(Assignment assignment, String subject, boolean wrong, Trial trial) throws Exception {
        int right = 0;
        List<Double> seconds = new ArrayList<>();
        String lastMiss = null;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            String miss = trial.run();
            seconds.add((System.nanoTime() - start) / 1e9);
            if (miss == null) {
                right++;
            } else {
                lastMiss = miss;
            }
        }
        return new Row(assignment.id(), subject, wrong, right, repeat, seconds, lastMiss);
    }

    private static Row print(PrintWriter out, Row row) {
        out.printf("%-22s %-34s %4d/%-3d %9.1f %9.1f%s%n", row.assignment(), row.subject(), row.right(), row.runs(),
                median(row.seconds()), row.seconds().stream().mapToDouble(Double::doubleValue).max().orElse(0),
                row.lastMiss() == null ? "" : "   MISSED: " + row.lastMiss());
        return row;
    }

    private static String fullMarksOrWhy(AssignmentResult result) {
        return result.fullMarks() ? null : "lost " + failed(result) + why(result);
    }

    /** The first failed check's message, so a miss in the table can be understood without a rerun. */
    private static String why(AssignmentResult result) {
        return result.tests().stream().filter(t -> !t.passed()).findFirst()
                .map(t -> " (" + t.id() + ": " + t.message() + ")").orElse(" (no check failed)");
    }

    private static Set<String> failed(AssignmentResult result) {
        return result.tests().stream().filter(t -> !t.passed()).map(CheckResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
