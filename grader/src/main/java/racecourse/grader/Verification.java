package racecourse.grader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;

/**
 * The course's detection power, measured: every {@link Subject} of the chosen assignments graded
 * {@code repeat} times, with how often its verdict was right and how long a grading took. A rate
 * below N/N is a bug in a check, to fix in the check, never by retrying.
 */
public final class Verification {
    private record Row(String assignment, String subject, boolean wrong, int right, int runs, List<Double> seconds,
                       String lastMiss) {
    }

    private final Course course;
    private final int repeat;
    private final Set<Subject.Kind> kinds;
    private final boolean everyCheck;

    /** {@code everyCheck}: grade known-wrong fixes on every check, not only the ones that must catch them. */
    public Verification(Course course, int repeat, Set<Subject.Kind> kinds, boolean everyCheck) {
        this.course = course;
        this.repeat = repeat;
        this.kinds = Set.copyOf(kinds);
        this.everyCheck = everyCheck;
    }

    /** Grades and prints a row per subject, then the totals; true when every verdict was right. */
    public boolean run(List<Assignment> chosen, PrintWriter out) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("racecourse-verify-");
        List<Row> rows = new ArrayList<>();
        try {
            Grader grader = Grader.of(course, scratch);
            out.printf("%-22s %-34s %8s %9s %9s%n", "assignment", "subject", "right", "median s", "worst s");
            for (Assignment assignment : chosen) {
                for (Subject subject : Subject.of(course, assignment, kinds, everyCheck)) {
                    rows.add(print(out, measure(grader, assignment, subject)));
                }
            }
        } finally {
            Folders.deleteQuietly(scratch);
        }
        int wrongRight = rows.stream().filter(Row::wrong).mapToInt(Row::right).sum();
        int wrongRuns = rows.stream().filter(Row::wrong).mapToInt(Row::runs).sum();
        int fullRight = rows.stream().filter(r -> !r.wrong()).mapToInt(Row::right).sum();
        int fullRuns = rows.stream().filter(r -> !r.wrong()).mapToInt(Row::runs).sum();
        List<Double> all = rows.stream().flatMap(r -> r.seconds().stream()).toList();
        out.printf("wrong caught %d/%d runs, right full %d/%d runs, median %.1f s%n", wrongRight, wrongRuns,
                fullRight, fullRuns, median(all));
        return wrongRight == wrongRuns && fullRight == fullRuns;
    }

    private Row measure(Grader grader, Assignment assignment, Subject subject)
            throws IOException, InterruptedException {
        int right = 0;
        List<Double> seconds = new ArrayList<>();
        String lastMiss = null;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            Optional<String> miss = subject.miss(grader, assignment);
            seconds.add((System.nanoTime() - start) / 1e9);
            if (miss.isEmpty()) {
                right++;
            } else {
                lastMiss = miss.get();
            }
        }
        return new Row(assignment.id(), subject.name(), subject.kind().wrong(), right, repeat, seconds, lastMiss);
    }

    private static Row print(PrintWriter out, Row row) {
        out.printf("%-22s %-34s %4d/%-3d %9.1f %9.1f%s%n", row.assignment(), row.subject(), row.right(), row.runs(),
                median(row.seconds()), row.seconds().stream().mapToDouble(Double::doubleValue).max().orElse(0),
                row.lastMiss() == null ? "" : "   MISSED: " + row.lastMiss());
        return row;
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
