package racecourse.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import racecourse.grader.Grader;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.Standing;
import racecourse.grader.report.Reports;
import racecourse.grader.run.Sandbox;
import racecourse.grader.template.PristineCourse;

/** {@code ./grade}: grades the course's assignments and writes every report. */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false, subcommands = {VerifyCommand.class,
        MutantsCommand.class, RubricCommand.class, GradescopeKitCommand.class, ExportCommand.class, ClassCommand.class,
        ClassReportCommand.class},
        description = "Grades racecourse assignments: stress tests, jcstress and rule checks, in child JVMs.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every graded assignment got full marks (or, in a student's repository, was not started)",
            "1:graded, points lost",
            "2:could not grade (bad arguments, the course's own build broken)"})
final class GradeCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CourseOptions courseOptions;

    @Mixin
    private CheckOptions checkOptions;

    @Option(names = "--solutions", description = "grade the reference solutions (solutions/) instead of assignments/")
    private boolean solutions;

    @Option(names = "--submission", paramLabel = "DIR",
            description = "grade the student-edited files found in DIR with this repository's tests")
    private Path submission;

    @Option(names = "--out", paramLabel = "DIR", description = "where reports go (default: target/grading)")
    private Path out;

    @Option(names = "--sandbox", paramLabel = "MODE", defaultValue = "auto",
            description = "run student code in a bubblewrap box: auto (where it works), required, off (default: auto)")
    private Sandbox.Mode sandbox;

    @Override
    public Integer call() throws Exception {
        if (solutions && submission != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--solutions and --submission exclude each other");
        }
        if (submission != null && !Files.isDirectory(submission)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + submission);
        }
        Course course = courseOptions.course();
        Path reports = out != null ? out : courseOptions.root().resolve("target/grading");
        Sandbox box = Sandbox.choose(sandbox);
        Path scratch = Files.createTempDirectory("racecourse-");
        PrintWriter console = new PrintWriter(System.out, true);
        Path graded = submission;
        if (submission == null && !solutions && course.isTemplate()) {
            // A student's repository: graded as the course's regrade grades it (its student-edited files only).
            course = PristineCourse.of(course, scratch.resolve("course"), note -> console.println("note: " + note));
            graded = courseOptions.root();
        }
        List<Assignment> chosen = courseOptions.assignments(course);
        Grader grader = Grader.of(course, scratch, box);
        List<AssignmentResult> results = new ArrayList<>();
        try {
            for (Assignment assignment : chosen) {
                console.printf("grading %s%s ...%n", assignment.id(), solutions ? " (solution)" : "");
                AssignmentResult result = grader.grade(assignment, source(course, assignment, graded),
                        checkOptions.only());
                Reports.console(result, console);
                results.add(result);
            }
        } finally {
            Folders.deleteQuietly(scratch);
        }
        Reports.writeAll(results, reports);
        console.printf("reports: %s%n", reports.toAbsolutePath().normalize());
        return ExitStatus.of(Standing.ofStarted(results)).code();
    }

    /** {@code graded}: the checkout whose student-edited files are graded, or null for this working tree. */
    private Grader.Source source(Course course, Assignment assignment, Path graded) {
        if (solutions) {
            return Grader.Source.solution(course.solutionDir(assignment));
        }
        if (graded != null) {
            return Grader.Source.submission(graded);
        }
        return Grader.Source.workingTree();
    }
}
