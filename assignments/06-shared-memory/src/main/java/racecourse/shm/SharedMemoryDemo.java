package racecourse.shm;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replays the source material's run with real processes: two {@link Worker} JVMs
 * add 1 to the shared value 100 times each, two more add 1.0 to the shared array
 * 100 times each, all started together. Then a third round with more work (three
 * processes with two threads each, for half a second) makes the race plain.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class SharedMemoryDemo {
    private SharedMemoryDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("racecourse-shm", ".bin");
        Files.delete(file);
        try (SharedMemory shared = SharedMemory.open(file)) {
            System.out.println("value at beginning: " + shared.value());
            System.out.println("array at beginning: " + Arrays.toString(shared.array()));
        }
        run(file, List.of("seed-value 100", "seed-value 100", "seed-array 100", "seed-array 100"));
        try (SharedMemory shared = SharedMemory.open(file)) {
            System.out.println("value at end: expected 200, observed " + shared.value());
            System.out.println("array at end: expected [200.0, 300.0, 400.0], observed "
                    + Arrays.toString(shared.array()));
        }
        long done = run(file, List.of("value 500 2", "value 500 2", "value 500 2"));
        try (SharedMemory shared = SharedMemory.open(file)) {
            System.out.printf("3 processes x 2 threads, 0.5 s: expected %d, observed %d%n", 200 + done,
                    shared.value());
        }
        Files.deleteIfExists(file);
    }

    /** Where Worker's classes are (under exec:java, java.class.path is Maven's own). */
    private static String classes() throws Exception {
        return Path.of(Worker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Starts one Worker per spec, releases them together, returns the operations they report. */
    private static long run(Path file, List<String> specs) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (String spec : specs) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes(), Worker.class.getName(), file.toString()));
            command.addAll(List.of(spec.split(" ")));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            processes.add(process);
            outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader output : outputs) {
            output.readLine();
        }
        for (Process process : processes) {
            OutputStream in = process.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        long done = 0;
        for (int i = 0; i < processes.size(); i++) {
            String report = outputs.get(i).readLine();
            processes.get(i).waitFor();
            if (report != null && report.startsWith("did ")) {
                done += Long.parseLong(report.substring(4).strip());
            }
        }
        return done;
    }
}
