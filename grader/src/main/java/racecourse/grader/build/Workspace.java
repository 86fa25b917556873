package racecourse.grader.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import racecourse.grader.discover.Assignment;
import racecourse.grader.io.Folders;

/**
 * A scratch copy of the course's assignment module with only the student-edited
 * files taken from the submission. Whatever else the submission holds (edited
 * tests, a changed build) has no effect (template.IgnoredFiles lists it).
 */
public record Workspace(Assignment assignment, Path module, List<String> notes) {

    /**
     * Lays out {@code scratch} for grading {@code assignment}, taking the student-edited files from
     * {@code submission} (a checkout root, or a module folder) when present, else from the starter.
     */
    public static Workspace prepare(Assignment assignment, Optional<Path> submission, Path scratch)
            throws IOException {
        Folders.delete(scratch);
        Path module = scratch.resolve(assignment.id());
        copyTree(assignment.moduleDir(), module);
        List<String> notes = new ArrayList<>();
        if (submission.isPresent()) {
            Path source = moduleIn(submission.get(), assignment);
            for (String file : assignment.studentFiles()) {
                Optional<Path> edited = studentFile(submission.get(), source, file, notes);
                if (edited.isPresent()) {
                    Files.copy(edited.get(), module.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    notes.add(file + " is not in the submission; graded the starter's copy");
                }
            }
        }
        return new Workspace(assignment, module, List.copyOf(notes));
    }

    /**
     * A student file at its place in the module, or else the one file of that name anywhere in the
     * submission: an upload of just {@code SharedCounter.java} (as Gradescope takes them) is graded too.
     */
    private static Optional<Path> studentFile(Path submission, Path module, String file, List<String> notes)
            throws IOException {
        Path placed = module.resolve(file);
        if (Files.isRegularFile(placed)) {
            return Optional.of(placed);
        }
        String name = Path.of(file).getFileName().toString();
        List<Path> found;
        try (Stream<Path> walk = Files.walk(submission)) {
            found = walk.filter(p -> p.getFileName().toString().equals(name) && Files.isRegularFile(p))
                    .filter(p -> !submission.relativize(p).startsWith("target"))
                    .toList();
        }
        if (found.size() == 1) {
            notes.add("took " + file + " from " + submission.relativize(found.get(0)));
            return Optional.of(found.get(0));
        }
        if (found.size() > 1) {
            notes.add(found.size() + " files named " + name + " in the submission, none at " + file
                    + ": cannot tell which is yours");
        }
        return Optional.empty();
    }

    /** The submission's copy of the assignment module: DIR/assignments/ID, DIR/ID, or DIR itself. */
    static Path moduleIn(Path submission, Assignment assignment) {
        for (Path candidate : List.of(submission.resolve("assignments").resolve(assignment.id()),
                submission.resolve(assignment.id()))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return submission;
    }

    /** Whether every student-edited file, as graded, is byte for byte the one in {@code starter}. */
    public boolean holdsTheStarter(Path starter) throws IOException {
        for (String file : assignment.studentFiles()) {
            Path graded = module.resolve(file);
            Path handedOut = starter.resolve(file);
            if (!Files.isRegularFile(graded) || !Files.isRegularFile(handedOut)
                    || Files.mismatch(graded, handedOut) != -1) {
                return false;
            }
        }
        return true;
    }

    /** The course's files of a module: sources, build and docs, never build output. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).startsWith("target"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * SHA-256 over the student-edited files as graded, in path order: for each, its path relative to
     * the module (UTF-8), a NUL byte, its length as 8 bytes big-endian, then its bytes. Equal
     * fingerprints mean the same code was graded; a file absent from the workspace is left out.
     */
    public String studentFilesSha256() throws IOException {
        MessageDigest sha = Sha256.digest();
        for (String file : assignment.studentFiles().stream().sorted().toList()) {
            Path path = module.resolve(file);
            if (Files.isRegularFile(path)) {
                byte[] content = Files.readAllBytes(path);
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
                sha.update(content);
            }
        }
        return Sha256.hex(sha);
    }

    /** Copies a folder's files, leaving out its build output ({@code target/}). */
    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        for (Path file : files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path mainSources() {
        return module.resolve("src/main/java");
    }

    public Path testSources() {
        return module.resolve("src/test/java");
    }

    public Path testResources() {
        return module.resolve("src/test/resources");
    }

    public Path classes() {
        return module.resolve("target/classes");
    }

    public Path testClasses() {
        return module.resolve("target/test-classes");
    }
}
