package racecourse.support;

import java.util.List;

/**
 * The interleaving model checking found, as data: one lane per thread, one step per row, in the
 * order the steps ran. The report draws it as a timeline a student can step through; the text
 * table in the diagnosis is printed from the same rows.
 *
 * @param threads the lanes' names ("Thread 1", ...), in column order
 * @param steps   every step kept (the student's code; the JDK's inner steps are left out)
 */
public record Interleaving(List<String> threads, List<Step> steps) {
    public Interleaving {
        threads = List.copyOf(threads);
        steps = List.copyOf(steps);
    }

    /**
     * One step of one thread.
     *
     * @param thread the lane, an index into {@code threads}
     * @param phase  0 for the operations run before the threads start, 1 while they run together, 2 after
     * @param depth  how deep in the call the step is (an operation 0, what it calls 1, their steps 2)
     * @param text   the step as Lincheck tells it, without its source location ("count ➜ 0")
     * @param file   the source file of the step, or null ("SharedCounter.java")
     * @param line   its line in {@code file}, or 0
     * @param source the text of that line of the student's code, or null
     * @param field  the shared field the step reads or writes, or null
     * @param access "read" or "write" when the step touches {@code field}, "switch" where the scheduler
     *               switches to another thread, else null
     * @param value  the value read or written, or null
     * @param mark   why this step is where it goes wrong ("overwrites ..."), or null
     */
    public record Step(int thread, int phase, int depth, String text, String file, int line, String source,
                       String field, String access, String value, String mark) {
    }
}
