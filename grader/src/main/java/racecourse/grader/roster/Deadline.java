package racecourse.grader.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code --before DATETIME}: a student's work as it stood at the deadline, the last commit of their
 * checkout's HEAD made before it (by committer date, as {@code git rev-list --before} counts). Its
 * files are exported with {@code git archive} into a scratch folder: the student's checkout is only
 * read, never checked out or changed.
 */
public record Deadline(Instant before) {
    private static final long GIT_SECONDS = 60;

    /** What was graded: the exported files, the commit and its committer date (ISO-8601, UTC). */
    public record AtCommit(Path files, String commit, String committedAt) {
    }

    /** A roster entry that cannot be graded at the deadline, and why (for the class report). */
    public static final class NotGradable extends Exception {
        public NotGradable(String reason) {
            super(reason);
        }
    }

    /** Parses an ISO-8601 date and time with its offset, e.g. {@code 2026-12-01T23:59:00Z} or {@code ...+01:00}. */
    public static Deadline parse(String text) {
        try {
            return new Deadline(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--before takes an ISO-8601 date and time with its offset "
                    + "(e.g. 2026-12-01T23:59:00Z), not " + text);
        }
    }

    /** Exports the last commit before the deadline of {@code checkout} into {@code into}. */
    public AtCommit export(Path checkout, Path into) throws NotGradable, IOException, InterruptedException {
        if (!Files.exists(checkout.resolve(".git"))) {
            throw new NotGradable("not a git checkout (no .git)");
        }
        Git rev = git(checkout, "rev-list", "-1", "--before=" + before, "HEAD");
        if (rev.status != 0) {
            throw new NotGradable("not a git checkout with a commit (git: " + rev.firstLine() + ")");
        }
        String commit = rev.text().strip();
        if (commit.isEmpty()) {
            throw new NotGradable("no commit before " + before);
        }
        Git date = git(checkout, "show", "-s", "--format=%cI", commit);
        String committedAt = OffsetDateTime.parse(date.text().strip()).toInstant().toString();
        Files.createDirectories(into);
        Process archive = new ProcessBuilder("git", "-C", checkout.toString(), "archive", "--format=zip", commit)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (ZipInputStream zip = new ZipInputStream(archive.getInputStream())) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new NotGradable("the commit holds a path outside its tree: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
            // The zip's central directory follows the last entry: read it too, or git dies of a closed pipe.
            archive.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        if (!archive.waitFor(GIT_SECONDS, TimeUnit.SECONDS) || archive.exitValue() != 0) {
            archive.destroyForcibly();
            throw new NotGradable("git archive of " + commit + " failed");
        }
        return new AtCommit(into, commit, committedAt);
    }

    private record Git(int status, String text) {
        String firstLine() {
            return text.strip().lines().findFirst().orElse("exit status " + status);
        }
    }

    private static Git git(Path checkout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", checkout.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text;
        try (InputStream out = git.getInputStream()) {
            text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!git.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            return new Git(-1, "git did not answer within " + GIT_SECONDS + " s");
        }
        return new Git(git.exitValue(), text);
    }
}
