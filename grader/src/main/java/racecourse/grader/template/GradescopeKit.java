package racecourse.grader.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.io.Folders;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/**
 * The zip Gradescope's autograder takes: {@code setup.sh} and {@code run_autograder} at its root,
 * and under {@code racecourse/} only what grading needs: the Gradescope template of the chosen
 * assignments (their modules, the support, the grader's sources, the build, the manifest and the
 * starters) without its docs. Never the solutions, the known-wrong fixes, the instructors' docs or
 * the course's own tests: student code runs in that container.
 */
public final class GradescopeKit {
    private static final List<String> LEFT_OUT = List.of("README.md", "docs");

    /** What was written: entries and their bytes, uncompressed. */
    public record Size(long files, long bytes) {
    }

    private GradescopeKit() {
    }

    public static Size write(Course course, List<Assignment> chosen, Map<String, List<PlannedCheck>> checks, Path zip)
            throws IOException {
        Path scratch = Files.createTempDirectory("racecourse-kit-");
        try {
            Path template = scratch.resolve("racecourse");
            TemplateExport.write(course, chosen, Platform.GRADESCOPE, checks, template);
            long files = 0;
            long bytes = 0;
            Files.createDirectories(zip.toAbsolutePath().getParent());
            try (ZipOutputStream kit = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (String script : List.of("setup.sh", "run_autograder")) {
                    byte[] content = resource("/gradescope/" + script);
                    add(kit, script, content);
                    files++;
                    bytes += content.length;
                }
                List<Path> shipped;
                try (Stream<Path> walk = Files.walk(template)) {
                    shipped = walk.filter(Files::isRegularFile)
                            .filter(f -> !LEFT_OUT.contains(template.relativize(f).getName(0).toString()))
                            .sorted().toList();
                }
                for (Path file : shipped) {
                    byte[] content = Files.readAllBytes(file);
                    add(kit, "racecourse/" + template.relativize(file).toString().replace('\\', '/'), content);
                    files++;
                    bytes += content.length;
                }
            }
            return new Size(files, bytes);
        } finally {
            Folders.delete(scratch);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GradescopeKit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the grader's build lacks " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void add(ZipOutputStream kit, String name, byte[] bytes) throws IOException {
        kit.putNextEntry(new ZipEntry(name));
        kit.write(bytes);
        kit.closeEntry();
    }
}
