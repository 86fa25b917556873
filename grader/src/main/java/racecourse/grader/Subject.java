package racecourse.grader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * One thing the course's proof grades, with the verdict that would be right for it: the reference
 * solution and every other correct fix ({@code right/}) get full marks; the starter loses the checks
 * of its {@code starter-catches.txt}; every known-wrong fix ({@code wrong/}) loses the checks of its
 * {@code catches.txt}. The proof test grades each once, {@code ./grade verify} many times.
 */
public record Subject(Kind kind, String name, Grader.Source source, List<String> graded,
                      Function<AssignmentResult, String> missOf) {

    /** The kinds of subject, to measure some without waiting for all. */
    public enum Kind {
        SOLUTION, RIGHT, STARTER, WRONG;

        /** Whether this kind of subject is meant to lose points. */
        public boolean wrong() {
            return this == STARTER || this == WRONG;
        }
    }

    /** Grades this subject once; empty when the verdict was right, else what went wrong. */
    public Optional<String> miss(Grader grader, Assignment assignment) throws IOException, InterruptedException {
        return Optional.ofNullable(missOf.apply(grader.grade(assignment, source, graded)));
    }

    /**
     * The subjects of {@code kinds} for an assignment, in the order solution, right, starter, wrong.
     * A known-wrong fix is graded on the checks that must catch it only, unless {@code everyCheck}.
     */
    public static List<Subject> of(Course course, Assignment assignment, Set<Kind> kinds, boolean everyCheck)
            throws IOException {
        Path solution = course.solutionDir(assignment);
        List<Subject> subjects = new ArrayList<>();
        if (kinds.contains(Kind.SOLUTION)) {
            subjects.add(new Subject(Kind.SOLUTION, "solution: full marks", Grader.Source.solution(solution),
                    List.of(), Subject::fullMarksOrWhy));
        }
        if (kinds.contains(Kind.RIGHT)) {
            for (Path variant : Expectations.rightVariants(solution)) {
                subjects.add(new Subject(Kind.RIGHT, "right/" + variant.getFileName(), Grader.Source.solution(variant),
                        List.of(), Subject::fullMarksOrWhy));
            }
        }
        if (kinds.contains(Kind.STARTER)) {
            List<String> starter = Expectations.read(solution.resolve("starter-catches.txt"));
            subjects.add(new Subject(Kind.STARTER, "starter: loses its bug's checks", Grader.Source.workingTree(),
                    List.of(), result -> Expectations.starterBorneOut(starter, failed(result)) ? null
                            : "expected to lose " + starter + "; " + lostAndWhy(result)));
        }
        if (kinds.contains(Kind.WRONG)) {
            for (Expectations variant : Expectations.wrongVariants(solution)) {
                subjects.add(new Subject(Kind.WRONG, "wrong/" + variant.name(),
                        Grader.Source.solution(variant.submission()), everyCheck ? List.of() : variant.graded(),
                        result -> variant.borneOutBy(failed(result)) && result.score() < result.maxScore() ? null
                                : "expected to lose " + (variant.exactly() ? "exactly " : "") + variant.catches()
                                        + "; " + lostAndWhy(result)));
            }
        }
        return subjects;
    }

    private static String fullMarksOrWhy(AssignmentResult result) {
        if (result.maxScore() == 0) {
            return "no graded checks found" + (result.error() == null ? "" : ": " + result.error());
        }
        return result.fullMarks() ? null : lostAndWhy(result);
    }

    /** The checks lost, and the first one's message, so a miss can be understood without a rerun. */
    private static String lostAndWhy(AssignmentResult result) {
        return "lost " + failed(result) + result.tests().stream().filter(t -> !t.passed()).findFirst()
                .map(t -> " (" + t.id() + ": " + t.message() + ")").orElse(" (no check failed)");
    }

    private static Set<String> failed(AssignmentResult result) {
        return result.tests().stream().filter(t -> !t.passed()).map(CheckResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
