package racecourse.grader.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import racecourse.grader.discover.Course;

/**
 * {@code .racecourse/manifest.json}: the SHA-256 of every protected file of a template (every file
 * but the student-edited ones and the manifest itself), so that a student repository can be
 * checked against what the course handed out.
 */
record Manifest(String schema, String algorithm, List<String> studentFiles,
                @JsonProperty("protected") SortedMap<String, String> protectedFiles) {
    static final String PATH = Course.MANIFEST;
    static final String SCHEMA = "racecourse.manifest/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path root) throws IOException {
        Path file = root.resolve(PATH);
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), this);
    }
}
