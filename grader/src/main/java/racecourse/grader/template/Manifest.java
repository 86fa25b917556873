package racecourse.grader.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import racecourse.grader.check.Json;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;

/**
 * {@code .racecourse/manifest.json}: the SHA-256 of every protected file of a template (every file
 * but the student-edited ones and the manifest itself), so that a student repository can be
 * checked against what the course handed out.
 */
public record Manifest(String schema, String algorithm, List<String> studentFiles,
                       @JsonProperty("protected") SortedMap<String, String> protectedFiles) {
    static final String PATH = Course.MANIFEST;
    static final String SCHEMA = "racecourse.manifest/1";
    private static final ObjectMapper JSON = Json.indented();
    /** The course repository's manifest is computed by an export: once per course and JVM. */
    private static final Map<Path, Manifest> COMPUTED = new ConcurrentHashMap<>();

    void write(Path root) throws IOException {
        Path file = root.resolve(PATH);
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), this);
    }

    static Manifest read(Path root) throws IOException {
        Manifest manifest = JSON.readValue(root.resolve(PATH).toFile(), Manifest.class);
        if (!SCHEMA.equals(manifest.schema()) || manifest.protectedFiles() == null) {
            throw new IOException(root.resolve(PATH) + " is not a " + SCHEMA + " manifest");
        }
        return manifest;
    }

    /**
     * What a submission is checked against: a template's own manifest, or, for the course repository,
     * the manifest an export of all its assignments would write, without the README (each export
     * writes its own, for its assignments and platform).
     */
    public static Manifest of(Course course) throws IOException {
        if (course.isTemplate()) {
            return read(course.root());
        }
        Path root = course.root().toAbsolutePath().normalize();
        Manifest computed = COMPUTED.get(root);
        if (computed == null) {
            Path export = Files.createTempDirectory("racecourse-manifest-");
            try {
                TemplateExport.write(course, course.assignments(), Platform.GRADESCOPE, export.resolve("t"));
                Manifest full = read(export.resolve("t"));
                SortedMap<String, String> hashes = new TreeMap<>(full.protectedFiles());
                hashes.remove("README.md");
                computed = new Manifest(full.schema(), full.algorithm(), full.studentFiles(), hashes);
            } finally {
                Folders.delete(export);
            }
            COMPUTED.put(root, computed);
        }
        return computed;
    }
}
