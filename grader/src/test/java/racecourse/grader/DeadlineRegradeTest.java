package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.build.Workspace;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;

/**
 * {@code ./grade class --before}: alice committed a correct counter before the deadline and a broken
 * one after it; the correct one is graded, from her history, her checkout left as it was. bob's folder
 * is not a git checkout and carol's only commit is late: both are reported, and alice is still graded.
 * Run again, nothing is graded twice; after alice commits again before the deadline, only she is.
 */
class DeadlineRegradeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COURSE = Path.of("..");
    private static final String COUNTER = "assignments/01-shared-counter/";
    private static final String STUDENT_FILE = COUNTER + "src/main/java/racecourse/counter/SharedCounter.java";
    private static final String DEADLINE = "2026-06-01T12:00:00Z";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // whole class runs, beyond the support jar's 60 s default
    void gradesTheLastCommitBeforeTheDeadlineAndReportsWhatCannotBeGraded(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster");
        Path out = dir.resolve("out");
        Path alice = roster.resolve("alice");
        Workspace.copyTree(COURSE.resolve("solutions/01-shared-counter/src"), alice.resolve(COUNTER + "src"));
        git(alice, null, "init", "-q");
        commit(alice, "2026-06-01T09:00:00Z", "the fix");
        String fixed = git(alice, null, "rev-parse", "HEAD");
        Files.writeString(alice.resolve(STUDENT_FILE), "package racecourse.counter;\nclass SharedCounter { oops }\n");
        commit(alice, "2026-06-01T13:00:00Z", "late and broken");
        String head = git(alice, null, "rev-parse", "HEAD");
        Workspace.copyTree(COURSE.resolve("solutions/01-shared-counter/src"), roster.resolve("bob/" + COUNTER + "src"));
        Path carol = roster.resolve("carol");
        Workspace.copyTree(COURSE.resolve("solutions/01-shared-counter/src"), carol.resolve(COUNTER + "src"));
        git(carol, null, "init", "-q");
        commit(carol, "2026-06-02T08:00:00Z", "late");

        assertEquals(ExitStatus.CANNOT_GRADE.code(), classRun(roster, out), "two students could not be graded");

        JsonNode graded = result(out, "alice");
        assertEquals(graded.get("max_score"), graded.get("score"), "the fix before the deadline is graded");
        assertEquals(fixed, graded.get("commit").asText());
        assertEquals("2026-06-01T09:00:00Z", graded.get("committed_at").asText());
        assertEquals(head, git(alice, null, "rev-parse", "HEAD"), "the checkout's HEAD is left alone");
        assertEquals("", git(alice, null, "status", "--porcelain"), "and its working tree");
        String report = Files.readString(out.resolve("class-report.html"));
        assertTrue(report.contains("not a git checkout"), "bob is reported");
        assertTrue(report.contains("no commit before " + DEADLINE), "carol is reported");
        assertTrue(Files.readString(out.resolve("grades.csv")).contains("alice"));

        String gradedAt = graded.get("graded_at").asText();
        classRun(roster, out);
        assertEquals(gradedAt, result(out, "alice").get("graded_at").asText(), "same commit: not graded again");

        Files.writeString(alice.resolve(STUDENT_FILE), Files.readString(COURSE.resolve(
                "solutions/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java")) + "// again\n");
        commit(alice, "2026-06-01T10:00:00Z", "a later fix, still before the deadline");
        classRun(roster, out);
        JsonNode regraded = result(out, "alice");
        assertNotEquals(gradedAt, regraded.get("graded_at").asText(), "a new commit before the deadline: regraded");
        assertEquals(git(alice, null, "rev-list", "-1", "--before=" + DEADLINE, "HEAD"), regraded.get("commit").asText());
    }

    private static int classRun(Path roster, Path out) {
        return Main.execute("class", "--root", COURSE.toString(), "--roster", roster.toString(), "--out", out.toString(),
                "--before", DEADLINE, "--only", "SharedCounterTest#countsOnOneThread", "01");
    }

    private static void commit(Path repo, String date, String message) throws Exception {
        git(repo, null, "add", "-A");
        git(repo, date, "-c", "user.name=student", "-c", "user.email=student@example.com", "commit", "-q", "-m", message);
    }

    /** Runs git in {@code repo}; {@code date}, when given, is the commit's author and committer date. */
    private static String git(Path repo, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (date != null) {
            builder.environment().put("GIT_AUTHOR_DATE", date);
            builder.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process git = builder.start();
        String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, git.waitFor(), "git " + String.join(" ", args) + ": " + text);
        return text;
    }

    private static JsonNode result(Path out, String student) throws Exception {
        return JSON.readTree(out.resolve(student).resolve("01-shared-counter.json").toFile());
    }
}
