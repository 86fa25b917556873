package racecourse.grader;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;

/**
 * The instructor's proof that the course is sound, not merely that it compiles:
 * every reference solution, and every other correct fix (another lock, same
 * guarantee), gets full marks; every starter loses exactly the checks that target
 * its bug; every known-wrong fix loses the checks it must. Each {@link Subject}
 * is graded once here ({@code ./grade verify} grades them repeatedly); a
 * known-wrong fix only on the checks that must catch it, to keep the proof fast.
 */
class CourseProofTest {
    private static Course course;
    private static Path scratch;
    private static Grader grader;

    @BeforeAll
    static void setUp() throws Exception {
        course = Course.at(Path.of(System.getProperty("racecourse.root", "..")));
        scratch = Files.createTempDirectory("racecourse-proof-");
        grader = Grader.of(course, scratch);
    }

    @AfterAll
    static void tearDown() {
        Folders.deleteQuietly(scratch);
    }

    @TestFactory
    List<DynamicNode> everyAssignment() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Assignment assignment : course.assignments()) {
            List<DynamicNode> proofs = new ArrayList<>();
            for (Subject subject : Subject.of(course, assignment, EnumSet.allOf(Subject.Kind.class), false)) {
                proofs.add(dynamicTest(subject.name(), () -> subject.miss(grader, assignment)
                        .ifPresent(miss -> fail(subject.name() + ": " + miss))));
            }
            nodes.add(DynamicContainer.dynamicContainer(assignment.id(), proofs));
        }
        return nodes;
    }
}
