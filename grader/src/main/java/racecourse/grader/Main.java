package racecourse.grader;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import racecourse.grader.build.Compiler;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.report.Reports;
import racecourse.grader.run.Runner;

/** {@code ./grade}: grades the course's assignments and writes every report. */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false, subcommands = {Verify.class, RubricCommand.class, MutantsCommand.class,
        GradescopeKitCommand.class, ExportCommand.class, ClassCommand.class, ClassReportCommand.class},
        description = "Grades racecourse assignments: stress tests, jcstress and rule checks, in child JVMs.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every graded assignment got full marks",
            "1:graded, points lost",
            "2:could not grade (bad arguments, the course's own build broken)"})
public final class Main implements Callable<Integer> {
    static final int FULL_MARKS = 0;
    static final int POINTS_LOST = 1;
    static final int CANNOT_GRADE = 2;

    /**
     * jcstress's budget, measured on 2 CPUs with JDK 17: its default mode forks 28 JVMs per
     * test (about 50 s each); one fork, one 200 ms iteration, split compilation off and one JVM
     * configuration costs about 6 s for all of an assignment's litmus tests together and still
     * sees hundreds of thousands of lost updates on an unprotected count++.
     */
    static final List<String> JCSTRESS_BUDGET = List.of("-m", "quick", "-sc", "false", "-f", "1", "-iters", "1",
            "-time", "200", "-hs", "128", "-jvmArgs", "-XX:+UseSerialGC -XX:-UsePerfData");

    @Parameters(paramLabel = "ID", description = "assignments to grade, by full name or prefix (default: all)")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--solutions", description = "grade the reference solutions (solutions/) instead of assignments/")
    private boolean solutions;

    @Option(names = "--submission", paramLabel = "DIR",
            description = "grade the student-edited files found in DIR with this repository's tests")
    private Path submission;

    @Option(names = "--out", paramLabel = "DIR", description = "where reports go (default: target/grading)")
    private Path out;

    @Option(names = "--only", paramLabel = "CHECK", split = ",",
            description = "run only these check ids (e.g. SharedCounterTest#incrementKeepsEveryUpdate)")
    private List<String> only = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR", hidden = true, description = "the course repository")
    private Path root = Path.of(System.getProperty("racecourse.root", "."));

    @Override
    public Integer call() throws Exception {
        if (solutions && submission != null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--solutions and --submission exclude each other");
        }
        if (submission != null && !Files.isDirectory(submission)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no such folder: " + submission);
        }
        Course course = Course.at(root);
        List<Assignment> chosen = ids.isEmpty() ? course.assignments() : ids.stream().map(course::find).toList();
        Path reports = out != null ? out : root.resolve("target/grading");
        Path scratch = Files.createTempDirectory("racecourse-");
        Grader grader = newGrader(course, scratch);
        PrintWriter console = new PrintWriter(System.out, true);
        List<AssignmentResult> results = new ArrayList<>();
        try {
            for (Assignment assignment : chosen) {
                console.printf("grading %s%s ...%n", assignment.id(), solutions ? " (solution)" : "");
                AssignmentResult result = grader.grade(assignment, source(course, assignment), only);
                Reports.console(result, console);
                results.add(result);
            }
        } finally {
            deleteQuietly(scratch);
        }
        Reports.writeAll(results, reports);
        console.printf("reports: %s%n", reports.toAbsolutePath().normalize());
        return results.stream().allMatch(AssignmentResult::fullMarks) ? FULL_MARKS : POINTS_LOST;
    }

    private Grader.Source source(Course course, Assignment assignment) {
        if (solutions) {
            return Grader.Source.solution(course.solutionDir(assignment));
        }
        if (submission != null) {
            return Grader.Source.submission(submission);
        }
        return Grader.Source.workingTree();
    }

    static Grader newGrader(Course course, Path scratch) {
        List<Path> classpath = courseClasspath();
        return new Grader(new Compiler(classpath), new Runner(classpath, JCSTRESS_BUDGET), scratch, course);
    }

    /** This JVM's classpath: JUnit's launcher, jcstress, the test support and the child runner. */
    static List<Path> courseClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .toList();
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getSubcommands().values().forEach(sub -> sub.setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                    cmd.getErr().println("grade " + cmd.getCommandName() + ": failed: " + e.getMessage());
                    return CANNOT_GRADE;
                }));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("grade: could not grade: " + e.getMessage());
            return CANNOT_GRADE;
        });
        commandLine.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("grade: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return CANNOT_GRADE;
        });
        return commandLine.execute(args);
    }
}
