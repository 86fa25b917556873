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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Path> courseClasspath;
    private final List<String> jcstressArgs;
    private final Optional<ChildUser> childUser = ChildUser.fromEnvironment();

    public Runner(List<Path> courseClasspath, List<String> jcstressArgs) {
        this.courseClasspath = List.copyOf(courseClasspath);
        this.jcstressArgs = List.copyOf(jcstressArgs);
    }

    /** Runs the checks named in {@code only} (all when empty). */
    public RunResult run(Workspace workspace, Limits limits, List<String> only, Path runDir)
            throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        List<PlannedCheck> plan = null;
        Map<String, CheckOutcome> outcomes = new LinkedHashMap<>();
        StringBuilder output = new StringBuilder();
        for (int launch = 1; ; launch++) {
            List<String> wanted = plan == null ? only : remaining(plan, only, outcomes);
            if (plan != null && wanted.isEmpty()) {
                return new RunResult(plan, outcomes, output.toString(), null);
            }
            Launch child = new Launch(workspace, limits, wanted, runDir, launch);
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
            if (outcomes.size() == before) {
                for (String id : remaining(plan, only, outcomes)) {
                    outcomes.put(id, new CheckOutcome(id, "error", "not run: the test JVM ended before this check "
                            + "started (" + child.exitDescription() + ")", null, child.limitHit));
                }
            }
        }
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
        private final Path events;
        private final Path config;
        private final String token = UUID.randomUUID().toString();
        private final Map<String, Long> startedAt = new LinkedHashMap<>();
        private final Map<String, CheckOutcome> ended = new LinkedHashMap<>();
        private List<PlannedCheck> plan;
        private OutputCapture capture;
        private String limitHit;
        private Integer exitCode;
        private long readOffset;

        Launch(Workspace workspace, Limits limits, List<String> wanted, Path runDir, int number) {
            this.workspace = workspace;
            this.limits = limits;
            this.wanted = wanted;
            this.events = runDir.resolve("events-" + number + ".jsonl");
            this.config = runDir.resolve("child-" + number + ".json");
        }

        void run() throws IOException, InterruptedException {
            Files.deleteIfExists(events);
            Files.createFile(events);
            JSON.writeValue(config.toFile(), new ChildConfig(events.toString(), workspace.testClasses().toString(),
                    wanted, limits.checkSeconds(), limits.checkSecondsFor(), jcstressArgs));
            if (childUser.isPresent()) {
                childUser.get().grant(workspace.module(), events.getParent());
            }
            Process process = new ProcessBuilder(command())
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
                    kill(process, "output");
                } else if (plan == null && System.nanoTime() - launched > START_LIMIT.toNanos()) {
                    kill(process, "deadline");
                } else if (overdue()) {
                    kill(process, "deadline");
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
            List<String> command = new ArrayList<>(childUser.map(ChildUser::prefix).orElse(List.of()));
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + limits.heapMb() + "m",
                    "-XX:+UseSerialGC",
                    "-XX:-UsePerfData",
                    "-Djava.awt.headless=true",
                    "-cp", String.join(java.io.File.pathSeparator, all),
                    ChildMain.class.getName(),
                    config.toString()));
            return command;
        }

        private boolean overdue() {
            if (startedAt.isEmpty()) {
                return false;
            }
            long budget = 0;
            long first = Long.MAX_VALUE;
            for (Map.Entry<String, Long> running : startedAt.entrySet()) {
                if (!ended.containsKey(running.getKey())) {
                    budget = Math.max(budget, limits.deadline(running.getKey()).toNanos());
                    first = Math.min(first, running.getValue());
                }
            }
            // Checks started together share one run (jcstress): the child allows 5 s per extra test.
            budget += TimeUnit.SECONDS.toNanos(5L * Math.max(0, running().size() - 1)) + GRACE.toNanos();
            return first != Long.MAX_VALUE && System.nanoTime() - first > budget;
        }

        private void kill(Process process, String limit) throws InterruptedException {
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
                case END -> ended.putIfAbsent(event.id(), new CheckOutcome(event.id(), event.status(),
                        event.message(), event.diagnosis(), event.limit()));
                case RESTART, DONE -> { }
            }
        }

        List<String> running() {
            return startedAt.keySet().stream().filter(id -> !ended.containsKey(id)).toList();
        }

        CheckOutcome unfinished(String id) {
            String tail = tail(capture.text());
            if ("output".equals(limitHit)) {
                return new CheckOutcome(id, "error", "printed more than the " + limits.outputKb()
                        + " KB output cap (" + String.format("%,d", capture.total())
                        + " bytes so far); the grader stopped it", tail, "output");
            }
            if ("deadline".equals(limitHit)) {
                return new CheckOutcome(id, "error", "did not finish within its " + limits.deadline(id).toSeconds()
                        + " s deadline and did not respond; the grader stopped it", tail, "deadline");
            }
            return new CheckOutcome(id, "error", "the JVM running this check ended abruptly (" + exitDescription()
                    + "): System.exit or Runtime.halt in your code? An exit never counts as a pass", tail, null);
        }

        String exitDescription() {
            if (limitHit != null) {
                return "stopped by the grader: " + limitHit + " limit";
            }
            return "exit status " + exitCode;
        }

        private String tail(String text) {
            String trimmed = text.strip();
            return trimmed.length() <= 2000 ? trimmed : "...\n" + trimmed.substring(trimmed.length() - 2000);
        }
    }
}
