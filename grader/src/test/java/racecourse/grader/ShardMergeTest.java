package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.build.Workspace;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;
import racecourse.grader.roster.Shard;

/**
 * {@code ./grade class --shard K/N}: two shards graded by two grader processes side by side take
 * disjoint shares of the roster that together cover it, and their results, merged by
 * {@code ./grade class-report}, give the same {@code grades.csv} as one unsharded run.
 */
class ShardMergeTest {
    private static final Path COURSE = Path.of("..");
    private static final String COUNTER = "assignments/01-shared-counter/";
    private static final String CHECK = "SharedCounterTest#countsOnOneThread";
    private static final List<String> STUDENTS = List.of("ada", "ben", "cy", "dee", "eve");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // whole class runs, beyond the support jar's 60 s default
    void shardsMergeToTheUnshardedGrades(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster");
        for (int i = 0; i < STUDENTS.size(); i++) {
            Path module = roster.resolve(STUDENTS.get(i)).resolve(COUNTER);
            Workspace.copyTree(COURSE.resolve(i % 2 == 0 ? "solutions/01-shared-counter" : COUNTER), module);
            if (i == 1) {
                Files.writeString(module.resolve("src/main/java/racecourse/counter/SharedCounter.java"), "broken");
            }
        }
        Shard first = new Shard(1, 2);
        assertTrue(STUDENTS.stream().anyMatch(first::holds) && !STUDENTS.stream().allMatch(first::holds),
                "both shards hold students");

        Process one = grader(dir, roster, "1/2");
        Process two = grader(dir, roster, "2/2");
        assertTrue(one.waitFor(5, TimeUnit.MINUTES) && two.waitFor(5, TimeUnit.MINUTES), "shards finish");
        assertEquals(ExitStatus.POINTS_LOST.code(), Main.execute("class", "--root", COURSE.toString(), "--roster", roster.toString(),
                "--out", dir.resolve("all").toString(), "--only", CHECK, "01"));

        TreeSet<String> graded1 = studentsIn(dir.resolve("shard-1"));
        TreeSet<String> graded2 = studentsIn(dir.resolve("shard-2"));
        assertFalse(graded1.stream().anyMatch(graded2::contains), "disjoint: " + graded1 + " " + graded2);
        TreeSet<String> both = new TreeSet<>(graded1);
        both.addAll(graded2);
        assertEquals(new TreeSet<>(STUDENTS), both, "together the whole roster");

        Path merged = dir.resolve("merged");
        Workspace.copyTree(dir.resolve("shard-1"), merged);
        Workspace.copyTree(dir.resolve("shard-2"), merged);
        assertEquals(0, Main.execute("class-report", "--results", merged.toString(), "--out",
                dir.resolve("report").toString()));
        assertEquals(Files.readString(dir.resolve("all/grades.csv")), Files.readString(dir.resolve("report/grades.csv")));
    }

    private static Process grader(Path dir, Path roster, String shard) throws IOException {
        Path out = dir.resolve("shard-" + shard.charAt(0));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "class", "--root", COURSE.toString(),
                "--roster", roster.toString(), "--out", out.toString(), "--shard", shard, "--only", CHECK, "01")
                .redirectErrorStream(true).redirectOutput(dir.resolve("shard-" + shard.charAt(0) + ".log").toFile())
                .start();
    }

    private static TreeSet<String> studentsIn(Path out) throws IOException {
        try (Stream<Path> children = Files.list(out)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
