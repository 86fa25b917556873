package racecourse.studio.litmus;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import racecourse.studio.RecordingStudio;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * Two bands record at once: one through {@code record()}, one through
 * {@code tryRecordNow()}. Each session counts its takes with a plain
 * read-then-write. If the studio is exclusive, the sessions never interleave and
 * the count is the number of sessions that ran; an overlap loses a take.
 *
 * <p>The starter's studio is exclusive (its bug is elsewhere), so this passes on
 * it; a studio without a lock fails it.
 */
@JCStressTest
@Description("two sessions at once never interleave: no take is lost (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both sessions ran, one after the other")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "tryRecordNow found the studio taken and ran nothing")
@Outcome(id = "0", expect = FORBIDDEN, desc = "no take counted")
@Outcome(id = "-1", expect = FORBIDDEN, desc = "the sessions overlapped: a take was lost")
@State
public class StudioLitmus {
    private final RecordingStudio studio = new RecordingStudio();
    private int takes;
    private boolean secondRan;

    @Actor
    public void firstBand() {
        studio.record(this::take);
    }

    @Actor
    public void secondBand() {
        secondRan = studio.tryRecordNow(this::take);
    }

    private void take() {
        int seen = takes;
        takes = seen + 1;
    }

    @Arbiter
    public void count(I_Result result) {
        int sessions = secondRan ? 2 : 1;
        result.r1 = takes == sessions ? takes : takes - sessions;
    }
}
