package racecourse.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The unprivileged user that child JVMs run as when the grader runs as root (Gradescope runs
 * {@code run_autograder} as root): named by {@code RACECOURSE_CHILD_USER}. The grader keeps root and
 * its files (the course, its build, the reports); each child starts through {@code setpriv} as that
 * user, who owns only the workspace being graded and its run folder, and whose processes are all
 * killed when a child ends, so none outlives its grading to tamper with the next.
 */
final class ChildUser {
    static final String VARIABLE = "RACECOURSE_CHILD_USER";

    private final String name;
    private final String gid;

    private ChildUser(String name, String gid) {
        this.name = name;
        this.gid = gid;
    }

    static Optional<ChildUser> fromEnvironment() {
        String name = System.getenv(VARIABLE);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            Process id = new ProcessBuilder("id", "-g", name).redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes()).strip();
            if (!id.waitFor(10, TimeUnit.SECONDS) || id.exitValue() != 0 || !out.matches("\\d+")) {
                throw new IllegalStateException(VARIABLE + "=" + name + ": no such user (" + out + ")");
            }
            return Optional.of(new ChildUser(name, out));
        } catch (IOException e) {
            throw new IllegalStateException(VARIABLE + "=" + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(VARIABLE + ": interrupted");
        }
    }

    /** Prepended to a child's command: drop root for this user, with no supplementary groups. */
    List<String> prefix() {
        return List.of("setpriv", "--reuid=" + name, "--regid=" + gid, "--clear-groups", "--");
    }

    /**
     * Gives the user the folders a child works in, and a way to them: the grader's scratch folders
     * under the temp folder are created for root alone, so each gets search permission for others
     * (not read: nothing else in them can be listed).
     */
    void grant(Path... dirs) throws IOException {
        UserPrincipal user = dirs[0].getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.toList()) {
                    Files.setOwner(p, user);
                }
            }
            for (Path up = dir.toAbsolutePath().normalize().getParent(); up != null && up.startsWith(temp)
                    && !up.equals(temp); up = up.getParent()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(up);
                if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                    Files.setPosixFilePermissions(up, permissions);
                }
            }
        }
    }

    /** Kills every process of the user: what a child left running (daemons included) ends with it. */
    void killLeftovers() {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().user().filter(name::equals).isPresent())
                .forEach(ProcessHandle::destroyForcibly);
    }
}
