package racecourse.grader.roster;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import racecourse.grader.check.Json;
import racecourse.grader.classreport.ClassReport;
import racecourse.grader.io.Folders;
import racecourse.grader.judge.Standing;

/**
 * A class to grade: one checkout per student under the roster folder (the folder's name is the
 * student's id), one results folder per student under the output folder. A student is finished
 * when their results folder holds the completion marker, written last and atomically, for the same
 * assignments and checks, the same commit and the same student files (their fingerprints): an
 * interrupted run leaves no marker, and a {@code git pull} that changed a student's files or commit
 * voids it, so that student is graded again.
 */
public final class Roster {
    static final String MARKER = ".graded.json";
    private static final ObjectMapper JSON = Json.compact();

    /**
     * What a finished student was graded on, and how their grading stood. {@code commit} is null without
     * {@code --before}; {@code studentFiles} maps each assignment to the fingerprint of the student files
     * graded ({@code submission_sha256}).
     */
    record Marker(List<String> assignments, List<String> only, Standing standing, String commit,
                  Map<String, String> studentFiles) {
    }

    private final Path checkouts;
    private final Path out;
    private final List<String> assignments;
    private final List<String> only;

    public Roster(Path checkouts, Path out, List<String> assignments, List<String> only) {
        this.checkouts = checkouts;
        this.out = out;
        this.assignments = List.copyOf(assignments);
        this.only = List.copyOf(only);
    }

    /** Every student: the roster's folders, hidden ones ({@code .git}) left out, in name order. */
    public List<String> students() throws IOException {
        try (Stream<Path> children = Files.list(checkouts)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    public Path checkout(String student) {
        return checkouts.resolve(student);
    }

    public Path results(String student) {
        return out.resolve(student);
    }

    /**
     * How a finished student's grading stood, or empty when they still need grading: never graded,
     * interrupted, graded on other assignments, checks, commit or student files, or a marker this
     * grader cannot read.
     */
    public Optional<Standing> finished(String student, String commit, Map<String, String> studentFiles)
            throws IOException {
        Path marker = results(student).resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Marker done;
        try {
            done = JSON.readValue(marker.toFile(), Marker.class);
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
        return done.equals(new Marker(assignments, only, done.standing(), commit, studentFiles))
                ? Optional.ofNullable(done.standing()) : Optional.empty();
    }

    /** Marks a student finished, once every report is written: the marker appears whole or not at all. */
    public void markFinished(String student, Standing standing, String commit, Map<String, String> studentFiles)
            throws IOException {
        Path dir = results(student);
        Path partial = Files.createTempFile(dir, MARKER, ".tmp");
        JSON.writeValue(partial.toFile(), new Marker(assignments, only, standing, commit, Map.copyOf(studentFiles)));
        Files.move(partial, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Replaces a student's results with why they could not be graded: the class report lists it. */
    public void markNotGraded(String student, String reason) throws IOException {
        Path dir = results(student);
        Folders.delete(dir);
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(ClassReport.NotGraded.FILE).toFile(),
                new ClassReport.NotGraded(ClassReport.NotGraded.SCHEMA, student, reason));
    }
}
