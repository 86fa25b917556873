package racecourse.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.Await;
import racecourse.support.CheckKind;
import racecourse.support.LockRule;
import racecourse.support.Points;
import racecourse.support.Race;
import racecourse.support.SpinningReader;

/**
 * Tests for {@link RecordingStudio}.
 *
 * <p>The studio's promise has two halves: only one session at a time, and the
 * light always goes off when a session ends, however it ends. The first half is
 * easy with a lock; the second needs the unlock in a {@code finally}. A band
 * whose session throws must leave the studio free, and must hear about its own
 * failure. The try-methods must honour their promise about waiting.
 */
class RecordingStudioTest {
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    private final RecordingStudio studio = new RecordingStudio();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheHogger() {
        release.countDown();
    }

    @Test
    @Points(3)
    @DisplayName("sessions never overlap, through any of the three ways in")
    void sessionsNeverOverlap() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Runnable session = () -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            Thread.onSpinWait();
            inside.decrementAndGet();
        };
        long[] sessions = Race.repeatFor(4, Duration.ofMillis(300), DEADLINE, worker -> {
            switch (worker % 3) {
                case 0 -> studio.record(session);
                case 1 -> studio.tryRecord(session, Duration.ofSeconds(1));
                default -> studio.tryRecordNow(session);
            }
        });
        assertEquals(0, overlaps.get(), overlaps.get() + " of " + Race.total(sessions) + " sessions started while "
                + "another was still running: the studio let two bands in at once");
    }

    @Test
    @Points(2)
    @DisplayName("record(): a session that throws leaves the studio free")
    void recordReleasesTheStudioWhenASessionThrows() throws Exception {
        throwInside("record()", session -> studio.record(session));
        Await.within(DEADLINE, "record() after a session that threw", () -> studio.record(() -> { }));
        assertFalse(studio.isBusy(), "the studio is free again");
    }

    @Test
    @Points(2)
    @DisplayName("tryRecord(): a session that throws leaves the studio free")
    void tryRecordReleasesTheStudioWhenASessionThrows() throws Exception {
        throwInside("tryRecord()", session -> studio.tryRecord(session, Duration.ofSeconds(1)));
        boolean ran = Await.within(DEADLINE, "tryRecord() after a session that threw",
                () -> studio.tryRecord(() -> { }, Duration.ofMillis(500)));
        assertTrue(ran, "after a session that threw, the studio must be free: tryRecord() with a 500 ms timeout "
                + "returned false, so the studio was still taken (is the unlock in a finally block?)");
    }

    @Test
    @Points(2)
    @DisplayName("tryRecordNow(): a session that throws leaves the studio free")
    void tryRecordNowReleasesTheStudioWhenASessionThrows() throws Exception {
        throwInside("tryRecordNow()", session -> studio.tryRecordNow(session));
        boolean ran = Await.within(DEADLINE, "tryRecordNow() after a session that threw",
                () -> studio.tryRecordNow(() -> { }));
        assertTrue(ran, "after a session that threw, the studio must be free: tryRecordNow() returned false, so the "
                + "studio was still taken (is the unlock in a finally block?)");
    }

    @Test
    @Points(1)
    @DisplayName("a session's exception reaches the caller unchanged")
    void exceptionReachesTheCaller() throws Exception {
        for (String way : new String[] {"record()", "tryRecord()", "tryRecordNow()"}) {
            IllegalStateException thrown = new IllegalStateException("the amplifier caught fire");
            Throwable caught = null;
            try {
                switch (way) {
                    case "record()" -> studio.record(() -> { throw thrown; });
                    case "tryRecord()" -> studio.tryRecord(() -> { throw thrown; }, Duration.ofSeconds(1));
                    default -> studio.tryRecordNow(() -> { throw thrown; });
                }
            } catch (RuntimeException e) {
                caught = e;
            }
            assertSame(thrown, caught, way + ": the session threw IllegalStateException, the caller got "
                    + (caught == null ? "nothing (swallowed)" : caught) + "; a band must hear about its own failure");
            if (studio.isBusy()) {
                return; // the lock leaked; the tests on releasing the studio say so
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("tryRecord() waits for a studio that frees up in time")
    void tryRecordWaitsForTheStudio() throws Exception {
        hogStudioFor(Duration.ofMillis(150));
        AtomicBoolean ran = new AtomicBoolean();
        boolean recorded = Await.within(DEADLINE, "tryRecord() with a 2 s timeout",
                () -> studio.tryRecord(() -> ran.set(true), Duration.ofSeconds(2)));
        assertTrue(recorded && ran.get(), "the studio freed up after 150 ms, well within tryRecord's 2 s timeout, "
                + "but tryRecord returned " + recorded + " (tryLock() without a timeout gives up at once)");
    }

    @Test
    @Points(2)
    @DisplayName("tryRecord() gives up after about its timeout, without running the session")
    void tryRecordGivesUpAfterItsTimeout() throws Exception {
        hogStudio();
        AtomicBoolean ran = new AtomicBoolean();
        long started = System.nanoTime();
        boolean recorded = Await.within(DEADLINE, "tryRecord() with a 200 ms timeout on a taken studio",
                () -> studio.tryRecord(() -> ran.set(true), Duration.ofMillis(200)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertFalse(recorded, "the studio was taken for the whole timeout, yet tryRecord returned true");
        assertFalse(ran.get(), "a session that was not granted the studio must never start");
        assertTrue(millis >= 150, "tryRecord gave up after " + millis + " ms: it must wait about its 200 ms timeout");
    }

    @Test
    @Points(2)
    @DisplayName("tryRecordNow() never waits: false at once while the studio is taken")
    void tryRecordNowNeverWaits() throws Exception {
        hogStudio();
        AtomicBoolean ran = new AtomicBoolean();
        long started = System.nanoTime();
        boolean recorded = Await.within(DEADLINE, "tryRecordNow() on a taken studio",
                () -> studio.tryRecordNow(() -> ran.set(true)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertFalse(recorded, "the studio was taken, yet tryRecordNow returned true");
        assertFalse(ran.get(), "a session that was not granted the studio must never start");
        assertTrue(millis < 500, "tryRecordNow took " + millis + " ms: it must answer at once");
    }

    @Test
    @Points(1)
    @DisplayName("isBusy() is true during a session and false after one, even one that threw")
    void isBusyTellsTheTruth() throws Exception {
        assertFalse(studio.isBusy(), "a new studio is free");
        hogStudio();
        assertTrue(studio.isBusy(), "a session is running (seen from another thread)");
        release.countDown();
        awaitFree();
        assertFalse(studio.isBusy(), "free after a session ended normally");
        throwInside("record()", session -> studio.record(session));
        assertFalse(studio.isBusy(), "free after a session that threw: the light must go off however a session ends");
    }

    @Test
    @Points(1)
    @DisplayName("a thread spinning on isBusy() sees another thread's session end within 2 s, five times over")
    void isBusySeesTheSessionEnd() throws Exception {
        SpinningReader.assertSeesUpdate(StudioInSession::start, held -> {
            while (held.studio().isBusy()) {
                // spin: nothing else in the loop, so only isBusy() itself can make the session's end visible
            }
        }, held -> held.end().countDown(), "isBusy()", "session's end");
    }

    @Test
    @Points(1)
    @DisplayName("two studios are independent: a session in one leaves the other free")
    void twoStudiosAreIndependent() throws Exception {
        hogStudio();
        RecordingStudio other = new RecordingStudio();
        String shared = ": the studios share one lock (a static field?), so a session in one takes the light of every "
                + "studio. Each studio needs a lock of its own";
        assertFalse(other.isBusy(), "a new studio is busy while another studio records" + shared);
        boolean recorded = Await.within(DEADLINE, "tryRecordNow() on another, free studio",
                () -> other.tryRecordNow(() -> { }));
        assertTrue(recorded, "tryRecordNow() refused a free studio while another studio recorded" + shared);
    }

    /** A fresh studio whose session runs, on a thread of its own, until {@code end} is counted down. */
    private record StudioInSession(RecordingStudio studio, CountDownLatch end) {
        static StudioInSession start() {
            RecordingStudio studio = new RecordingStudio();
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch end = new CountDownLatch(1);
            Thread band = new Thread(() -> studio.record(() -> {
                inside.countDown();
                try {
                    end.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), "band-in-session");
            band.setDaemon(true);
            band.start();
            try {
                assertTrue(inside.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS), "the session never started");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new StudioInSession(studio, end);
        }
    }

    /** Runs a throwing session through {@code way} on a thread of its own and waits until that thread has ended. */
    private void throwInside(String way, SessionCall call) throws Exception {
        IllegalStateException fire = new IllegalStateException("the amplifier caught fire");
        FutureTask<Throwable> band = new FutureTask<>(() -> {
            try {
                call.call(() -> { throw fire; });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Thread thread = new Thread(band, "band-whose-session-threw");
        thread.setDaemon(true);
        thread.start();
        thread.join(DEADLINE.toMillis());
        assertFalse(thread.isAlive(), way + " with a throwing session did not return within " + DEADLINE.toSeconds()
                + " s");
    }

    /** Takes the studio on another thread until the test ends; returns once the session is running. */
    private void hogStudio() throws InterruptedException {
        hogStudioFor(null);
    }

    private void hogStudioFor(Duration hold) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        Thread hogger = new Thread(() -> studio.record(() -> {
            inside.countDown();
            try {
                if (hold == null) {
                    release.await();
                } else {
                    Thread.sleep(hold.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "lock-hogger");
        hogger.setDaemon(true);
        hogger.start();
        assertTrue(inside.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS), "the hogger's session never started");
    }

    private void awaitFree() throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (studio.isBusy() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    @FunctionalInterface
    private interface SessionCall {
        void call(Runnable session) throws Exception;
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("makes each lock once and shares it: no new lock inside a method")
    void locksAreShared() throws Exception {
        LockRule.assertLocksAreShared("src/main/java/racecourse/studio/RecordingStudio.java");
    }
}
