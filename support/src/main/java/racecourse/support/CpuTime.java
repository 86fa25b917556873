package racecourse.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of one thread, to tell waiting from spinning: a thread parked on a
 * lock or condition uses almost no CPU, a thread in a busy loop uses as much
 * as the wall clock. Wall time alone cannot tell them apart.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** CPU nanoseconds {@code thread} has used so far, or -1 where the JVM cannot measure it. */
    public static long of(Thread thread) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return -1;
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        return THREADS.getThreadCpuTime(thread.getId());
    }
}
