package racecourse.support;

import java.util.List;

/**
 * Who holds and who waits for which lock, as data: the report draws it as a graph (a deadlock is a
 * cycle; a lock whose owner has ended is a leak). The words of the thread report come from the same
 * facts.
 *
 * @param edges one per thread and lock it holds or waits for
 * @param ended threads that own a lock but have ended: they never released it
 */
public record LockGraph(List<Edge> edges, List<String> ended) {
    public LockGraph {
        edges = List.copyOf(edges);
        ended = List.copyOf(ended);
    }

    /**
     * @param thread   a thread's name
     * @param relation "holds" or "waits for"
     * @param lock     the lock ("ReentrantLock@1b6d3586")
     * @param where    the student's source line the thread is at ("Bank.transfer(Bank.java:38)"), or null
     */
    public record Edge(String thread, String relation, String lock, String where) {
        public static final String HOLDS = "holds";
        public static final String WAITS_FOR = "waits for";
    }
}
