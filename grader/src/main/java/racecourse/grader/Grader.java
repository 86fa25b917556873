package racecourse.grader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import racecourse.grader.build.Compilation;
import racecourse.grader.build.Compiler;
import racecourse.grader.build.Workspace;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.Judge;
import racecourse.grader.run.CourseGuard;
import racecourse.grader.run.RunResult;
import racecourse.grader.run.Runner;
import racecourse.grader.run.Sandbox;
import racecourse.grader.template.CheckList;
import racecourse.grader.template.IgnoredFiles;

/** Grades one assignment: build a workspace, compile, run the checks in child JVMs, judge. */
public final class Grader {
    /** Where the student-edited files come from. */
    public record Source(Optional<Path> dir, boolean checkTampering) {
        /** The assignment module as it is in this working tree (a student grading their own edits). */
        public static Source workingTree() {
            return new Source(Optional.empty(), false);
        }

        public static Source solution(Path dir) {
            return new Source(Optional.of(dir), false);
        }

        public static Source submission(Path dir) {
            return new Source(Optional.of(dir), true);
        }
    }

    private final Compiler compiler;
    private final Runner runner;
    private final Path scratch;
    private final Course course;
    /** The copy of the course that every grading restores; null: a fresh copy before each grading. */
    private final CourseGuard pristine;

    private Grader(Compiler compiler, Runner runner, Path scratch, Course course, CourseGuard pristine) {
        this.compiler = compiler;
        this.runner = runner;
        this.scratch = scratch;
        this.course = course;
        this.pristine = pristine;
    }

    /** A grader that runs student code in a box where this machine has one ({@code --sandbox auto}). */
    public static Grader of(Course course, Path scratch) {
        return of(course, scratch, Sandbox.choose(Sandbox.Mode.AUTO));
    }

    /**
     * A grader of {@code course} working in {@code scratch}. The child JVMs run in {@code sandbox} on this
     * JVM's own classpath (JUnit's launcher, jcstress, Lincheck, the test support and the child runner),
     * with the jcstress budget the course measured.
     */
    public static Grader of(Course course, Path scratch, Sandbox sandbox) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .toList();
        return new Grader(new Compiler(classpath), new Runner(classpath, Runner.JCSTRESS_BUDGET, sandbox), scratch,
                course, null);
    }

    /**
     * A grader with its own scratch folder that restores the course from {@code pristine}, a copy taken
     * once before any student code ran: with several gradings at once, a copy taken before each one
     * could capture another submission's changes to the course.
     */
    public Grader forWorker(Path workerScratch, CourseGuard pristine) {
        return new Grader(compiler, runner, workerScratch, course, pristine);
    }

    public AssignmentResult grade(Assignment assignment, Source source, List<String> only)
            throws IOException, InterruptedException {
        return grade(assignment, source, only, false);
    }

    /**
     * Grades the checks of {@code only} (all when empty). With {@code untilFirstLoss} it stops at the first
     * check lost and the result lists only the checks that ran: enough to tell whether code loses points
     * (the mutants' sample), not a grade.
     */
    public AssignmentResult grade(Assignment assignment, Source source, List<String> only, boolean untilFirstLoss)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path work = scratch.resolve(assignment.id());
        Workspace workspace = Workspace.prepare(assignment, source.dir(), work.resolve("submission"));
        List<String> tampered = source.checkTampering()
                ? IgnoredFiles.of(source.dir().orElseThrow(), course, assignment.id()) : List.of();
        if (source.checkTampering() && workspace.holdsTheStarter(course.starterFiles(assignment))) {
            List<PlannedCheck> plan = checks(assignment);
            return Judge.notStarted(assignment.id(), only.isEmpty() ? plan
                    : plan.stream().filter(check -> only.contains(check.id())).toList(), workspace.notes(), tampered,
                    (System.nanoTime() - started) / 1_000_000).stamped(workspace.studentFilesSha256(), Instant.now())
                    .ranIn(runner.sandboxName());
        }
        Compilation compilation = compiler.compile(workspace);
        RunResult run;
        String error = null;
        List<String> notes = new ArrayList<>(workspace.notes());
        if (compilation.ok()) {
            CourseGuard guard = pristine != null ? pristine : CourseGuard.snapshot(course.root(), assignment.moduleDir());
            run = runner.run(workspace, assignment.limits(), only, untilFirstLoss, work.resolve("run"));
            if (run.failure() != null) {
                String tail = run.outputTail();
                error = run.failure() + (tail.isEmpty() ? "" : "\n" + tail);
            }
            notes.addAll(run.restarts());
            List<String> restored = guard.restore(course.root());
            if (!restored.isEmpty()) {
                notes.add((pristine == null ? "your code changed the course's files while it was graded"
                        : "the course's files changed while this submission was graded (with --jobs above 1, "
                                + "possibly by another submission graded at the same time)")
                        + "; they were restored: " + String.join(", ", restored));
            }
        } else {
            error = compilation.messages();
            run = RunResult.failed(error, "");
        }
        List<PlannedCheck> plan = compilation.ok() ? run.plan() : checks(assignment);
        Set<String> ran = run.outcomes().keySet();
        boolean everyPlanned = !untilFirstLoss || ran.isEmpty();
        List<PlannedCheck> graded = plan.stream().filter(check -> only.isEmpty() || only.contains(check.id()))
                .filter(check -> everyPlanned || ran.contains(check.id())).toList();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return Judge.judge(assignment.id(), graded, run.outcomes()::get, error, notes, tampered, millis)
                .stamped(workspace.studentFilesSha256(), Instant.now()).ranIn(runner.sandboxName());
    }

    /** The checks of each assignment, by assignment id, in the order given. */
    public Map<String, List<PlannedCheck>> checks(List<Assignment> assignments)
            throws IOException, InterruptedException {
        Map<String, List<PlannedCheck>> checks = new LinkedHashMap<>();
        for (Assignment assignment : assignments) {
            checks.put(assignment.id(), checks(assignment));
        }
        return checks;
    }

    /**
     * The checks of an assignment and their points, as a grading lists them: in a student template, as
     * its export listed them; otherwise from its tests, compiled against student files sure to compile
     * (the reference solution; in a template without a list, the starter as handed out). No check runs.
     */
    public List<PlannedCheck> checks(Assignment assignment) throws IOException, InterruptedException {
        Optional<List<PlannedCheck>> listed = CheckList.of(course, assignment);
        if (listed.isPresent()) {
            return listed.get();
        }
        Path work = scratch.resolve(assignment.id() + "-checks");
        Workspace workspace = Workspace.prepare(assignment, Optional.of(course.compilingStudentFiles(assignment)),
                work.resolve("source"));
        Compilation compilation = compiler.compile(workspace);
        if (!compilation.ok()) {
            throw new IOException("the course's own " + assignment.id() + " does not compile:\n"
                    + compilation.messages());
        }
        return runner.plan(workspace, assignment.limits(), work.resolve("plan"));
    }
}
