package racecourse.grader.classreport;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import racecourse.grader.check.Json;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * A class's results, read from a folder of result JSONs (a regrade's output, or the
 * {@code grading-report} artifacts of students' own runs, nested any way): the student is
 * the first folder under it. Writes {@code grades.csv} and {@code class-report.html}.
 * When a student has several results for an assignment, the newest {@code graded_at} counts.
 */
public final class ClassReport {
    /** Results of newer graders carry fields this one does not know: the contract only adds fields. */
    private static final ObjectMapper JSON = Json.tolerant();
    /**
     * One result file: whose, what it says, and when it was graded (a result of an older grader,
     * without graded_at, counts as older than any that has one).
     */
    record Graded(String student, AssignmentResult result, Instant gradedAt) {
    }

    record CheckRate(String id, String name, int failed, int graded) {
        double rate() {
            return graded == 0 ? 0 : (double) failed / graded;
        }
    }

    record Tampering(String student, String assignment, List<String> files) {
    }

    /** A check whose verdict differed between runs of the same student code. */
    record FlakySuspect(String assignment, String checkId, String checkName, String submissionSha256,
                        SortedMap<String, Integer> verdicts, List<String> students) {
    }

    /** A roster entry that could not be graded (not a git checkout, no commit before the deadline), and why. */
    public record NotGraded(String schema, String student, String reason) {
        public static final String SCHEMA = "racecourse.not-graded/1";
        public static final String FILE = "not-graded.json";
    }

    private final List<Graded> all;
    private final List<String> unreadable;
    private final List<NotGraded> notGraded;
    /** student, then assignment: the result that counts. */
    private final SortedMap<String, SortedMap<String, AssignmentResult>> latest = new TreeMap<>();
    private final SortedMap<String, Integer> maxScores = new TreeMap<>();

    private ClassReport(List<Graded> all, List<String> unreadable, List<NotGraded> notGraded) {
        this.all = List.copyOf(all);
        this.unreadable = List.copyOf(unreadable);
        this.notGraded = notGraded.stream().sorted(Comparator.comparing(NotGraded::student)).toList();
        for (Graded g : all.stream().sorted(Comparator.comparing(Graded::gradedAt)).toList()) {
            latest.computeIfAbsent(g.student(), s -> new TreeMap<>()).put(g.result().assignment(), g.result());
            maxScores.merge(g.result().assignment(), g.result().maxScore(), Math::max);
        }
    }

    /** Reads every result JSON under {@code dir}; other JSON files (Classroom, Gradescope payloads) are skipped. */
    public static ClassReport read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        List<Graded> found = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<NotGraded> notGraded = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".json")).filter(Files::isRegularFile)
                    .sorted().toList()) {
                Path relative = dir.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                try {
                    if (file.getFileName().toString().equals(NotGraded.FILE)) {
                        NotGraded entry = JSON.readValue(file.toFile(), NotGraded.class);
                        if (NotGraded.SCHEMA.equals(entry.schema())) {
                            notGraded.add(entry);
                        }
                        continue;
                    }
                    readResult(file).ifPresent(result -> found.add(new Graded(relative.getName(0).toString(), result,
                            result.gradedAt() == null ? Instant.MIN : Instant.parse(result.gradedAt()))));
                } catch (JacksonException e) {
                    unreadable.add(relative + ": " + e.getOriginalMessage());
                } catch (DateTimeParseException e) {
                    unreadable.add(relative + ": graded_at is not ISO-8601: " + e.getParsedString());
                }
            }
        }
        return new ClassReport(found, unreadable, notGraded);
    }

    /** The result in {@code file}, or empty for any other JSON (the Classroom and Gradescope payloads). */
    private static Optional<AssignmentResult> readResult(Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        if (json == null || !AssignmentResult.SCHEMA.equals(json.path("schema").asText())) {
            return Optional.empty();
        }
        AssignmentResult result = JSON.treeToValue(json, AssignmentResult.class);
        if (result.assignment() == null || result.tests() == null) {
            throw new JsonMappingException(null, "a result without assignment or tests");
        }
        return Optional.of(result);
    }

    /** Writes {@code grades.csv} and {@code class-report.html} into {@code out}. */
    public void write(Path out) throws IOException {
        Files.createDirectories(out);
        GradesCsv.write(this, out.resolve("grades.csv"));
        Files.writeString(out.resolve("class-report.html"), ClassReportHtml.render(this));
    }

    public int resultFiles() {
        return all.size();
    }

    /** Files that looked like JSON but could not be read, with why. */
    public List<String> unreadable() {
        return unreadable;
    }

    /** Roster entries that could not be graded, by student. */
    public List<NotGraded> notGraded() {
        return notGraded;
    }

    /** The results that count whose student code ran outside the sandbox. */
    List<Graded> uncontained() {
        return all.stream().filter(g -> latest.get(g.student()).get(g.result().assignment()) == g.result())
                .filter(g -> !g.result().contained()).toList();
    }

    /** The commit graded for a student at a deadline ({@code --before}), with its time, if any. */
    Optional<String> commit(String student) {
        return latest.getOrDefault(student, Collections.emptySortedMap()).values().stream()
                .filter(r -> r.commit() != null).findFirst()
                .map(r -> r.commit().substring(0, Math.min(12, r.commit().length())) + " (" + r.committedAt() + ")");
    }

    public List<String> students() {
        return List.copyOf(latest.keySet());
    }

    public List<String> assignments() {
        return List.copyOf(maxScores.keySet());
    }

    public int maxScore(String assignment) {
        return maxScores.getOrDefault(assignment, 0);
    }

    /** The score that counts, or empty when the student has no result for the assignment. */
    public Optional<Integer> score(String student, String assignment) {
        return Optional.ofNullable(latest.getOrDefault(student, Collections.emptySortedMap()).get(assignment))
                .map(AssignmentResult::score);
    }

    public int total(String student) {
        return latest.getOrDefault(student, Collections.emptySortedMap()).values().stream()
                .mapToInt(AssignmentResult::score).sum();
    }

    /** How many students have each score, 0 to the assignment's maximum. */
    SortedMap<Integer, Integer> distribution(String assignment) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (int s = 0; s <= maxScore(assignment); s++) {
            counts.put(s, 0);
        }
        latestOf(assignment).forEach(r -> counts.merge(r.score(), 1, Integer::sum));
        return counts;
    }

    /** Each check's failure rate over the results that count, the most failed first. */
    List<CheckRate> failureRates(String assignment) {
        Map<String, CheckRate> rates = new LinkedHashMap<>();
        for (AssignmentResult result : latestOf(assignment)) {
            for (CheckResult check : result.tests()) {
                CheckRate was = rates.getOrDefault(check.id(), new CheckRate(check.id(), check.name(), 0, 0));
                rates.put(check.id(), new CheckRate(check.id(), check.name(),
                        was.failed() + (check.passed() ? 0 : 1), was.graded() + 1));
            }
        }
        return rates.values().stream()
                .sorted(Comparator.comparingDouble(CheckRate::rate).reversed().thenComparing(CheckRate::id))
                .toList();
    }

    /** Every result, not only the ones that count, that found protected files changed. */
    List<Tampering> tampered() {
        Map<String, Tampering> byStudentAndAssignment = new TreeMap<>();
        for (Graded g : all) {
            if (g.result().tampered() != null && !g.result().tampered().isEmpty()) {
                String key = g.student() + "\u0000" + g.result().assignment();
                Tampering was = byStudentAndAssignment.get(key);
                TreeSet<String> files = new TreeSet<>(g.result().tampered());
                if (was != null) {
                    files.addAll(was.files());
                }
                byStudentAndAssignment.put(key, new Tampering(g.student(), g.result().assignment(), List.copyOf(files)));
            }
        }
        return List.copyOf(byStudentAndAssignment.values());
    }

    /**
     * Checks whose verdict changed between runs of the same code: results grouped by assignment and
     * {@code submission_sha256} (any student's), a check flagged when its verdicts in a group differ.
     */
    List<FlakySuspect> flakySuspects() {
        Map<String, List<Graded>> sameCode = all.stream().filter(g -> g.result().submissionSha256() != null)
                .collect(Collectors.groupingBy(g -> g.result().assignment() + "\u0000" + g.result().submissionSha256(),
                        TreeMap::new, Collectors.toList()));
        List<FlakySuspect> suspects = new ArrayList<>();
        for (List<Graded> runs : sameCode.values()) {
            Map<String, SortedMap<String, Integer>> verdicts = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            for (Graded run : runs) {
                for (CheckResult check : run.result().tests()) {
                    verdicts.computeIfAbsent(check.id(), id -> new TreeMap<>()).merge(check.status().jsonName(), 1, Integer::sum);
                    names.put(check.id(), check.name());
                }
            }
            AssignmentResult first = runs.get(0).result();
            List<String> students = runs.stream().map(Graded::student).distinct().sorted().toList();
            verdicts.forEach((id, counts) -> {
                if (counts.size() > 1) {
                    suspects.add(new FlakySuspect(first.assignment(), id, names.get(id), first.submissionSha256(),
                            counts, students));
                }
            });
        }
        return suspects;
    }

    private List<AssignmentResult> latestOf(String assignment) {
        return latest.values().stream().map(byAssignment -> byAssignment.get(assignment))
                .filter(Objects::nonNull).toList();
    }
}
