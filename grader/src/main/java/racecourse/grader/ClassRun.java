package racecourse.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.report.Reports;
import racecourse.grader.roster.Progress;
import racecourse.grader.roster.Roster;
import racecourse.grader.run.CourseGuard;
import racecourse.grader.run.Sandbox;

/**
 * Grades a class's students, up to {@code jobs} at once, each in a scratch folder of their own.
 * The course's files are copied once, before any student code runs, and restored from that copy
 * after every grading (see {@link Grader#forWorker}).
 */
final class ClassRun {
    private final List<Assignment> chosen;
    private final List<String> only;
    private final Roster roster;
    private final Progress progress;

    ClassRun(List<Assignment> chosen, List<String> only, Roster roster, Progress progress) {
        this.chosen = List.copyOf(chosen);
        this.only = List.copyOf(only);
        this.roster = roster;
        this.progress = progress;
    }

    /** Grades {@code students}; returns the exit status each earned, in the same order. */
    List<Integer> gradeAll(Course course, List<String> students, int jobs, Sandbox sandbox)
            throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("racecourse-class-");
        CourseGuard pristine = CourseGuard.snapshot(course.root(), chosen.stream().map(Assignment::moduleDir).toList());
        Grader grader = Main.newGrader(course, scratch, sandbox);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Integer>> graded = new ArrayList<>();
            for (String student : students) {
                graded.add(pool.submit(() -> grade(student, grader, pristine, scratch)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : graded) {
                statuses.add(status.get());
            }
            return statuses;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
            Main.deleteQuietly(scratch);
        }
    }

    /** Grades one student and writes their reports, the completion marker last; returns their exit status. */
    private int grade(String student, Grader grader, CourseGuard pristine, Path scratch) {
        progress.started(student);
        Path mine = null;
        try {
            mine = Files.createTempDirectory(scratch, "student-");
            Grader worker = grader.forWorker(mine, pristine);
            List<AssignmentResult> results = new ArrayList<>();
            for (Assignment assignment : chosen) {
                results.add(worker.grade(assignment, Grader.Source.submission(roster.checkout(student)), only));
            }
            Reports.writeAll(results, roster.results(student));
            int status = results.stream().allMatch(AssignmentResult::fullMarks) ? Main.FULL_MARKS : Main.POINTS_LOST;
            roster.markFinished(student, status);
            progress.finished(student, line(student, results));
            return status;
        } catch (IOException | RuntimeException e) {
            progress.finished(student, student + ": could not grade: " + e.getMessage());
            return Main.CANNOT_GRADE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.finished(student, student + ": interrupted");
            return Main.CANNOT_GRADE;
        } finally {
            if (mine != null) {
                Main.deleteQuietly(mine);
            }
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
