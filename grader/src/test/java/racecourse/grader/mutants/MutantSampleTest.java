package racecourse.grader.mutants;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import racecourse.grader.Grader;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * The mutants' sample, graded on every {@code ./mvnw verify}: for each operator and assignment, one
 * mutant (the first that compiles and is not listed as equivalent) must lose points. A weakened check
 * that lets a kind of broken lock through fails here, not months later in a student's grade.
 *
 * <p>Each mutant is graded once, and only until its first lost check: this asks whether the course still
 * catches it, not which checks do. The course workflow grades every mutant, in full, three times.
 */
class MutantSampleTest {
    private static Course course;
    private static Path scratch;
    private static MutantCompiler compiler;
    private static MutationRun run;
    private static Grader grader;

    @BeforeAll
    static void setUp() throws Exception {
        course = Course.at(Path.of(System.getProperty("racecourse.root", "..")));
        scratch = Files.createTempDirectory("racecourse-mutant-sample-");
        compiler = new MutantCompiler();
        run = new MutationRun(course, Operators.all(), compiler, scratch);
        grader = Grader.of(course, scratch.resolve("grading"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        compiler.close();
        Folders.deleteQuietly(scratch);
    }

    @TestFactory
    List<DynamicTest> everySampledMutantLosesPoints() throws Exception {
        Map<String, Assignment> byId = course.assignments().stream()
                .collect(Collectors.toMap(Assignment::id, Function.identity()));
        List<MutantResult> sample = MutationRun.select(run.compileAll(course.assignments()),
                new MutationRun.Selection(1, 1, true));
        return sample.stream().map(MutantResult::mutant).map(mutant -> dynamicTest(mutant.id(), () -> {
            AssignmentResult result = grader.grade(byId.get(mutant.assignment()),
                    Grader.Source.solution(run.studentFiles(mutant)), List.of(), true);
            assertNull(result.error(), () -> "the mutant could not be graded: " + result.error());
            assertFalse(result.fullMarks(), () -> "this mutant kept full marks: either a check stopped catching "
                    + "it (find which with ./grade mutants " + mutant.assignment().substring(0, 2) + " --operator "
                    + mutant.operator() + "), or it is still a correct fix: list it in "
                    + Equivalents.FILE + " with the reason\n" + mutant.diff());
            System.out.println(mutant.id() + ": lost " + result.tests().stream().filter(t -> !t.passed())
                    .map(CheckResult::id).toList() + " in " + result.durationMs() + " ms");
        })).toList();
    }
}
