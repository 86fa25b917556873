package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.build.Workspace;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;

/**
 * The zip Gradescope takes: setup.sh and run_autograder at its root, and only what grading needs
 * beside them; and, where this machine allows (root, setpriv, the user nobody), run_autograder
 * itself on a submission that tries to forge the results, write the course and find the solutions.
 */
class GradescopeKitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKitShipsOnlyWhatGradingNeeds(@TempDir Path out) throws Exception {
        Path zip = out.resolve("kit.zip");
        assertEquals(ExitStatus.OK.code(), Main.execute("gradescope-kit", "--root", "..", "--out", zip.toString(), "02"));
        List<String> entries = new ArrayList<>();
        long bytes = 0;
        try (ZipFile kit = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : kit.stream().toList()) {
                entries.add(entry.getName());
                bytes += entry.getSize();
            }
            assertTrue(new String(kit.getInputStream(kit.getEntry("run_autograder")).readAllBytes())
                    .startsWith("#!/usr/bin/env bash"), "run_autograder needs its #! line");
        }
        for (String present : List.of("setup.sh", "run_autograder", "racecourse/grade", "racecourse/mvnw",
                "racecourse/pom.xml", "racecourse/assignments/02-database-value/assignment.json",
                "racecourse/support/pom.xml", "racecourse/grader/src/main/java/racecourse/grader/cli/Main.java",
                "racecourse/.racecourse/manifest.json",
                "racecourse/.racecourse/starters/02-database-value/src/main/java/racecourse/database/Database.java")) {
            assertTrue(entries.contains(present), present);
        }
        for (String name : entries) {
            for (String absent : List.of("solutions/", "/wrong/", "/right/", "docs/", "grader/src/test/",
                    "/target/", ".git/", ".github/", ".ci/", "01-shared-counter")) {
                assertFalse(name.contains(absent), name + " must not be in the kit");
            }
            assertFalse(name.equals("racecourse/README.md"), "the students' README is no part of grading");
        }
        System.out.printf("gradescope kit (02): %d files, %d bytes uncompressed, %d bytes zipped%n", entries.size(),
                bytes, Files.size(zip));
    }

    /**
     * run_autograder as Gradescope runs it (as root), in a stand-in /autograder, with nobody as the
     * student's user. The student file (the starter, plus a probe) tries to overwrite the results, to
     * write the course and the grader's build, and looks for the solutions; the course's copy borrows
     * this build's grader (its jars copied where nobody can read them).
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void studentCodeCannotWriteTheResultsTheCourseOrTheGrader(@TempDir Path out) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root, as Gradescope runs it");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv");
        Assumptions.assumeTrue(run(List.of("id", "nobody"), Path.of("."), out.resolve("id.log")) == 0, "needs nobody");
        Path base = Files.createTempDirectory("racecourse-gradescope-");
        try {
            Path autograder = base.resolve("autograder");
            Path source = autograder.resolve("source");
            Path zip = out.resolve("kit.zip");
            assertEquals(ExitStatus.OK.code(), Main.execute("gradescope-kit", "--root", "..", "--out", zip.toString(), "01"));
            unzip(zip, source);
            Path course = source.resolve("racecourse");
            borrowThisBuild(course, base.resolve("jars"));
            Path probe = Files.createDirectories(base.resolve("probe")).resolve("probe.txt");
            Path results = Files.createDirectories(autograder.resolve("results")).resolve("results.json");
            Files.writeString(results, "{\"score\": -1}");
            Path courseFile = course.resolve("assignments/01-shared-counter/assignment.json");
            Path graderClass = course.resolve("grader/target/classes/racecourse/grader/cli/Main.class");
            String before = Files.readString(courseFile);
            Path submission = Files.createDirectories(autograder.resolve("submission"));
            Files.writeString(submission.resolve("SharedCounter.java"), probingStarter(course, probe,
                    List.of(results, courseFile, graderClass)));
            run(List.of("chmod", "-R", "a+rX", base.toString()), base, out.resolve("chmod.log"));
            Files.setPosixFilePermissions(probe.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));

            Path log = out.resolve("run_autograder.log");
            ProcessBuilder runAutograder = new ProcessBuilder("bash", source.resolve("run_autograder").toString());
            runAutograder.environment().put("AUTOGRADER_ROOT", autograder.toString());
            runAutograder.environment().put("RACECOURSE_CHILD_USER", "nobody");
            // The user boundary alone: the bubblewrap box (tested on its own) would also hide the probe's file.
            runAutograder.environment().put("RACECOURSE_SANDBOX", "off");
            Process process = runAutograder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(process.waitFor(4, TimeUnit.MINUTES), "run_autograder did not finish");

            String probed = Files.readString(probe);
            assertTrue(probed.contains("user=nobody\n"), probed);
            for (Path target : List.of(results, courseFile, graderClass)) {
                assertTrue(probed.contains("denied " + target + "\n"), probed);
            }
            assertTrue(probed.contains("solutions found: 0\n"), probed);
            assertEquals(before, Files.readString(courseFile));
            JsonNode graded = JSON.readTree(results.toFile());
            assertTrue(graded.get("tests").size() > 1, "the grader's results, one test per check:\n" + graded);
            double max = 0;
            for (JsonNode test : graded.get("tests")) {
                max += test.get("max_score").asDouble();
            }
            assertTrue(graded.get("score").asDouble() < max, "the starter loses points:\n" + Files.readString(log));
        } finally {
            run(List.of("rm", "-rf", base.toString()), Path.of("."), out.resolve("rm.log"));
        }
    }

    /** The starter, with a static block that tries each write and looks for the solutions. */
    private static String probingStarter(Path course, Path probe, List<Path> targets) throws Exception {
        String starter = Files.readString(course.resolve(".racecourse/starters/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java"));
        StringBuilder tries = new StringBuilder();
        for (Path target : targets) {
            tries.append("        attempt(report, \"").append(target).append("\");\n");
        }
        String probing = """
                    static {
                        StringBuilder report = new StringBuilder("user=" + System.getProperty("user.name") + "\\n");
                %s
                        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(java.nio.file.Path.of("%s"))) {
                            report.append("solutions found: ").append(walk.filter(p -> p.toString().contains("solutions")).count()).append("\\n");
                        } catch (Exception e) {
                            report.append("search failed: ").append(e).append("\\n");
                        }
                        try {
                            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), report);
                        } catch (Exception e) {
                            throw new RuntimeException(e);
                        }
                    }

                    private static void attempt(StringBuilder report, String target) {
                        try {
                            java.nio.file.Files.writeString(java.nio.file.Path.of(target), "{\\"score\\": 100}");
                            report.append("wrote ").append(target).append("\\n");
                        } catch (Exception e) {
                            report.append("denied ").append(target).append("\\n");
                        }
                    }
                """.formatted(tries, course.getParent().getParent(), probe);
        int body = starter.indexOf('{', starter.indexOf("public class SharedCounter")) + 1;
        return starter.substring(0, body) + "\n" + probing + starter.substring(body);
    }

    /** This build's grader in the kit's course, its jars copied where nobody can read them (not under /root). */
    private static void borrowThisBuild(Path course, Path jars) throws Exception {
        Workspace.copyTree(Path.of("target/classes"), course.resolve("grader/target/classes"));
        List<String> copied = new ArrayList<>();
        int n = 0;
        for (String entry : Files.readString(Path.of("target/classpath.txt")).strip().split(File.pathSeparator)) {
            Path from = Path.of(entry);
            Path to = jars.resolve((n++) + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                Workspace.copyTree(from, to);
            } else {
                Files.createDirectories(jars);
                Files.copy(from, to);
            }
            copied.add(to.toString());
        }
        Path classpath = course.resolve("grader/target/classpath.txt");
        Files.writeString(classpath, String.join(File.pathSeparator, copied));
        Files.setLastModifiedTime(classpath, FileTime.from(Instant.now().plusSeconds(60)));
    }

    private static void unzip(Path zip, Path to) throws Exception {
        try (ZipFile kit = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : kit.stream().toList()) {
                Path file = to.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, kit.getInputStream(entry).readAllBytes());
            }
        }
        for (String script : List.of("run_autograder", "setup.sh", "racecourse/grade", "racecourse/mvnw")) {
            to.resolve(script).toFile().setExecutable(true, false);
        }
    }

    private static int run(List<String> command, Path dir, Path log) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), command + " did not finish");
        return process.exitValue();
    }
}
