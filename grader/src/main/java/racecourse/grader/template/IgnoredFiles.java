package racecourse.grader.template;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import racecourse.grader.build.Sha256;
import racecourse.grader.discover.Course;

/**
 * The files of a checkout that grading one assignment ignores: the course's files that the checkout
 * changed (the assignment's own and the shared ones: support, grader, build), and the files it added
 * to the assignment's module. Grading takes only the student-edited files; everything listed here
 * is the course's copy, or nothing, in the grade of record. Build output and what the course's
 * {@code .gitignore} leaves out (test results) are not listed.
 */
public final class IgnoredFiles {
    private IgnoredFiles() {
    }

    public static List<String> of(Path checkout, Course course, String assignment) throws IOException {
        Manifest manifest = Manifest.of(course);
        List<String> ignored = new ArrayList<>();
        for (var entry : manifest.protectedFiles().entrySet()) {
            String path = entry.getKey();
            Path theirs = checkout.resolve(path);
            if (concerns(path, assignment) && Files.isRegularFile(theirs)
                    && !Sha256.ofFile(theirs).equals(entry.getValue())) {
                ignored.add(path);
            }
        }
        String module = "assignments/" + assignment + "/";
        Path theirModule = checkout.resolve(module);
        if (Files.isDirectory(theirModule)) {
            List<PathMatcher> untracked = gitIgnored(course.root());
            try (Stream<Path> walk = Files.walk(theirModule)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Path relative = theirModule.relativize(file);
                    String path = module + relative.toString().replace('\\', '/');
                    if (!manifest.protectedFiles().containsKey(path) && !manifest.studentFiles().contains(path)
                            && !matches(untracked, relative)) {
                        ignored.add(path);
                    }
                }
            }
        }
        return List.copyOf(ignored);
    }

    /** Shared files concern every assignment; another assignment's module or starter concerns none. */
    private static boolean concerns(String path, String assignment) {
        for (String prefix : List.of("assignments/", Course.STARTERS + "/")) {
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) > 0) {
                return path.startsWith(prefix + assignment + "/");
            }
        }
        return true;
    }

    /** The course's {@code .gitignore} lines as globs on one path segment: {@code dir/} or a file name pattern. */
    private static List<PathMatcher> gitIgnored(Path courseRoot) throws IOException {
        Path file = courseRoot.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                .map(line -> "glob:" + (line.endsWith("/") ? line.substring(0, line.length() - 1) : line))
                .map(FileSystems.getDefault()::getPathMatcher)
                .toList();
    }

    private static boolean matches(List<PathMatcher> patterns, Path relative) {
        for (Path part : relative) {
            for (PathMatcher pattern : patterns) {
                if (pattern.matches(part)) {
                    return true;
                }
            }
        }
        return false;
    }
}
