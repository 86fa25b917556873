package racecourse.grader.run.child;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import racecourse.support.CourseCode;

/** Threads and processes a check left behind. */
final class Threads {
    private Threads() {
    }

    static Set<Thread> now() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /**
     * Daemon threads the JVM itself starts on first use and keeps: Lincheck attaches its agent to the
     * running JVM (the "Attach Listener", and a "process reaper" for the helper process that asks for
     * it). They say nothing about the check, and the JVM stays fit for the next one.
     */
    private static final Set<String> JVM_SERVICES = Set.of("Attach Listener", "process reaper");

    /** Threads alive now that were not in {@code before}, the runner's own and the JVM's services excepted. */
    static List<Thread> startedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .filter(t -> !t.getName().startsWith("racecourse-") && !isJvmService(t))
                .toList();
    }

    /** The JDK's own thread groups: "system", and on JDK 19 and later its InnocuousThreadGroup. */
    private static final Set<String> JVM_GROUPS = Set.of("system", "InnocuousThreadGroup");

    private static boolean isJvmService(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        return thread.isDaemon() && group != null && JVM_GROUPS.contains(group.getName())
                && JVM_SERVICES.contains(thread.getName());
    }

    /**
     * The threads to explain when a check overruns: those started by the check, and any other
     * thread (such as JUnit's reused timeout thread) that is inside course or student code now.
     */
    static List<Thread> stuckIn(Set<Thread> before) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && !e.getKey().getName().startsWith("racecourse-"))
                .filter(e -> !before.contains(e.getKey()) || inCourseCode(e.getValue()))
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    private static boolean inCourseCode(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(CourseCode::isCourseCode);
    }

    /** Waits up to {@code millis} for the threads a check started to end; returns those still alive. */
    static List<Thread> leftRunning(Set<Thread> before, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        for (Thread t : startedSince(before)) {
            t.join(Math.max(1, end - System.currentTimeMillis()));
        }
        return startedSince(before);
    }

    /**
     * The thread to name when several were left running: one the check's code started rather than a
     * JVM service thread (in the "system" group, such as "Attach Listener"), which tells a student nothing.
     */
    static Thread example(List<Thread> threads) {
        return threads.stream().filter(t -> t.getThreadGroup() == null || !t.getThreadGroup().getName().equals("system"))
                .findFirst().orElse(threads.get(0));
    }

    /** Processes the checks started (06 starts JVMs) must not outlive this JVM. */
    static void killChildProcesses() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
