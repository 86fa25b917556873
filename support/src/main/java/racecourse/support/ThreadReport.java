package racecourse.support;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What stuck threads are doing, in words a student can act on: the lock each
 * one waits for, who owns it and whether that owner has already ended (a
 * thread that ended holding a {@code ReentrantLock} never reached its
 * {@code unlock()}: a missing {@code finally}), the cycle of a deadlock, and
 * the student's own source lines (JDK frames are cut away).
 */
public final class ThreadReport {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int FRAMES_SHOWN = 4;

    private final String headline;
    private final String details;
    private final LockGraph locks;

    private ThreadReport(String headline, String details, LockGraph locks) {
        this.headline = headline;
        this.details = details;
        this.locks = locks;
    }

    /** One line: the most telling fact (a deadlock, a lock held by an ended thread, a busy thread). */
    public String headline() {
        return headline;
    }

    /** A few lines per thread: state, lock waited for and its owner, locks held, source lines. */
    public String details() {
        return details;
    }

    /** The same facts as a graph: each thread's held and awaited locks, and the owners that ended. */
    public LockGraph locks() {
        return locks;
    }

    /** A failure that says {@code what} went wrong, then this report, in words and as a lock graph. */
    public AssertionError failure(String what) {
        return new DiagnosedFailure(what + ": " + headline + "\n" + details, null, locks.edges().isEmpty() ? null : locks);
    }

    /** Reports on these threads, as they are now. */
    public static ThreadReport of(Collection<Thread> threads) {
        Map<Long, Thread> alive = Thread.getAllStackTraces().keySet().stream()
                .collect(Collectors.toMap(Thread::getId, Function.identity(), (a, b) -> a));
        long[] ids = threads.stream().mapToLong(Thread::getId).toArray();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids, true, true);
        List<ThreadInfo> present = Arrays.stream(infos).filter(i -> i != null).toList();

        String deadlock = deadlockCycle(threads);
        StringBuilder details = new StringBuilder();
        String orphanLock = null;
        for (ThreadInfo info : present) {
            details.append(describe(info, alive)).append('\n');
            if (orphanLock == null && info.getLockName() != null && info.getLockOwnerId() != -1
                    && !alive.containsKey(info.getLockOwnerId())) {
                orphanLock = info.getThreadName() + " waits for " + lockName(info.getLockInfo())
                        + ", held by " + info.getLockOwnerName()
                        + ", which has ended without releasing it (an unlock() not in a finally block?)";
            }
        }
        String headline;
        if (deadlock != null) {
            headline = "deadlock: " + deadlock;
        } else if (orphanLock != null) {
            headline = orphanLock;
        } else if (!present.isEmpty()) {
            ThreadInfo telling = present.stream().filter(i -> !courseFrames(i.getStackTrace()).isEmpty())
                    .findFirst().orElse(present.get(0));
            headline = summary(telling, alive.get(telling.getThreadId()));
        } else {
            headline = "it was still running at the deadline, and stopped only when interrupted (a sleep or wait that nothing else ends?)";
        }
        return new ThreadReport(headline, details.toString().stripTrailing(), graph(present, alive));
    }

    /** Who holds and waits for what: an edge per held lock and per awaited lock, owners included. */
    private static LockGraph graph(List<ThreadInfo> present, Map<Long, Thread> alive) {
        Set<LockGraph.Edge> edges = new java.util.LinkedHashSet<>();
        Set<String> ended = new java.util.LinkedHashSet<>();
        for (ThreadInfo info : present) {
            String where = where(info);
            for (MonitorInfo monitor : info.getLockedMonitors()) {
                edges.add(new LockGraph.Edge(info.getThreadName(), LockGraph.Edge.HOLDS, lockName(monitor), where));
            }
            for (LockInfo lock : info.getLockedSynchronizers()) {
                edges.add(new LockGraph.Edge(info.getThreadName(), LockGraph.Edge.HOLDS, lockName(lock), where));
            }
        }
        for (ThreadInfo info : present) {
            if (info.getLockName() == null) {
                continue;
            }
            String lock = lockName(info.getLockInfo());
            edges.add(new LockGraph.Edge(info.getThreadName(), LockGraph.Edge.WAITS_FOR, lock, where(info)));
            String owner = info.getLockOwnerName();
            if (owner != null && edges.stream().noneMatch(e -> e.thread().equals(owner) && e.lock().equals(lock))) {
                edges.add(new LockGraph.Edge(owner, LockGraph.Edge.HOLDS, lock, null));
            }
            if (owner != null && !alive.containsKey(info.getLockOwnerId())) {
                ended.add(owner);
            }
        }
        return new LockGraph(List.copyOf(edges), List.copyOf(ended));
    }

    /** The student's line a thread is at, or null. */
    private static String where(ThreadInfo info) {
        List<StackTraceElement> frames = courseFrames(info.getStackTrace());
        return frames.isEmpty() ? null : where(frames.get(0));
    }

    /** The deadlock cycle that one of {@code threads} is caught in, in words, or null if there is none. */
    public static String deadlockCycle(Collection<Thread> threads) {
        long[] deadlocked = THREADS.findDeadlockedThreads();
        if (deadlocked == null) {
            return null;
        }
        Set<Long> ours = new HashSet<>();
        threads.forEach(t -> ours.add(t.getId()));
        ThreadInfo[] infos = THREADS.getThreadInfo(deadlocked, true, true);
        // The JVM also counts a cycle through a timed wait (a tryLock with a timeout): it ends when the wait
        // times out, so it is no deadlock (a design that gives up its first lock and retries is correct).
        if (Arrays.stream(infos).anyMatch(i -> i != null && i.getThreadState() == Thread.State.TIMED_WAITING)) {
            return null;
        }
        ThreadInfo current = Arrays.stream(infos).filter(i -> i != null && ours.contains(i.getThreadId()))
                .findFirst().orElse(null);
        if (current == null) {
            return null;
        }
        List<String> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (current != null && seen.add(current.getThreadId())) {
            links.add(current.getThreadName() + " holds " + heldLocks(current) + " and waits for "
                    + lockName(current.getLockInfo()) + " (held by " + current.getLockOwnerName() + ")"
                    + at(current));
            long owner = current.getLockOwnerId();
            current = Arrays.stream(infos).filter(i -> i != null && i.getThreadId() == owner)
                    .findFirst().orElse(null);
        }
        return String.join("; ", links);
    }

    /** Sampled this long, a thread's CPU time tells a spinning thread from a waiting one. */
    private static final long SAMPLE_MILLIS = 100;

    private static String summary(ThreadInfo info, Thread thread) {
        if (info.getLockName() != null && info.getLockOwnerName() != null) {
            return info.getThreadName() + " waits for " + lockName(info.getLockInfo()) + " held by "
                    + info.getLockOwnerName() + at(info);
        }
        if (info.getLockName() != null) {
            return info.getThreadName() + " waits to be woken on " + lockName(info.getLockInfo()) + at(info)
                    + ", and nothing woke it: the signal it needs never came (a lost wake-up: a signal()/notify() "
                    + "that woke another waiter, or a change made without any signal?)";
        }
        if (info.getThreadState() == Thread.State.RUNNABLE && thread != null) {
            double share = cpuShare(thread);
            if (share >= 0.5) {
                return String.format("%s is spinning%s: it used %.0f%% of a core while it waited (a busy-wait "
                        + "or an endless loop; wait on a condition instead)", info.getThreadName(), at(info),
                        100 * share);
            }
        }
        return info.getThreadName() + " is " + info.getThreadState() + at(info);
    }

    /** The share of one core {@code thread} uses over a short sample, or 0 where the JVM cannot tell. */
    private static double cpuShare(Thread thread) {
        long cpu = CpuTime.of(thread);
        long wall = System.nanoTime();
        try {
            Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        long used = CpuTime.of(thread) - cpu;
        return cpu < 0 || used < 0 ? 0 : (double) used / (System.nanoTime() - wall);
    }

    private static String describe(ThreadInfo info, Map<Long, Thread> alive) {
        StringBuilder text = new StringBuilder("  ").append(info.getThreadName())
                .append(" (").append(info.getThreadState()).append(')');
        if (info.getLockName() != null) {
            text.append(" waiting for ").append(lockName(info.getLockInfo()));
            if (info.getLockOwnerName() != null) {
                boolean ended = !alive.containsKey(info.getLockOwnerId());
                text.append(" held by ").append(info.getLockOwnerName()).append(ended ? " (ended)" : "");
            }
        }
        String held = heldLocks(info);
        if (!held.equals("no lock")) {
            text.append(", holding ").append(held);
        }
        for (StackTraceElement frame : courseFrames(info.getStackTrace())) {
            text.append("\n      at ").append(where(frame));
        }
        return text.toString();
    }

    private static String heldLocks(ThreadInfo info) {
        List<String> held = new ArrayList<>();
        for (MonitorInfo monitor : info.getLockedMonitors()) {
            held.add(lockName(monitor));
        }
        for (LockInfo lock : info.getLockedSynchronizers()) {
            held.add(lockName(lock));
        }
        return held.isEmpty() ? "no lock" : String.join(" and ", held);
    }

    private static String at(ThreadInfo info) {
        List<StackTraceElement> frames = courseFrames(info.getStackTrace());
        return frames.isEmpty() ? "" : " at " + where(frames.get(0));
    }

    /** "Bank.transfer(Bank.java:38)": short enough to read, precise enough to find. */
    static String where(StackTraceElement frame) {
        String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        return type + "." + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
    }

    /** The frames of the course's and the student's code ({@code racecourse.*}), test harness excluded. */
    static List<StackTraceElement> courseFrames(StackTraceElement[] stack) {
        return Arrays.stream(stack)
                .filter(CourseCode::isShown)
                .limit(FRAMES_SHOWN)
                .toList();
    }

    /** "ReentrantLock@1b6d3586" rather than "java.util.concurrent.locks.ReentrantLock$NonfairSync@1b6d3586". */
    static String lockName(LockInfo lock) {
        if (lock == null) {
            return "a lock";
        }
        String type = lock.getClassName();
        type = type.substring(type.lastIndexOf('.') + 1);
        int inner = type.indexOf('$');
        if (inner > 0 && (type.endsWith("Sync") || type.contains("$Nonfair") || type.contains("$Fair"))) {
            type = type.substring(0, inner);
        }
        return type + "@" + Integer.toHexString(lock.getIdentityHashCode());
    }
}
