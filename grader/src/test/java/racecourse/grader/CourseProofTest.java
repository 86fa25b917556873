package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * The instructor's proof that the course is sound, not merely that it compiles:
 * every reference solution, and every other correct fix (another lock, same
 * guarantee), gets full marks; every starter loses exactly the checks that target
 * its bug; every known-wrong fix loses the checks it must.
 * (A known-wrong fix is graded on those checks only, to keep the proof fast;
 * {@code ./grade verify} grades everything, repeatedly.)
 */
class CourseProofTest {
    private static Course course;
    private static Path scratch;
    private static Grader grader;

    @BeforeAll
    static void setUp() throws Exception {
        course = Course.at(Path.of(System.getProperty("racecourse.root", "..")));
        scratch = Files.createTempDirectory("racecourse-proof-");
        grader = Main.newGrader(course, scratch);
    }

    @AfterAll
    static void tearDown() {
        Main.deleteQuietly(scratch);
    }

    @TestFactory
    List<DynamicNode> everyAssignment() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Assignment assignment : course.assignments()) {
            Path solution = course.solutionDir(assignment);
            List<DynamicNode> proofs = new ArrayList<>();
            proofs.add(dynamicTest("the solution gets full marks", getsFullMarks(assignment, solution)));
            for (Path variant : Expectations.rightVariants(solution)) {
                proofs.add(dynamicTest("full marks for a correct fix: " + variant.getFileName(),
                        getsFullMarks(assignment, variant)));
            }
            proofs.add(dynamicTest("the starter loses exactly the checks that target its bug", () -> {
                List<String> expected = Expectations.read(solution.resolve("starter-catches.txt"));
                AssignmentResult result = grader.grade(assignment, Grader.Source.workingTree(), List.of());
                assertTrue(Expectations.starterBorneOut(expected, failed(result)),
                        () -> "expected " + expected + "; starter verdicts: " + lost(result));
            }));
            for (Expectations variant : Expectations.wrongVariants(solution)) {
                proofs.add(dynamicTest("catches wrong fix: " + variant.name(), () -> {
                    AssignmentResult result = grader.grade(assignment, Grader.Source.solution(variant.submission()),
                            variant.graded());
                    assertTrue(variant.borneOutBy(failed(result)), () -> "expected to lose "
                            + (variant.exactly() ? "exactly " : "") + variant.catches() + "; verdicts: " + lost(result));
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(assignment.id(), proofs));
        }
        return nodes;
    }

    private static Executable getsFullMarks(Assignment assignment, Path fix) {
        return () -> {
            AssignmentResult result = grader.grade(assignment, Grader.Source.solution(fix), List.of());
            assertEquals(result.maxScore(), result.score(), () -> "lost: " + lost(result));
            assertTrue(result.maxScore() > 0, "no graded checks found");
        };
    }

    private static Set<String> failed(AssignmentResult result) {
        return result.tests().stream().filter(t -> !t.passed()).map(CheckResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String lost(AssignmentResult result) {
        return (result.error() == null ? "" : result.error() + "\n") + result.tests().stream()
                .filter(t -> !t.passed())
                .map(t -> t.id() + " " + t.status() + ": " + t.message())
                .collect(Collectors.joining("\n"));
    }
}
