package racecourse.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import racecourse.grader.ClassRun;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.classreport.ClassReport;
import racecourse.grader.judge.Standing;
import racecourse.grader.roster.Progress;
import racecourse.grader.roster.Roster;

/**
 * {@code ./grade class}: a trusted regrade of a whole class. Every student checkout under the roster
 * is graded with this repository's tests and grader, taking only the student-edited files (as
 * {@code --submission} does), up to {@code --jobs} students at once. Resumable: a finished student
 * is never graded twice. Ends with the class report of the whole output folder.
 *
 * <p>With {@code --jobs} above 1, a change student code makes to the course's files is restored
 * and reported in the result of whichever grading ends first, not necessarily the one whose code
 * made it: regrade such students with {@code --jobs 1} to attribute it.
 */
@Command(name = "class", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Regrades every student checkout under a roster folder; results per student, then the class report.")
final class ClassCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CourseOptions courseOptions;

    @Mixin
    private CheckOptions checkOptions;

    @Option(names = "--roster", paramLabel = "DIR", required = true,
            description = "one checkout per student; the folder's name is the student's id")
    private Path roster;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "results: DIR/<student>/ (every report), DIR/grades.csv, DIR/class-report.html")
    private Path out;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "students graded at once (default: 1)")
    private int jobs;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (!Files.isDirectory(roster)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + roster);
        }
        if (out.toAbsolutePath().normalize().startsWith(roster.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must not be inside --roster");
        }
        Course course = courseOptions.course();
        List<Assignment> chosen = courseOptions.assignments(course);
        List<String> only = checkOptions.only();
        Files.createDirectories(out);
        Roster students = new Roster(roster, out, chosen.stream().map(Assignment::id).toList(), only);
        List<Standing> standings = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        for (String student : students.students()) {
            Optional<Standing> finished = students.finished(student);
            finished.ifPresentOrElse(standings::add, () -> todo.add(student));
        }
        System.out.printf("class: %d students, %d already graded, %d to grade (--jobs %d)%n",
                standings.size() + todo.size(), standings.size(), todo.size(), jobs);
        Progress progress = new Progress(System.out, System.console() != null, todo.size());
        standings.addAll(new ClassRun(chosen, only, students, progress).gradeAll(course, todo, jobs));

        ClassReport report = ClassReport.read(out);
        report.write(out);
        System.out.printf("class report: %s%n", out.resolve("class-report.html").toAbsolutePath().normalize());
        return ExitStatus.of(Standing.worst(standings)).code();
    }
}
