package racecourse.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.check.Json;
import racecourse.grader.check.Picture;
import racecourse.grader.cli.Main;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;
import racecourse.support.Interleaving;
import racecourse.support.LockGraph;

/**
 * report.html's pictures in a real browser (Debian's headless Chromium, driven by playwright-core), on
 * the reports of the starters: 01's interleaving stepped through with the arrow keys to the lost update,
 * the value and source line shown at each step checked against the result's data and the student's
 * file; every outcome bar against the counts in the JSON; 07's deadlock drawn with an edge per thread.
 * Skipped without /usr/bin/chromium and playwright-core (RACECOURSE_PLAYWRIGHT: its node_modules),
 * unless RACECOURSE_REQUIRE_BROWSER=1 (CI), where that fails.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path COURSE = Path.of("..");
    /** One check with a picture per starter (06 has none: its checks fail in words only). */
    private static final List<String> CHECKS = List.of(
            "SharedCounterInterleavingTest#everyInterleavingKeepsEveryUpdate", "IncrementLitmus", "DatabaseLitmus",
            "SnapshotLitmus", "RecordingStudioTest#recordReleasesTheStudioWhenASessionThrows", "PutTakeLitmus",
            "BankTest#oppositeTransfersFinish", "BankInterleavingTest#everyInterleavingFinishesAndAddsUp");

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // grades six starters' checks first: about a minute on 2 cores
    void picturesShowWhatTheResultsSay(@TempDir Path dir) throws Exception {
        String playwright = System.getenv("RACECOURSE_PLAYWRIGHT");
        if (!Files.isExecutable(CHROMIUM) || playwright == null || !Files.isDirectory(Path.of(playwright))) {
            if ("1".equals(System.getenv("RACECOURSE_REQUIRE_BROWSER"))) {
                fail("RACECOURSE_REQUIRE_BROWSER=1 but " + CHROMIUM + " or RACECOURSE_PLAYWRIGHT is missing");
            }
            Assumptions.abort("no " + CHROMIUM + " or playwright-core (RACECOURSE_PLAYWRIGHT)");
        }
        Path out = dir.resolve("grading");
        Main.execute("--root", COURSE.toString(), "--out", out.toString(), "--only", String.join(",", CHECKS),
                "01", "02", "03", "04", "05", "07");
        Path shots = Files.createDirectories(Path.of("target/report-pictures"));
        JsonNode seen = browse(dir, out.resolve("report.html"), shots);
        System.out.printf(Locale.ROOT, "report.html: %,d bytes, loaded in %d ms%n", Files.size(out.resolve("report.html")),
                seen.get("loadMillis").asLong());

        Map<String, CheckResult> checks = new LinkedHashMap<>();
        for (String assignment : List.of("01-shared-counter", "02-database-value", "03-sensor-log",
                "04-recording-studio", "05-task-queue", "07-bank-transfers")) {
            AssignmentResult result = Json.tolerant().readValue(out.resolve(assignment + ".json").toFile(),
                    AssignmentResult.class);
            result.tests().forEach(check -> checks.put(check.id(), check));
        }
        steppingThroughTheLostUpdate(seen, checks.get(CHECKS.get(0)));
        barsCountWhatTheJsonCounts(seen, checks);
        theDeadlockHasAnEdgePerThread(seen, checks.get("BankTest#oppositeTransfersFinish"));
        theLeakedLocksOwnerIsCrossedOut(seen, checks.get(CHECKS.get(4)));
        assertTrue(seen.get("printHidesControls").asBoolean(), "printed, the buttons are left out");
    }

    private static void steppingThroughTheLostUpdate(JsonNode seen, CheckResult check) throws Exception {
        Interleaving interleaving = check.picture().interleaving();
        assertNotNull(interleaving, "01's starter fails model checking with an interleaving");
        JsonNode timeline = figure(seen.get("timelines"), check.id());
        List<String> student = Files.readAllLines(
                COURSE.resolve("assignments/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java"));
        Map<String, String> values = new LinkedHashMap<>();
        int marked = -1;
        List<Interleaving.Step> steps = interleaving.steps();
        assertEquals(steps.size(), timeline.get("count").asInt());
        for (int i = 0; i < steps.size(); i++) {
            Interleaving.Step step = steps.get(i);
            JsonNode shown = timeline.get("steps").get(i);
            assertEquals(i, shown.get("current").asInt(), "the arrow key moved one step");
            assertEquals(steps.size() - 1 - i, shown.get("future").asInt(), "the steps ahead are faded");
            assertTrue(shown.get("position").asText().startsWith("step " + (i + 1) + " of " + steps.size() + ": "
                    + interleaving.threads().get(step.thread())), shown.get("position").asText());
            if (step.field() != null) {
                values.put(step.field(), step.value());
            }
            String expected = String.join(", ", values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .toList());
            assertEquals(expected, shown.get("values").asText(), "the shared values after step " + (i + 1));
            if (!expected.isEmpty()) {
                assertTrue(shown.get("position").asText().contains("shared values now: " + expected));
            }
            if (step.line() > 0) {
                assertEquals(student.get(step.line() - 1).strip(), shown.get("source").asText(),
                        "step " + (i + 1) + " shows line " + step.line() + " of the student's file");
            }
            if (step.mark() != null && marked < 0) {
                marked = i;
                assertTrue(shown.get("marked").asBoolean());
                assertTrue(shown.get("position").asText().contains("lost update"), shown.get("position").asText());
                assertEquals("write", step.access(), "the lost update is a write");
            }
        }
        assertTrue(marked >= 0, "stepping reaches the lost update");
        assertEquals(steps.size() - 2, timeline.get("back").asInt(), "the left arrow steps back");
        assertEquals(marked, timeline.get("markButton").asInt(), "the button jumps to where it goes wrong");
    }

    private static void barsCountWhatTheJsonCounts(JsonNode seen, Map<String, CheckResult> checks) {
        int figures = 0;
        for (JsonNode bars : seen.get("bars")) {
            List<Picture.Outcome> outcomes = checks.get(bars.get("check").asText()).picture().outcomes();
            assertEquals(outcomes.size(), bars.get("rows").size(), bars.get("check").asText());
            for (int i = 0; i < outcomes.size(); i++) {
                Picture.Outcome outcome = outcomes.get(i);
                JsonNode row = bars.get("rows").get(i);
                assertEquals(outcome.result(), row.get("result").asText());
                assertEquals(outcome.samples(), row.get("samples").asLong());
                assertTrue(row.get("shown").asText().startsWith(String.format(Locale.ROOT, "%,d ", outcome.samples())),
                        row.get("shown").asText());
                assertEquals(outcome.forbidden(), row.get("forbidden").asBoolean());
                assertEquals(outcome.forbidden(), row.get("marked").asBoolean(), "a forbidden outcome is marked in words");
                assertEquals(outcome.samples() > 0, row.get("width").asDouble() > 0, "a seen outcome has a bar");
            }
            figures++;
        }
        assertEquals(checks.values().stream().filter(c -> c.kind() == CheckKind.JCSTRESS).count(), figures,
                "one bar chart per litmus test graded");
    }

    private static void theDeadlockHasAnEdgePerThread(JsonNode seen, CheckResult check) {
        LockGraph locks = check.picture().locks();
        JsonNode graph = figure(seen.get("graphs"), check.id());
        Set<String> threads = new LinkedHashSet<>();
        locks.edges().forEach(edge -> threads.add(edge.thread()));
        assertEquals(2, threads.size(), "two tellers in the cycle: " + locks);
        List<String> drawn = new ArrayList<>();
        graph.get("edges").forEach(e -> drawn.add(e.get("from").asText() + " " + e.get("relation").asText() + " "
                + e.get("to").asText()));
        assertEquals(locks.edges().stream().map(e -> e.thread() + " " + e.relation() + " " + e.lock()).toList(), drawn);
        for (String thread : threads) {
            assertTrue(drawn.contains(thread + " waits for " + lockHeldByTheOther(locks, thread)),
                    thread + " waits for the lock the other holds: " + drawn);
        }
    }

    private static String lockHeldByTheOther(LockGraph locks, String thread) {
        return locks.edges().stream().filter(e -> !e.thread().equals(thread) && e.relation().equals(LockGraph.Edge.HOLDS))
                .map(LockGraph.Edge::lock).findFirst().orElseThrow();
    }

    private static void theLeakedLocksOwnerIsCrossedOut(JsonNode seen, CheckResult check) {
        LockGraph locks = check.picture().locks();
        assertFalse(locks.ended().isEmpty(), "the session's thread ended holding the lock: " + locks);
        JsonNode graph = figure(seen.get("graphs"), check.id());
        List<String> crossed = new ArrayList<>();
        graph.get("crossed").forEach(t -> crossed.add(t.asText()));
        assertEquals(locks.ended(), crossed);
    }

    private static JsonNode figure(JsonNode figures, String check) {
        for (JsonNode figure : figures) {
            if (figure.get("check").asText().equals(check)) {
                return figure;
            }
        }
        throw new AssertionError("no picture for " + check + " in " + figures);
    }

    private static JsonNode browse(Path dir, Path report, Path shots) throws Exception {
        Path script = Path.of(ReportBrowserTest.class.getResource("/report-browser.cjs").toURI());
        Path stdout = dir.resolve("browser.json");
        Path stderr = dir.resolve("browser.err");
        Process node = new ProcessBuilder("node", script.toString(), report.toAbsolutePath().toString(),
                shots.toAbsolutePath().toString()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!node.waitFor(180, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("the browser did not finish in 180 s");
        }
        assertEquals(0, node.exitValue(), () -> "node failed: " + read(stderr));
        return Json.tolerant().readTree(stdout.toFile());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
