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
import racecourse.grader.roster.Deadline;
import racecourse.grader.roster.Progress;
import racecourse.grader.roster.Roster;
import racecourse.grader.roster.Shard;
import racecourse.grader.run.Sandbox;

/**
 * {@code ./grade class}: a trusted regrade of a whole class. Every student checkout under the roster
 * is graded with this repository's tests and grader, taking only the student-edited files (as
 * {@code --submission} does), up to {@code --jobs} students at once. Resumable: a finished student
 * is graded again only when their commit or student files changed. Ends with the class report of the
 * whole output folder.
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

    @Option(names = "--before", paramLabel = "DATETIME",
            description = "grade each checkout's last commit before this ISO-8601 time (e.g. 2026-12-01T23:59:00Z), "
                    + "exported with git: the checkout is never changed")
    private String before;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "1/1",
            description = "grade only share K of N of the roster, chosen by a hash of the student id "
                    + "(merge the shards' results with class-report)")
    private String shard;

    @Option(names = "--sandbox", paramLabel = "MODE", defaultValue = "auto",
            description = "run student code in a bubblewrap box: auto (where it works), required, off (default: auto)")
    private Sandbox.Mode sandbox;

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
        Shard share;
        Optional<Deadline> deadline;
        try {
            share = Shard.parse(shard);
            deadline = before == null ? Optional.empty() : Optional.of(Deadline.parse(before));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Sandbox box = Sandbox.choose(sandbox);
        Course course = courseOptions.course();
        List<Assignment> chosen = courseOptions.assignments(course);
        List<String> only = checkOptions.only();
        Files.createDirectories(out);
        Roster students = new Roster(roster, out, chosen.stream().map(Assignment::id).toList(), only);
        List<String> mine = students.students().stream().filter(share::holds).toList();
        List<Standing> standings = new ArrayList<>();
        try (ClassRun run = new ClassRun(course, chosen, only, students, deadline)) {
            ClassRun.Plan plan = run.plan(mine);
            standings.addAll(plan.standings());
            System.out.printf("class: %d students%s, %d already graded, %d not gradable, %d to grade "
                    + "(--jobs %d, sandbox: %s)%n", mine.size(), share.equals(Shard.ALL) ? "" : " in shard " + shard,
                    plan.standings().size() - plan.notGraded(), plan.notGraded(), plan.todo().size(), jobs, box.name());
            Progress progress = new Progress(System.out, System.console() != null, plan.todo().size());
            standings.addAll(run.gradeAll(plan.todo(), jobs, box, progress));
        }

        ClassReport report = ClassReport.read(out);
        report.write(out);
        System.out.printf("class report: %s%n", out.resolve("class-report.html").toAbsolutePath().normalize());
        return ExitStatus.of(Standing.worst(standings)).code();
    }
}
