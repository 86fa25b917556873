package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.build.Workspace;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;

/**
 * The sandbox, attacked: a class whose students each hand in a correct counter that also tries one
 * thing a grading service forbids: read the SSH key under HOME, read a secret in the environment, read
 * another student's folder, connect to a service on 127.0.0.1, write outside its workspace, fork
 * without end. The class is graded by a separate grader process whose HOME and environment hold
 * planted secrets. In the box each attack fails and costs only the check that ran it; no secret reaches
 * a report, the listener gets no connection, no file appears outside, no process is left. The same
 * attacks graded with {@code --sandbox off} succeed: the test sees a leak when there is one.
 */
class SandboxContainmentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final Path COURSE = Path.of("..");
    private static final String COUNTER = "assignments/01-shared-counter/";
    private static final String ATTACKED = "SharedCounterTest#countsOnOneThread";
    private static final String KEPT = "SharedCounterTest#incrementKeepsEveryUpdate";
    /** The port the connect-localhost submission tries. */
    private static final int PORT = 47613;
    private static final String ESCAPED = "escaped-by-hostile-submission";
    private static final List<String> LEAKS = List.of("read-home-key", "read-environment", "read-other-student",
            "connect-localhost", "write-outside");

    private final String keySecret = "KEY-" + UUID.randomUUID();
    private final String envSecret = "ENV-" + UUID.randomUUID();
    private final String victimSecret = "VICTIM-" + UUID.randomUUID();

    @BeforeAll
    static void onLinux() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "bubblewrap is Linux only");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // whole class runs, beyond the support jar's 60 s default
    void everyAttackFailsInTheBoxAndCostsOnlyItsCheck(@TempDir Path dir) throws Exception {
        List<String> attacks = new ArrayList<>(LEAKS);
        attacks.add("fork-bomb");
        Path roster = roster(dir, attacks);
        Path out = dir.resolve("out");
        try (Listener listener = new Listener()) {
            int exit = grade(dir, roster, out, "required");

            assertEquals(ExitStatus.POINTS_LOST.code(), exit, "graded, points lost");
            assertEquals(0, listener.connections.get(), "no connection reached 127.0.0.1:" + PORT);
        }
        Map<String, String> says = Map.of(
                "read-home-key", "NoSuchFileException",
                "read-environment", "RACECOURSE_PLANTED_SECRET is not set",
                "read-other-student", "no other student's victim-secret.txt in reach",
                "connect-localhost", "Connection refused",
                "write-outside", "Read-only file system",
                "fork-bomb", "started more than 64 processes");
        for (String attack : attacks) {
            JsonNode result = result(out, attack);
            assertEquals("bubblewrap", result.get("sandbox").asText(), attack);
            JsonNode broken = check(result, ATTACKED);
            assertEquals(0, broken.get("score").asInt(), attack + ": no points for the check that attacked");
            assertTrue(broken.path("message").asText().contains(says.get(attack)),
                    attack + " is reported: " + broken.path("message").asText());
            JsonNode kept = check(result, KEPT);
            assertEquals(kept.get("max_score").asInt(), kept.get("score").asInt(), attack + " keeps the other check");
        }
        JsonNode victim = result(out, "victim");
        assertEquals(victim.get("max_score").asInt(), victim.get("score").asInt(), "the victim is graded as usual");
        assertFalse(String.join("\n", everything(out)).contains(victimSecret)
                || String.join("\n", everything(out)).contains(keySecret)
                || String.join("\n", everything(out)).contains(envSecret), "no secret reached a report");
        assertEquals(List.of(), escaped(), "no file written outside the workspace");
        assertEquals(0, ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("86413"))
                .count(), "no process of the fork bomb is left");
    }

    /** The control: without the box the same attacks leak, so the test above would see a leak. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // whole class runs, beyond the support jar's 60 s default
    void withoutTheBoxTheSameAttacksSucceed(@TempDir Path dir) throws Exception {
        Path roster = roster(dir, LEAKS);
        Path out = dir.resolve("out");
        try (Listener listener = new Listener()) {
            grade(dir, roster, out, "off");

            assertEquals(1, listener.connections.get(), "connect-localhost reached the listener");
            assertTrue(check(result(out, "read-home-key"), ATTACKED).path("message").asText().contains(keySecret));
            assertTrue(check(result(out, "read-environment"), ATTACKED).path("message").asText().contains(envSecret));
            assertTrue(check(result(out, "read-other-student"), ATTACKED).path("message").asText()
                    .contains(victimSecret));
            assertEquals("none", result(out, "write-outside").get("sandbox").asText());
            assertFalse(escaped().isEmpty(), "write-outside wrote outside its workspace");
        } finally {
            for (Path file : escaped()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void requiredRefusesToGradeWithoutBubblewrap(@TempDir Path dir) throws Exception {
        ProcessBuilder grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--root", COURSE.toString(),
                "--solutions", "--sandbox", "required", "--out", dir.resolve("out").toString(), "01")
                .redirectErrorStream(true).redirectOutput(dir.resolve("grader.log").toFile());
        grader.environment().put("PATH", dir.toString());
        Process process = grader.start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));

        assertEquals(ExitStatus.CANNOT_GRADE.code(), process.exitValue());
        assertTrue(Files.readString(dir.resolve("grader.log")).contains("--sandbox required, but bubblewrap (bwrap) "
                + "is not installed"), Files.readString(dir.resolve("grader.log")));
        assertFalse(Files.exists(dir.resolve("out")), "nothing graded");
    }

    /** One student per attack, each handing in only its SharedCounter.java, and a victim with a secret. */
    private Path roster(Path dir, List<String> attacks) throws IOException {
        Path roster = dir.resolve("roster");
        for (String attack : attacks) {
            Workspace.copyTree(HOSTILE.resolve(attack), roster.resolve(attack).resolve(COUNTER));
        }
        Path victim = roster.resolve("victim");
        Workspace.copyTree(COURSE.resolve("solutions/01-shared-counter/src"), victim.resolve(COUNTER + "src"));
        Files.writeString(victim.resolve("victim-secret.txt"), victimSecret);
        return roster;
    }

    /** {@code ./grade class} in a process of its own, with a planted HOME and environment. */
    private int grade(Path dir, Path roster, Path out, String sandbox) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_ed25519"), keySecret);
        ProcessBuilder grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "class", "--root", COURSE.toString(),
                "--roster", roster.toString(), "--out", out.toString(), "--jobs", "2", "--sandbox", sandbox,
                "--only", ATTACKED + "," + KEPT, "01")
                .redirectErrorStream(true).redirectOutput(dir.resolve("grader.log").toFile());
        grader.environment().put("HOME", home.toString());
        grader.environment().put("RACECOURSE_PLANTED_SECRET", envSecret);
        Process process = grader.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the class is graded within 5 minutes");
        assertEquals(keySecret, Files.readString(home.resolve(".ssh/id_ed25519")), "the planted key is unchanged");
        return process.exitValue();
    }

    /** Files the write-outside submission leaves where it tries: the grader's classpath folders and /tmp. */
    private static List<Path> escaped() {
        List<Path> places = new ArrayList<>(List.of(Path.of("/tmp")));
        Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).map(Path::of)
                .filter(Files::isDirectory).forEach(places::add);
        return places.stream().map(p -> p.resolve(ESCAPED)).filter(Files::exists).toList();
    }

    private static List<String> everything(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            List<String> texts = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }

    private static JsonNode result(Path out, String student) throws IOException {
        return JSON.readTree(out.resolve(student).resolve("01-shared-counter.json").toFile());
    }

    private static JsonNode check(JsonNode result, String id) {
        for (JsonNode test : result.get("tests")) {
            if (id.equals(test.get("id").asText())) {
                return test;
            }
        }
        throw new AssertionError("no check " + id + " in " + result);
    }

    /** A service on 127.0.0.1 that counts the connections it accepts. */
    private static final class Listener implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress());
        private final Thread acceptor = new Thread(this::accept, "listener");

        Listener() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void accept() {
            while (true) {
                try (Socket ignored = socket.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
