package racecourse.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import racecourse.grader.build.Workspace;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.Standing;
import racecourse.grader.report.Reports;
import racecourse.grader.roster.Deadline;
import racecourse.grader.roster.Progress;
import racecourse.grader.roster.Roster;
import racecourse.grader.run.CourseGuard;
import racecourse.grader.run.Sandbox;

/**
 * Grades a class's students, up to {@code jobs} at once, each in a scratch folder of their own.
 * The course's files are copied once, before any student code runs, and restored from that copy
 * after every grading (see {@link Grader#forWorker}). First each student's files are found (at a
 * deadline: exported from the last commit before it) and fingerprinted, so that a student finished
 * on the same commit and files is not graded again.
 */
public final class ClassRun implements AutoCloseable {
    /** One student's files, ready to grade: where they are, the commit (at a deadline), their fingerprints. */
    public record Submission(String student, Path files, String commit, String committedAt, Map<String, String> fingerprints) {
    }

    /** Where the class stands before grading: how finished or ungradable students stand, and the rest. */
    public record Plan(List<Standing> standings, List<Submission> todo, int notGraded) {
    }

    private final Course course;
    private final List<Assignment> chosen;
    private final List<String> only;
    private final Roster roster;
    private final Optional<Deadline> deadline;
    private final Path scratch;

    public ClassRun(Course course, List<Assignment> chosen, List<String> only, Roster roster, Optional<Deadline> deadline)
            throws IOException {
        this.course = course;
        this.chosen = List.copyOf(chosen);
        this.only = List.copyOf(only);
        this.roster = roster;
        this.deadline = deadline;
        this.scratch = Files.createTempDirectory("racecourse-class-");
    }

    /** Finds and fingerprints each student's files; reports the ones that cannot be graded. */
    public Plan plan(List<String> students) throws IOException, InterruptedException {
        List<Standing> standings = new ArrayList<>();
        List<Submission> todo = new ArrayList<>();
        int notGraded = 0;
        for (String student : students) {
            Submission submission;
            String reason;
            try {
                submission = submission(student);
                reason = null;
            } catch (Deadline.NotGradable e) {
                submission = null;
                reason = e.getMessage();
            } catch (IOException e) {
                submission = null;
                reason = "cannot be read: " + e;
            }
            if (submission == null) {
                roster.markNotGraded(student, reason);
                System.out.printf("%s: not graded: %s%n", student, reason);
                standings.add(Standing.NOT_GRADED);
                notGraded++;
                continue;
            }
            Optional<Standing> finished = roster.finished(student, submission.commit(), submission.fingerprints());
            if (finished.isPresent()) {
                standings.add(finished.get());
            } else {
                todo.add(submission);
            }
        }
        return new Plan(standings, todo, notGraded);
    }

    private Submission submission(String student) throws Deadline.NotGradable, IOException, InterruptedException {
        Path checkout = roster.checkout(student);
        Path files = checkout;
        String commit = null;
        String committedAt = null;
        if (deadline.isPresent()) {
            Deadline.AtCommit exported = deadline.get().export(checkout, scratch.resolve("export").resolve(student));
            files = exported.files();
            commit = exported.commit();
            committedAt = exported.committedAt();
        }
        Map<String, String> fingerprints = new LinkedHashMap<>();
        Path laid = scratch.resolve("fingerprint");
        for (Assignment assignment : chosen) {
            fingerprints.put(assignment.id(),
                    Workspace.prepare(assignment, Optional.of(files), laid).studentFilesSha256());
        }
        Folders.deleteQuietly(laid);
        return new Submission(student, files, commit, committedAt, fingerprints);
    }

    /** Grades {@code todo}; returns how each one's grading stands, in the same order. */
    public List<Standing> gradeAll(List<Submission> todo, int jobs, Sandbox sandbox, Progress progress)
            throws IOException, InterruptedException {
        CourseGuard pristine = CourseGuard.snapshot(course.root(), chosen.stream().map(Assignment::moduleDir).toList());
        Grader grader = Grader.of(course, scratch, sandbox);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Standing>> graded = new ArrayList<>();
            for (Submission submission : todo) {
                graded.add(pool.submit(() -> grade(submission, grader, pristine, progress)));
            }
            List<Standing> standings = new ArrayList<>();
            for (Future<Standing> standing : graded) {
                standings.add(standing.get());
            }
            return standings;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
        }
    }

    @Override
    public void close() {
        Folders.deleteQuietly(scratch);
    }

    /** Grades one student and writes their reports, the completion marker last; returns how it stands. */
    private Standing grade(Submission submission, Grader grader, CourseGuard pristine, Progress progress) {
        String student = submission.student();
        progress.started(student);
        Path mine = null;
        try {
            mine = Files.createTempDirectory(scratch, "student-");
            Grader worker = grader.forWorker(mine, pristine);
            List<AssignmentResult> results = new ArrayList<>();
            for (Assignment assignment : chosen) {
                AssignmentResult result = worker.grade(assignment, Grader.Source.submission(submission.files()), only);
                results.add(submission.commit() == null ? result
                        : result.atCommit(submission.commit(), submission.committedAt()));
            }
            Reports.writeAll(results, roster.results(student));
            Standing standing = Standing.of(results);
            roster.markFinished(student, standing, submission.commit(), submission.fingerprints());
            progress.finished(student, line(student, results));
            return standing;
        } catch (IOException | RuntimeException e) {
            notGraded(student, "could not grade: " + e.getMessage());
            progress.finished(student, student + ": could not grade: " + e.getMessage());
            return Standing.NOT_GRADED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.finished(student, student + ": interrupted");
            return Standing.NOT_GRADED;
        } finally {
            if (mine != null) {
                Folders.deleteQuietly(mine);
            }
        }
    }

    private void notGraded(String student, String reason) {
        try {
            roster.markNotGraded(student, reason);
        } catch (IOException e) {
            // the console line still says why
        }
    }

    private static String line(String student, List<AssignmentResult> results) {
        int score = results.stream().mapToInt(AssignmentResult::score).sum();
        int max = results.stream().mapToInt(AssignmentResult::maxScore).sum();
        long tampered = results.stream().mapToLong(r -> r.tampered().size()).sum();
        return student + ": " + score + "/" + max + " points"
                + (tampered == 0 ? "" : ", " + tampered + (tampered == 1 ? " tampered file" : " tampered files"));
    }
}
