package racecourse.grader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/**
 * {@code ./grade gradescope-kit}: the zip Gradescope's autograder takes:
 * {@code setup.sh} and {@code run_autograder} at its root, and the course under
 * {@code racecourse/} (build output and git history left out). Gradescope unpacks
 * it to /autograder/source; run_autograder grades /autograder/submission.
 */
@Command(name = "gradescope-kit", mixinStandardHelpOptions = true,
        description = "Builds the Gradescope autograder zip (setup.sh, run_autograder, the course).")
final class GradescopeKitCommand implements Callable<Integer> {
    private static final List<String> SKIPPED = List.of(".git", "target", "node_modules");

    @Option(names = "--out", paramLabel = "ZIP", defaultValue = "target/gradescope-autograder.zip")
    private Path out;

    @Mixin
    private CourseOptions courseOptions;

    @Override
    public Integer call() throws IOException {
        Path root = courseOptions.root();
        Path zip = out.isAbsolute() ? out : root.resolve(out);
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream kit = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String script : List.of("setup.sh", "run_autograder")) {
                try (InputStream in = GradescopeKitCommand.class.getResourceAsStream("/gradescope/" + script)) {
                    add(kit, script, in.readAllBytes());
                }
            }
            Course course = courseOptions.course();
            List<String> graded = courseOptions.assignments(course).stream().map(Assignment::id).toList();
            add(kit, "racecourse/gradescope-assignments.txt",
                    graded.stream().map(id -> id + "\n").collect(java.util.stream.Collectors.joining())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(file -> shipped(root, file)).sorted().toList()) {
                    add(kit, "racecourse/" + root.relativize(file).toString().replace('\\', '/'),
                            Files.readAllBytes(file));
                }
            }
        }
        System.out.println("wrote " + zip.toAbsolutePath().normalize());
        return ExitStatus.OK.code();
    }

    private static boolean shipped(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static void add(ZipOutputStream kit, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        kit.putNextEntry(entry);
        kit.write(bytes);
        kit.closeEntry();
    }
}
