package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;

/** The zip Gradescope takes: setup.sh and run_autograder at its root, the course beside them, no build output. */
class GradescopeKitTest {
    @Test
    void theKitHasGradescopesLayoutAndGradesTheChosenAssignments(@TempDir Path out) throws Exception {
        Path zip = out.resolve("kit.zip");
        assertEquals(ExitStatus.OK.code(), Main.execute("gradescope-kit", "--root", "..", "--out", zip.toString(), "02"));
        Map<String, String> entries = new HashMap<>();
        try (ZipFile kit = new ZipFile(zip.toFile())) {
            kit.stream().forEach(e -> entries.put(e.getName(), ""));
            entries.put("racecourse/gradescope-assignments.txt", new String(kit.getInputStream(
                    kit.getEntry("racecourse/gradescope-assignments.txt")).readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(new String(kit.getInputStream(kit.getEntry("run_autograder")).readAllBytes(),
                    StandardCharsets.UTF_8).startsWith("#!/usr/bin/env bash"), "run_autograder needs its #! line");
        }
        assertTrue(entries.containsKey("setup.sh") && entries.containsKey("run_autograder"), "at the zip's root");
        assertTrue(entries.containsKey("racecourse/grade") && entries.containsKey("racecourse/mvnw"));
        assertTrue(entries.containsKey("racecourse/assignments/02-database-value/assignment.json"));
        assertEquals("02-database-value\n", entries.get("racecourse/gradescope-assignments.txt"));
        assertFalse(entries.keySet().stream().anyMatch(name -> name.contains("/target/") || name.contains(".git/")),
                "no build output, no history");
    }
}
