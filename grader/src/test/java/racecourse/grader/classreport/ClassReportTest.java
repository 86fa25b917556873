package racecourse.grader.classreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static racecourse.grader.classreport.SyntheticResults.result;
import static racecourse.grader.classreport.SyntheticResults.verdicts;
import static racecourse.grader.classreport.SyntheticResults.write;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class report: which result counts, what the CSV holds, flaky and tampered flags, and its speed. */
class ClassReportTest {
    private static final String COUNTER = "01-shared-counter";
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void theNewestResultCountsWhateverTheNesting(@TempDir Path dir) throws Exception {
        write(dir.resolve("alice/run-2/grading-report/" + COUNTER + ".json"),
                result(COUNTER, verdicts(5, 4), "aa", NOON.plusSeconds(60), List.of()));
        write(dir.resolve("alice/run-1/" + COUNTER + ".json"), result(COUNTER, verdicts(5, 1), "bb", NOON, List.of()));
        write(dir.resolve("alice/old/" + COUNTER + ".json"), result(COUNTER, verdicts(5, 5), null, null, List.of()));
        write(dir.resolve("bob/" + COUNTER + ".json"), result(COUNTER, verdicts(5, 0), "cc", NOON, List.of()));
        write(dir.resolve("bob/07-bank-transfers.json"), result("07-bank-transfers", verdicts(2, 2), "dd", NOON, List.of()));
        Files.createDirectories(dir.resolve("bob/classroom"));
        Files.writeString(dir.resolve("bob/classroom/a01.json"), "{\"version\":1,\"status\":\"fail\",\"tests\":[]}");
        Files.writeString(dir.resolve("top-level.json"), "{}");
        Files.writeString(dir.resolve("bob/broken.json"), "{\"schema\":\"racecourse.result/1\",");

        ClassReport report = ClassReport.read(dir);

        assertEquals(List.of("alice", "bob"), report.students());
        assertEquals(List.of(COUNTER, "07-bank-transfers"), report.assignments());
        assertEquals(Optional.of(8), report.score("alice", COUNTER), "newest graded_at counts");
        assertEquals(Optional.empty(), report.score("alice", "07-bank-transfers"));
        assertEquals(4, report.total("bob"));
        assertEquals(5, report.resultFiles());
        assertEquals(1, report.unreadable().size(), report.unreadable().toString());
        Map<Integer, Integer> distribution = report.distribution(COUNTER);
        assertEquals(11, distribution.size(), "every score from 0 to 10");
        assertEquals(1, distribution.get(0));
        assertEquals(1, distribution.get(8));
        assertEquals(2, distribution.values().stream().mapToInt(Integer::intValue).sum());
        ClassReport.CheckRate worst = report.failureRates(COUNTER).get(0);
        assertEquals("T#c4", worst.id());
        assertEquals(2, worst.failed());
        assertEquals(2, worst.graded());
    }

    @Test
    void csvQuotesAsRfc4180(@TempDir Path dir) throws Exception {
        String awkward = "o'neil, \"jr\"\nthe 2nd";
        write(dir.resolve(awkward + "/" + COUNTER + ".json"), result(COUNTER, verdicts(3, 2), "aa", NOON, List.of()));
        write(dir.resolve("zed/" + COUNTER + ".json"), result(COUNTER, verdicts(3, 3), "bb", NOON, List.of()));
        ClassReport.read(dir).write(dir.resolve("out"));

        try (Reader in = Files.newBufferedReader(dir.resolve("out/grades.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
            assertEquals(2, rows.size());
            assertEquals(awkward, rows.get(0).get(GradesCsv.STUDENT));
            assertEquals("4", rows.get(0).get(COUNTER));
            assertEquals("6", rows.get(1).get(GradesCsv.TOTAL));
        }
    }

    @Test
    void flagsChecksWhoseVerdictChangedOnTheSameCode(@TempDir Path dir) throws Exception {
        write(dir.resolve("alice/a/" + COUNTER + ".json"), result(COUNTER, verdicts(3, 3), "same", NOON, List.of()));
        write(dir.resolve("alice/b/" + COUNTER + ".json"), result(COUNTER, verdicts(3, 2), "same",
                NOON.plusSeconds(1), List.of()));
        write(dir.resolve("bob/" + COUNTER + ".json"), result(COUNTER, verdicts(3, 0), "other", NOON, List.of()));
        write(dir.resolve("carol/" + COUNTER + ".json"), result(COUNTER, verdicts(3, 1), "same", NOON, List.of()));

        List<ClassReport.FlakySuspect> suspects = ClassReport.read(dir).flakySuspects();

        assertEquals(List.of("T#c1", "T#c2"), suspects.stream().map(ClassReport.FlakySuspect::checkId).toList());
        assertEquals(Map.of("pass", 2, "fail", 1), suspects.get(0).verdicts());
        assertEquals(List.of("alice", "carol"), suspects.get(0).students(), "same code, whoever handed it in");
    }

    @Test
    void listsTamperedStudents(@TempDir Path dir) throws Exception {
        String test = "assignments/" + COUNTER + "/src/test/java/racecourse/counter/SharedCounterTest.java";
        write(dir.resolve("mallory/" + COUNTER + ".json"), result(COUNTER, verdicts(2, 2), "x", NOON, List.of(test)));
        write(dir.resolve("alice/" + COUNTER + ".json"), result(COUNTER, verdicts(2, 2), "y", NOON, List.of()));

        List<ClassReport.Tampering> tampered = ClassReport.read(dir).tampered();

        assertEquals(List.of(new ClassReport.Tampering("mallory", COUNTER, List.of(test))), tampered);
    }

    /** The target: a class report from 1,000 result files in under 5 s (prints the time measured). */
    @Test
    void aThousandResultFilesInUnderFiveSeconds(@TempDir Path dir) throws Exception {
        List<String> assignments = List.of("01-a", "02-b", "03-c", "04-d", "05-e", "06-f", "07-g");
        int files = 0;
        for (int student = 0; files < 1000; student++) {
            for (int a = 0; a < assignments.size() && files < 1000; a++, files++) {
                int passed = (student * 7 + a * 3) % 9;
                write(dir.resolve(String.format("student-%03d/grading-report/%s.json", student, assignments.get(a))),
                        result(assignments.get(a), verdicts(8, passed), "sha-" + student % 50 + "-" + a,
                                NOON.plusSeconds(student), List.of()));
            }
        }
        long started = System.nanoTime();
        ClassReport report = ClassReport.read(dir);
        report.write(dir.resolve("out"));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("class report from %d result files: %.2f s%n", report.resultFiles(), seconds);

        assertEquals(1000, report.resultFiles());
        assertTrue(Files.size(dir.resolve("out/class-report.html")) > 0);
        assertTrue(seconds < 5, "took " + seconds + " s");
    }
}
