package racecourse.grader.roster;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import racecourse.grader.check.Json;
import racecourse.grader.judge.Standing;

/**
 * A class to grade: one checkout per student under the roster folder (the folder's name is the
 * student's id), one results folder per student under the output folder. A student is finished
 * when their results folder holds the completion marker, written last and atomically, for the same
 * assignments and checks: an interrupted run leaves no marker, so that student is graded again.
 */
public final class Roster {
    static final String MARKER = ".graded.json";
    private static final ObjectMapper JSON = Json.compact();

    /** What a finished student was graded on, and how their grading stood. */
    record Marker(List<String> assignments, List<String> only, Standing standing) {
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
     * How a finished student's grading stood, or empty when they still need grading (no marker, a
     * marker for other assignments or checks, or one this grader cannot read).
     */
    public Optional<Standing> finished(String student) throws IOException {
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
        return done.assignments().equals(assignments) && done.only().equals(only)
                ? Optional.ofNullable(done.standing()) : Optional.empty();
    }

    /** Marks a student finished, once every report is written: the marker appears whole or not at all. */
    public void markFinished(String student, Standing standing) throws IOException {
        Path dir = results(student);
        Path partial = Files.createTempFile(dir, MARKER, ".tmp");
        JSON.writeValue(partial.toFile(), new Marker(assignments, only, standing));
        Files.move(partial, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
    }
}
