package racecourse.grader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import racecourse.grader.build.Compilation;
import racecourse.grader.build.Compiler;
import racecourse.grader.build.Workspace;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.Judge;
import racecourse.grader.run.CourseGuard;
import racecourse.grader.run.PlannedCheck;
import racecourse.grader.run.RunResult;
import racecourse.grader.run.Runner;
import racecourse.grader.template.IgnoredFiles;

/** Grades one assignment: build a workspace, compile, run the checks in child JVMs, judge. */
final class Grader {
    /** Where the student-edited files come from. */
    record Source(Optional<Path> dir, boolean checkTampering) {
        /** The assignment module as it is in this working tree (a student grading their own edits). */
        static Source workingTree() {
            return new Source(Optional.empty(), false);
        }

        static Source solution(Path dir) {
            return new Source(Optional.of(dir), false);
        }

        static Source submission(Path dir) {
            return new Source(Optional.of(dir), true);
        }
    }

    private final Compiler compiler;
    private final Runner runner;
    private final Path scratch;
    private final Course course;
    /** The copy of the course that every grading restores; null: a fresh copy before each grading. */
    private final CourseGuard pristine;

    Grader(Compiler compiler, Runner runner, Path scratch, Course course) {
        this(compiler, runner, scratch, course, null);
    }

    private Grader(Compiler compiler, Runner runner, Path scratch, Course course, CourseGuard pristine) {
        this.compiler = compiler;
        this.runner = runner;
        this.scratch = scratch;
        this.course = course;
        this.pristine = pristine;
    }

    /**
     * A grader with its own scratch folder that restores the course from {@code pristine}, a copy taken
     * once before any student code ran: with several gradings at once, a copy taken before each one
     * could capture another submission's changes to the course.
     */
    Grader forWorker(Path workerScratch, CourseGuard pristine) {
        return new Grader(compiler, runner, workerScratch, course, pristine);
    }

    AssignmentResult grade(Assignment assignment, Source source, List<String> only)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path work = scratch.resolve(assignment.id());
        Workspace workspace = Workspace.prepare(assignment, source.dir(), work.resolve("submission"));
        List<String> tampered = source.checkTampering()
                ? IgnoredFiles.of(source.dir().orElseThrow(), course, assignment.id()) : List.of();
        if (source.checkTampering() && workspace.holdsTheStarter(course.starterFiles(assignment))) {
            List<PlannedCheck> plan = plan(assignment, work).plan();
            return Judge.notStarted(assignment.id(), only.isEmpty() ? plan
                    : plan.stream().filter(check -> only.contains(check.id())).toList(), workspace.notes(), tampered,
                    (System.nanoTime() - started) / 1_000_000).stamped(workspace.studentFilesSha256(), Instant.now());
        }
        Compilation compilation = compiler.compile(workspace);
        RunResult run;
        String error = null;
        List<String> notes = new ArrayList<>(workspace.notes());
        if (compilation.ok()) {
            CourseGuard guard = pristine != null ? pristine : CourseGuard.snapshot(course.root(), assignment.moduleDir());
            run = runner.run(workspace, assignment.limits(), only, work.resolve("run"));
            error = run.failure() == null ? null : run.failure() + tailOf(run.output());
            List<String> restored = guard.restore(course.root());
            if (!restored.isEmpty()) {
                notes.add((pristine == null ? "your code changed the course's files while it was graded"
                        : "the course's files changed while this submission was graded (with --jobs above 1, "
                                + "possibly by another submission graded at the same time)")
                        + "; they were restored: " + String.join(", ", restored));
            }
        } else {
            error = compilation.messages();
            run = plan(assignment, work);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<PlannedCheck> graded = only.isEmpty() ? run.plan()
                : run.plan().stream().filter(check -> only.contains(check.id())).toList();
        return Judge.judge(assignment.id(), graded, run.outcomes()::get, error, notes, tampered, millis)
                .stamped(workspace.studentFilesSha256(), Instant.now());
    }

    /**
     * The checks of an assignment whose submission does not compile, so that the result still
     * shows every check and the full max score: listed from student files sure to compile.
     */
    private RunResult plan(Assignment assignment, Path work) throws IOException, InterruptedException {
        Workspace starter = Workspace.prepare(assignment, Optional.of(course.compilingStudentFiles(assignment)),
                work.resolve("plan-source"));
        Compilation compilation = compiler.compile(starter);
        if (!compilation.ok()) {
            throw new IOException("the course's own " + assignment.id() + " does not compile:\n"
                    + compilation.messages());
        }
        return runner.run(starter, assignment.limits(), List.of("(list only)"), work.resolve("plan"));
    }

    private static String tailOf(String output) {
        String trimmed = output.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return "\n" + (trimmed.length() <= 2000 ? trimmed : "...\n" + trimmed.substring(trimmed.length() - 2000));
    }
}
