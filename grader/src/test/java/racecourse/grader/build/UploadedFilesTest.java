package racecourse.grader.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/** Uploads without the repository's layout (Gradescope's file upload) still hand in the student's file. */
class UploadedFilesTest {
    @Test
    void aFileUploadedOnItsOwnIsTaken(@TempDir Path scratch) throws Exception {
        Assignment counter = Course.at(Path.of("..")).find("01");
        String file = counter.studentFiles().get(0);
        Path upload = Files.createDirectories(scratch.resolve("upload"));
        Files.copy(Course.at(Path.of("..")).solutionDir(counter).resolve(file), upload.resolve("SharedCounter.java"));

        Workspace workspace = Workspace.prepare(counter, Optional.of(upload), scratch.resolve("w"));

        assertEquals(Files.readString(upload.resolve("SharedCounter.java")),
                Files.readString(workspace.module().resolve(file)));
        assertTrue(workspace.notes().get(0).contains("took " + file + " from SharedCounter.java"),
                workspace.notes().toString());
    }

    @Test
    void twoFilesOfThatNameAreNotGuessedBetween(@TempDir Path scratch) throws Exception {
        Assignment counter = Course.at(Path.of("..")).find("01");
        Path upload = scratch.resolve("upload");
        Files.createDirectories(upload.resolve("old"));
        Files.writeString(upload.resolve("SharedCounter.java"), "class A {}");
        Files.writeString(upload.resolve("old/SharedCounter.java"), "class B {}");

        Workspace workspace = Workspace.prepare(counter, Optional.of(upload), scratch.resolve("w"));

        assertEquals(Files.readString(counter.moduleDir().resolve(counter.studentFiles().get(0))),
                Files.readString(workspace.module().resolve(counter.studentFiles().get(0))), "the starter's copy");
        assertTrue(workspace.notes().toString().contains("cannot tell which is yours"), workspace.notes().toString());
    }
}
