package racecourse.grader.check;

import java.util.List;
import racecourse.support.Interleaving;
import racecourse.support.LockGraph;

/**
 * What a check saw, as data the report draws: the interleaving model checking found, the count of
 * each outcome of a litmus test, or the locks stuck threads hold and wait for. Each part is null
 * when the check has none. Written in the result as {@code tests[].picture}.
 */
public record Picture(Interleaving interleaving, List<Outcome> outcomes, LockGraph locks) {

    /**
     * One outcome of a jcstress litmus test: what the actors observed, how often, and what the test
     * says of it ({@code expect}: acceptable, interesting, forbidden or unknown).
     */
    public record Outcome(String result, long samples, String expect, String description) {
        public boolean forbidden() {
            return samples > 0 && (expect.equals("forbidden") || expect.equals("unknown"));
        }
    }

    public static Picture ofInterleaving(Interleaving interleaving) {
        return interleaving == null ? null : new Picture(interleaving, null, null);
    }

    public static Picture ofOutcomes(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? null : new Picture(null, List.copyOf(outcomes), null);
    }

    public static Picture ofLocks(LockGraph locks) {
        return locks == null || locks.edges().isEmpty() ? null : new Picture(null, null, locks);
    }
}
