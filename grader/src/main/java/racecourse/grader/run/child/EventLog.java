package racecourse.grader.run.child;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import racecourse.grader.check.Json;
import racecourse.grader.run.Event;

/** Appends events to the log the grader reads, one JSON line each, flushed at once. */
final class EventLog {
    private static final ObjectMapper JSON = Json.compact();
    private final OutputStream out;

    EventLog(Path file) throws IOException {
        this.out = new FileOutputStream(file.toFile(), true);
    }

    synchronized void write(Event event) {
        try {
            out.write((JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the event log", e);
        }
    }
}
