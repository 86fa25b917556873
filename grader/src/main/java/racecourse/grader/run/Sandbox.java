package racecourse.grader.run;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import racecourse.grader.io.Folders;

/**
 * Where a child JVM runs student code: inside a bubblewrap box (Linux, as Flatpak uses it), or as a
 * plain process of the grader's user. The box has no network (its own, with only a loopback), its own
 * process tree, {@code /tmp} and {@code /proc}, an environment of PATH, LANG, an empty HOME and
 * MALLOC_ARENA_MAX, no capabilities, and sees only the system's {@code /usr}, the JDK, the few
 * {@code /etc} files the JVM reads, the course's classpath (read-only) and the grading's own scratch
 * folders (writable): no home folder, no other student, no course sources. The limits: processes (the
 * grader counts them, see {@link #MAX_PROCESSES}; the kernel too, for a user other than root) and the
 * address space of each.
 */
public final class Sandbox {
    /** {@code --sandbox}: use the box where it works, insist on it, or never use it. */
    public enum Mode { AUTO, REQUIRED, OFF }

    public static final String BUBBLEWRAP = "bubblewrap";
    public static final String NONE = "none";
    /**
     * Processes a box may hold at once: the test JVM, jcstress's forked JVM, assignment 06's workers
     * (at most 8 at a time) leave ample room; a fork bomb is stopped soon after it passes this.
     */
    public static final int MAX_PROCESSES = 64;
    /** Tasks (threads count) the kernel allows the box's user; root is exempt, hence the grader's count. */
    private static final int MAX_TASKS = 4096;
    /**
     * Address space of each process: a JVM reserves far more than it uses (1 GiB of class space, the
     * code cache, a stack per thread, glibc's malloc arenas); a child with a 256 MB heap peaked at
     * 2.8 GB on 2 cores. 8 GiB leaves room for a 1 GiB heap and hundreds of threads, while native
     * allocations beyond it fail instead of swamping the machine. The arenas, 64 MiB each and up to
     * 8 per core, are capped at 2 so that the reservation does not grow with the machine's cores.
     */
    private static final long MAX_ADDRESS_SPACE = 8L << 30;
    /** The box's HOME: an empty folder on the box's private /tmp. */
    static final String HOME = "/tmp/home";
    /** Files of {@code /etc} the JVM and the dynamic linker read; the rest (passwd, shadow, ssh) stays out. */
    private static final List<String> ETC = List.of("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
            "/etc/localtime", "/etc/timezone", "/etc/alternatives");
    /** Top-level folders that merged-/usr systems make symlinks into /usr. */
    private static final List<String> TOP = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

    private static Sandbox detected;
    private static String unavailableReason;

    private final Path bwrap;
    private final Path javaHome;
    private final List<Path> systemFiles;

    private Sandbox(Path bwrap, Path javaHome) {
        this.bwrap = bwrap;
        this.javaHome = javaHome;
        this.systemFiles = bwrap == null ? List.of() : systemFiles(javaHome);
    }

    /** No box: child JVMs run as plain processes. */
    public static Sandbox none() {
        return new Sandbox(null, null);
    }

    /** The sandbox {@code mode} asks for on this machine; {@code REQUIRED} without a working box throws. */
    public static Sandbox choose(Mode mode) {
        if (mode == Mode.OFF) {
            return none();
        }
        Sandbox box = detect();
        if (box.contained() || mode == Mode.AUTO) {
            return box;
        }
        throw new IllegalStateException("--sandbox required, but " + unavailableReason
                + " (install bubblewrap: apt-get install bubblewrap; or grade in a container with --network none, "
                + "see docs/instructors.md)");
    }

    /** Bubblewrap, when it is installed and a JVM starts inside a box; probed once per grader process. */
    static synchronized Sandbox detect() {
        if (detected == null) {
            detected = probe();
        }
        return detected;
    }

    private static Sandbox probe() {
        Optional<Path> bwrap = onPath("bwrap");
        if (bwrap.isEmpty() || !System.getProperty("os.name").startsWith("Linux")) {
            unavailableReason = "bubblewrap (bwrap) is not installed";
            return none();
        }
        Sandbox box = new Sandbox(bwrap.get(), Path.of(System.getProperty("java.home")));
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("racecourse-probe-");
            Path java = box.javaHome.resolve("bin/java");
            Process probe = box.processBuilder(box.wrap(List.of(java.toString(), "-version"), scratch,
                    List.of(scratch), List.of())).redirectErrorStream(true).start();
            String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!probe.waitFor(60, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                unavailableReason = "a JVM did not start inside bubblewrap within 60 s";
                return none();
            }
            if (probe.exitValue() != 0) {
                unavailableReason = "bubblewrap does not work here: " + said.lines().findFirst().orElse("");
                return none();
            }
            return box;
        } catch (IOException e) {
            unavailableReason = "bubblewrap does not work here: " + e.getMessage();
            return none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailableReason = "interrupted while probing bubblewrap";
            return none();
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException ignored) {
                    // an empty temp folder left behind is harmless
                }
            }
        }
    }

    /**
     * A process builder for a {@link #wrap wrapped} command. In a box, bubblewrap itself starts with an
     * empty environment: it stays the box's process 1, whose {@code /proc/1/environ} the box can read.
     */
    public ProcessBuilder processBuilder(List<String> wrapped) {
        ProcessBuilder builder = new ProcessBuilder(wrapped);
        if (contained()) {
            builder.environment().clear();
        }
        return builder;
    }

    /** Whether child JVMs run inside a box. */
    public boolean contained() {
        return bwrap != null;
    }

    /** What the result JSON records: {@code bubblewrap} or {@code none}. */
    public String name() {
        return contained() ? BUBBLEWRAP : NONE;
    }

    /**
     * {@code command}, to run inside a box in {@code workdir}: {@code writable} folders bound read-write,
     * then {@code readOnly} paths (the classpath; also ones inside a writable folder) bound read-only,
     * each at its own path. Without a box, {@code command} unchanged.
     */
    public List<String> wrap(List<String> command, Path workdir, List<Path> writable, List<Path> readOnly) {
        if (!contained()) {
            return command;
        }
        List<String> box = new ArrayList<>(List.of(bwrap.toString(), "--unshare-all", "--die-with-parent",
                "--new-session", "--cap-drop", "ALL", "--clearenv",
                "--setenv", "PATH", javaHome.resolve("bin") + ":/usr/bin:/bin",
                "--setenv", "LANG", "C.UTF-8", "--setenv", "HOME", HOME, "--setenv", "MALLOC_ARENA_MAX", "2",
                "--ro-bind", "/usr", "/usr"));
        for (String top : TOP) {
            Path path = Path.of(top);
            if (Files.isSymbolicLink(path)) {
                box.addAll(List.of("--symlink", readLink(path), top));
            } else if (Files.isDirectory(path)) {
                box.addAll(List.of("--ro-bind", top, top));
            }
        }
        for (Path path : systemFiles) {
            box.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        // The box's /tmp is a fresh folder of the workspace, on disk like the host's /tmp: a race through
        // the file system (06's creation race) is as likely in the box as outside it. A memory tmpfs made
        // file operations fast enough to narrow that race (06's racy initialisation: caught 5 of 10 runs
        // in a tmpfs, 8 of 10 outside the box, under load).
        Path tmp = privateTmp(workdir);
        box.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--bind", tmp.toString(), "/tmp", "--dir", HOME));
        for (Path dir : writable) {
            box.addAll(List.of("--bind", dir.toString(), dir.toString()));
        }
        for (Path path : readOnly) {
            if (Files.exists(path)) {
                box.addAll(List.of("--ro-bind", path.toString(), path.toString()));
            }
        }
        box.addAll(List.of("--chdir", workdir.toString(), "--",
                "prlimit", "--nproc=" + MAX_TASKS, "--as=" + MAX_ADDRESS_SPACE, "--"));
        box.addAll(command);
        return box;
    }

    /** A new, empty folder for the box's /tmp, inside the workspace (which the grader deletes after grading). */
    private static Path privateTmp(Path workdir) {
        try {
            Path tmp = workdir.resolve("target").resolve("box-tmp");
            Folders.delete(tmp);
            return Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the box's /tmp in " + workdir, e);
        }
    }

    /** The JDK, and what it links to outside itself and {@code /usr} (Debian's conf in /etc/java-N-openjdk). */
    private static List<Path> systemFiles(Path javaHome) {
        Set<Path> files = new LinkedHashSet<>();
        ETC.stream().map(Path::of).filter(Files::exists).forEach(files::add);
        if (!javaHome.startsWith("/usr")) {
            files.add(javaHome);
        }
        try (Stream<Path> walk = Files.walk(javaHome)) {
            for (Path link : walk.filter(Files::isSymbolicLink).toList()) {
                try {
                    Path target = link.toRealPath();
                    if (!target.startsWith("/usr") && !target.startsWith(javaHome)) {
                        files.add(target.getParent());
                    }
                } catch (IOException dangling) {
                    // a link to nothing: the JVM cannot need it
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(files);
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }
}
