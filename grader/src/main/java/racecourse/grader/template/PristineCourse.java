package racecourse.grader.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import racecourse.grader.build.Sha256;
import racecourse.grader.discover.Course;

/**
 * A student template's course as it was handed out, rebuilt in a scratch folder so that a student's
 * own {@code ./grade} takes the same files the course's regrade takes: the student-edited files
 * from the working tree, everything else the course's. Each protected file is the working tree's
 * when its SHA-256 matches the manifest, else the template's original from git history (the
 * repository's first commit, as GitHub Classroom creates it), else, when history has none, the
 * working tree's copy with a note that this run could not restore it.
 */
public final class PristineCourse {
    private PristineCourse() {
    }

    public static Course of(Course template, Path dir, Consumer<String> notes) throws IOException, InterruptedException {
        Path root = template.root();
        Manifest manifest = Manifest.read(root);
        List<String> firstCommits = firstCommits(root);
        for (Map.Entry<String, String> entry : manifest.protectedFiles().entrySet()) {
            String path = entry.getKey();
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Path working = root.resolve(path);
            if (Files.isRegularFile(working) && Sha256.ofFile(working).equals(entry.getValue())) {
                Files.copy(working, target);
                continue;
            }
            Optional<byte[]> original = original(root, firstCommits, path, entry.getValue());
            if (original.isPresent()) {
                Files.write(target, original.get());
            } else if (Files.isRegularFile(working)) {
                Files.copy(working, target);
                notes.accept(path + " differs from the course's copy and git history has no original: this run "
                        + "graded your copy, the course's regrade uses its own");
            }
        }
        manifest.write(dir);
        return Course.at(dir);
    }

    /** The repository's root commits (one for a repository created from a template); none without git. */
    private static List<String> firstCommits(Path root) throws InterruptedException {
        return git(root, "rev-list", "--max-parents=0", "HEAD")
                .map(out -> new String(out).lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .orElse(List.of());
    }

    private static Optional<byte[]> original(Path root, List<String> commits, String path, String sha256)
            throws InterruptedException {
        for (String commit : commits) {
            Optional<byte[]> content = git(root, "show", commit + ":" + path);
            if (content.isPresent() && sha256.equals(hex(content.get()))) {
                return content;
            }
        }
        return Optional.empty();
    }

    private static String hex(byte[] content) {
        MessageDigest sha = Sha256.digest();
        sha.update(content);
        return Sha256.hex(sha);
    }

    private static Optional<byte[]> git(Path root, String... args) throws InterruptedException {
        try {
            Process git = new ProcessBuilder(gitCommand(root, args)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = git.getInputStream()) {
                in.transferTo(out);
            }
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(out.toByteArray()) : Optional.empty();
        } catch (IOException noGit) {
            return Optional.empty();
        }
    }

    private static List<String> gitCommand(Path root, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "safe.directory=*", "-C",
                root.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }
}
