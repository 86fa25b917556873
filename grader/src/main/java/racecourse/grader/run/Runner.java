package racecourse.grader.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import racecourse.grader.build.Workspace;
import racecourse.grader.check.Json;
import racecourse.grader.check.Limit;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.check.Verdict;
import racecourse.grader.discover.Limits;
import racecourse.grader.run.child.ChildMain;

/**
 * Runs a compiled workspace's checks in child JVMs, never in this one. Each child
 * has a heap limit and an output cap, and each check a deadline enforced twice:
 * by a watchdog inside the child (which can say what was stuck) and, a few
 * seconds later, by this runner killing the child and everything it started.
 * When a child ends early (a check crashed it, left threads running, or hit a
 * limit), a fresh child runs the checks that remain. Run as root, children can
 * run as an unprivileged user instead ({@link ChildUser}).
 */
public final class Runner {
    /** How long past a check's deadline the child may take to report before it is killed. */
    private static final Duration GRACE = Duration.ofSeconds(8);
    /** How long a child may take to list its checks. */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = Json.compact();

    /**
     * jcstress's budget, measured on 2 CPUs with JDK 17: its default mode forks 28 JVMs per
     * test (about 50 s each); one fork, one 200 ms iteration, split compilation off and one JVM
     * configuration costs about 6 s for all of an assignment's litmus tests together and still
     * sees hundreds of thousands of lost updates on an unprotected count++.
     */
    public static final List<String> JCSTRESS_BUDGET = List.of("-m", "quick", "-sc", "false", "-f", "1", "-iters",
            "1", "-time", "200", "-hs", "128", "-jvmArgs", "-XX:+UseSerialGC -XX:-UsePerfData");

    private final List<Path> courseClasspath;
    private final List<String> jcstressArgs;
    private final Sandbox sandbox;
    private final Optional<ChildUser> childUser = ChildUser.fromEnvironment();

    public Runner(List<Path> courseClasspath, List<String> jcstressArgs, Sandbox sandbox) {
        this.courseClasspath = List.copyOf(courseClasspath);
        this.jcstressArgs = List.copyOf(jcstressArgs);
        this.sandbox = sandbox;
    }

    /** What the result JSON's {@code sandbox} field records of the children this runner starts. */
    public String sandboxName() {
        return sandbox.name();
    }

    /**
     * Runs the checks named in {@code only} (all when empty); with {@code untilFirstLoss}, only until one
     * does not pass (the rest get no outcome).
     */
    public RunResult run(Workspace workspace, Limits limits, List<String> only, boolean untilFirstLoss, Path runDir)
            throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        List<PlannedCheck> plan = null;
        Map<String, CheckOutcome> outcomes = new LinkedHashMap<>();
        List<String> restarts = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        for (int launch = 1; ; launch++) {
            List<String> wanted = plan == null ? only : remaining(plan, only, outcomes);
            boolean lost = outcomes.values().stream().anyMatch(outcome -> outcome.verdict() == null
                    || !outcome.verdict().passed());
            if (plan != null && (wanted.isEmpty() || untilFirstLoss && lost)) {
                return new RunResult(plan, outcomes, restarts, output.toString(), null);
            }
            Launch child = new Launch(workspace, limits, wanted, false, untilFirstLoss, runDir, launch);
            child.run();
            appendCapped(output, child.capture.text(), limits.outputBytes());
            if (plan == null) {
                if (child.plan == null) {
                    return RunResult.failed("the test JVM ended before listing the checks ("
                            + child.exitDescription() + ")", output.toString());
                }
                plan = child.plan;
            }
            int before = outcomes.size();
            outcomes.putAll(child.ended);
            for (String id : child.running()) {
                outcomes.put(id, child.unfinished(id));
            }
            if (child.restart != null) {
                restarts.add(child.restart);
            }
            if (outcomes.size() == before) {
                for (String id : remaining(plan, only, outcomes)) {
                    outcomes.put(id, new CheckOutcome(Verdict.error("not run: the test JVM ended before this check "
                            + "started (" + child.exitDescription() + ")", null, child.limitHit), 0));
                }
            }
        }
    }

    /**
     * Lists the checks of a compiled workspace without running any: what {@code run} would grade.
     * Meant for student files sure to compile (a reference solution, a starter).
     */
    public List<PlannedCheck> plan(Workspace workspace, Limits limits, Path runDir)
            throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        Launch child = new Launch(workspace, limits, List.of(), true, false, runDir, 1);
        child.run();
        if (child.plan == null) {
            throw new IOException("the test JVM ended before listing the checks (" + child.exitDescription() + "):\n"
                    + OutputCapture.tail(child.capture.text()));
        }
        return child.plan;
    }

    private static List<String> remaining(List<PlannedCheck> plan, List<String> only, Map<String, CheckOutcome> done) {
        return plan.stream().map(PlannedCheck::id)
                .filter(id -> only.isEmpty() || only.contains(id))
                .filter(id -> !done.containsKey(id))
                .toList();
    }

    private static void appendCapped(StringBuilder output, String text, long cap) {
        int room = (int) Math.max(0, cap - output.length());
        output.append(text, 0, Math.min(room, text.length()));
    }

    /** One child JVM, from start to exit. */
    private final class Launch {
        private final Workspace workspace;
        private final Limits limits;
        private final List<String> wanted;
        private final boolean listOnly;
        private final boolean untilFirstLoss;
        private final Path events;
        private final Path config;
        private final String token = UUID.randomUUID().toString();
        private final Map<String, Long> startedAt = new LinkedHashMap<>();
        private final Map<String, CheckOutcome> ended = new LinkedHashMap<>();
        private List<PlannedCheck> plan;
        private OutputCapture capture;
        private Limit limitHit;
        private String restart;
        private Integer exitCode;
        private long readOffset;

        Launch(Workspace workspace, Limits limits, List<String> wanted, boolean listOnly, boolean untilFirstLoss,
               Path runDir, int number) {
            this.workspace = workspace;
            this.limits = limits;
            this.wanted = wanted;
            this.listOnly = listOnly;
            this.untilFirstLoss = untilFirstLoss;
            this.events = runDir.resolve("events-" + number + ".jsonl");
            this.config = runDir.resolve("child-" + number + ".json");
        }

        void run() throws IOException, InterruptedException {
            Files.deleteIfExists(events);
            Files.createFile(events);
            JSON.writeValue(config.toFile(), new ChildConfig(events.toString(), workspace.testClasses().toString(),
                    wanted, listOnly, untilFirstLoss, limits, jcstressArgs));
            if (childUser.isPresent()) {
                childUser.get().grant(workspace.module(), events.getParent());
            }
            Process process = sandbox.processBuilder(command())
                    .directory(workspace.module().toFile())
                    .redirectErrorStream(true)
                    .start();
            capture = new OutputCapture(process.getInputStream(), limits.outputBytes());
            capture.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((token + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException childAlreadyGone) {
                // reported through its exit status
            }
            long launched = System.nanoTime();
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                readEvents();
                if (capture.overflowed()) {
                    kill(process, Limit.OUTPUT);
                } else if (plan == null && System.nanoTime() - launched > START_LIMIT.toNanos()) {
                    kill(process, Limit.DEADLINE);
                } else if (overdue()) {
                    kill(process, Limit.DEADLINE);
                } else if (process.descendants().count() > Sandbox.MAX_PROCESSES) {
                    kill(process, Limit.PROCESSES);
                }
            }
            exitCode = process.exitValue();
            childUser.ifPresent(ChildUser::killLeftovers);
            capture.join(2000);
            readEvents();
        }

        private List<String> command() {
            List<String> classpath = new ArrayList<>(List.of(workspace.classes(), workspace.testClasses()))
                    .stream().map(Path::toString).toList();
            List<String> all = new ArrayList<>(classpath);
            courseClasspath.forEach(p -> all.add(p.toString()));
            List<String> jvm = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + limits.heapMb() + "m",
                    "-XX:+UseSerialGC",
                    "-XX:-UsePerfData",
                    "-Djava.awt.headless=true"));
            if (sandbox.contained()) {
                jvm.add("-Duser.home=" + Sandbox.HOME);
            }
            jvm.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, all),
                    ChildMain.class.getName(),
                    config.toString()));
            // Writable: the module (jcstress writes its results there) and the run's folder (events, config).
            // Read-only: the compiled tests, the student's classes and the course's classpath.
            List<Path> readOnly = new ArrayList<>(List.of(workspace.classes(), workspace.testClasses()));
            readOnly.addAll(courseClasspath);
            List<String> command = new ArrayList<>(childUser.map(ChildUser::prefix).orElse(List.of()));
            command.addAll(sandbox.wrap(jvm, workspace.module(), List.of(workspace.module(), events.getParent()),
                    readOnly));
            return command;
        }

        private boolean overdue() {
            List<String> running = running();
            if (running.isEmpty()) {
                return false;
            }
            long first = running.stream().mapToLong(startedAt::get).min().getAsLong();
            return System.nanoTime() - first > limits.deadline(running).plus(GRACE).toNanos();
        }

        private void kill(Process process, Limit limit) throws InterruptedException {
            limitHit = limit;
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        private void readEvents() throws IOException {
            try (RandomAccessFile file = new RandomAccessFile(events.toFile(), "r")) {
                file.seek(readOffset);
                byte[] rest = new byte[(int) (file.length() - readOffset)];
                file.readFully(rest);
                int consumed = 0;
                for (int i = 0; i < rest.length; i++) {
                    if (rest[i] == '\n') {
                        accept(new String(rest, consumed, i - consumed, StandardCharsets.UTF_8));
                        consumed = i + 1;
                    }
                }
                readOffset += consumed;
            }
        }

        private void accept(String line) {
            Event event;
            try {
                event = JSON.readValue(line, Event.class);
            } catch (IOException notAnEvent) {
                return;
            }
            if (!token.equals(event.token()) || event.type() == null) {
                return;
            }
            switch (event.type()) {
                case PLAN -> plan = plan == null ? List.copyOf(event.plan()) : plan;
                case START -> startedAt.putIfAbsent(event.id(), System.nanoTime());
                case END -> ended.putIfAbsent(event.id(), new CheckOutcome(event.verdict(), event.durationMs()));
                case RESTART -> restart = "the test JVM was restarted after " + event.id() + ": " + event.reason();
                case DONE -> { }
            }
        }

        List<String> running() {
            return startedAt.keySet().stream().filter(id -> !ended.containsKey(id)).toList();
        }

        CheckOutcome unfinished(String id) {
            String tail = OutputCapture.tail(capture.text());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt.get(id));
            if (limitHit == Limit.OUTPUT) {
                return new CheckOutcome(Verdict.error("printed more than the " + limits.outputKb()
                        + " KB output cap (" + String.format("%,d", capture.total())
                        + " bytes so far); the grader stopped it", tail, Limit.OUTPUT), millis);
            }
            if (limitHit == Limit.PROCESSES) {
                return new CheckOutcome(Verdict.error("started more than " + Sandbox.MAX_PROCESSES
                        + " processes at once; the grader stopped them all", tail, Limit.PROCESSES), millis);
            }
            if (limitHit == Limit.DEADLINE) {
                return new CheckOutcome(Verdict.overran(limits.deadline(id).toSeconds(),
                        " and did not respond; the grader stopped it", tail, null), millis);
            }
            return new CheckOutcome(Verdict.error("the JVM running this check ended abruptly (" + exitDescription()
                    + "): System.exit or Runtime.halt in your code? An exit never counts as a pass", tail), millis);
        }

        String exitDescription() {
            if (limitHit != null) {
                return "stopped by the grader: " + limitHit.jsonName() + " limit";
            }
            return "exit status " + exitCode;
        }
    }
}
