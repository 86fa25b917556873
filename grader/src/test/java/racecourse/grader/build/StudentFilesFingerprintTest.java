package racecourse.grader.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/** {@code submission_sha256}: the same student files give the same fingerprint wherever they come from. */
class StudentFilesFingerprintTest {
    @Test
    void sameCodeSameFingerprintOtherCodeOtherFingerprint(@TempDir Path scratch) throws Exception {
        Course course = Course.at(Path.of(".."));
        Assignment counter = course.find("01");
        Path solution = course.solutionDir(counter);
        Path copy = scratch.resolve("alice/assignments").resolve(counter.id());
        Workspace.copyTree(solution, copy);

        String starter = Workspace.prepare(counter, Optional.empty(), scratch.resolve("a")).studentFilesSha256();
        String fromSolution = Workspace.prepare(counter, Optional.of(solution), scratch.resolve("b"))
                .studentFilesSha256();
        String fromCheckout = Workspace.prepare(counter, Optional.of(scratch.resolve("alice")), scratch.resolve("c"))
                .studentFilesSha256();

        assertEquals(fromSolution, fromCheckout);
        assertNotEquals(starter, fromSolution);
        assertEquals(64, starter.length());

        Path edited = copy.resolve(counter.studentFiles().get(0));
        Files.writeString(edited, Files.readString(edited) + "\n");
        assertNotEquals(fromCheckout, Workspace.prepare(counter, Optional.of(scratch.resolve("alice")),
                scratch.resolve("d")).studentFilesSha256(), "one byte more is other code");
    }
}
