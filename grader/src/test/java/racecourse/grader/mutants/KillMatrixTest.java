package racecourse.grader.mutants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/**
 * The instructors' kill matrix stays true without the long graded run: the mutants generated and
 * compiled per operator and assignment are what the docs say, and every mutant listed as equivalent
 * still exists (a renamed method or a changed operator would leave its entry behind).
 */
class KillMatrixTest {
    /** It compiles every mutant (hundreds of small javac runs): past the support's default 60 s on a busy machine. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killMatrixCountsAreCurrentAndEveryListedEquivalentExists(@TempDir Path scratch) throws Exception {
        Course course = Course.at(Path.of(System.getProperty("racecourse.root", "..")));
        List<MutantResult> compiled;
        try (MutantCompiler compiler = new MutantCompiler()) {
            compiled = new MutationRun(course, Operators.all(), compiler, scratch).compileAll(course.assignments());
        }
        Path doc = course.root().resolve("docs/instructors.md");
        String current = Files.readString(doc);
        assertEquals(KillMatrix.replaceSection(current, KillMatrix.counts(compiled), null), current,
                "docs/instructors.md is stale: run ./grade mutants --repeat 0 --write docs/instructors.md");
        assertEquals(List.of(), Equivalents.stale(course.assignments().stream()
                .collect(Collectors.toMap(Assignment::id, course::solutionDir)), compiled));
    }
}
