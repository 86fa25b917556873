package racecourse.shm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link Worker} JVMs, waits until each is ready, releases them all at
 * once, and collects what each reports. Processes are killed in {@link #close()}
 * whatever happened, so a failed test leaves none behind.
 */
final class WorkerProcesses implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final List<BufferedReader> outputs = new ArrayList<>();

    /** Starts one worker: {@code Worker file args...}. */
    void start(Path file, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Worker.class.getName(), file.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(process);
        outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }

    /** Waits for every worker's "ready", then sends "go" to all of them, as close together as possible. */
    void releaseAll() throws IOException {
        for (int i = 0; i < processes.size(); i++) {
            String line = outputs.get(i).readLine();
            if (!"ready".equals(line)) {
                throw new AssertionError("worker " + i + " did not start: " + line + rest(i));
            }
        }
        for (Process process : processes) {
            OutputStream in = process.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
    }

    /** Waits for every worker to finish; returns the operations each reports ("did N"). */
    long[] awaitAll(long seconds) throws Exception {
        long[] done = new long[processes.size()];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            if (!process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("worker process " + i + " did still not finish after " + seconds
                        + " s: a lock never released, or a wait that never ends?");
            }
            String report = outputs.get(i).readLine();
            if (report != null && report.startsWith("torn ")) {
                throw new AssertionError("the reader process saw a half-updated array: " + report.substring(5)
                        + " (the elements of one moment differ by exactly 100 and 200). An update must change "
                        + "all three elements, and a read must copy all three, under one lock");
            }
            if (process.exitValue() != 0 || report == null || !report.startsWith("did ")) {
                throw new AssertionError("worker process " + i + " failed (exit " + process.exitValue() + "): "
                        + report + rest(i));
            }
            done[i] = Long.parseLong(report.substring(4).strip());
        }
        return done;
    }

    private String rest(int i) {
        StringBuilder text = new StringBuilder();
        try {
            for (String line; (line = outputs.get(i).readLine()) != null && text.length() < 2000; ) {
                text.append('\n').append(line);
            }
        } catch (IOException ignored) {
            // nothing more to say
        }
        return text.toString();
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
