package racecourse.grader.mutants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each operator on a small snippet: the sites it finds, named as they are in equivalent-mutants.txt,
 * and each mutant's text, exactly (lexical preservation: only the mutated place differs).
 */
class OperatorsTest {
    private static final String LOCKED = """
            class C {
                private final ReentrantLock lock = new ReentrantLock();
                private int n;

                void add() {
                    lock.lock();
                    try {
                        int v = n;
                        n = v + 1;
                    } finally {
                        lock.unlock();
                    }
                }
            }
            """;
    private static final String SYNCHRONIZED = """
            class C {
                private final Object guard = new Object();
                private int n;

                synchronized int get() {
                    return n;
                }

                void add() {
                    synchronized (guard) {
                        int v = n;
                        n = v + 1;
                    }
                }
            }
            """;
    private static final String NESTED = """
            class C {
                void move(Lock a, Lock b) {
                    a.lock();
                    try {
                        b.lock();
                        try {
                            work();
                        } finally {
                            b.unlock();
                        }
                    } finally {
                        a.unlock();
                    }
                }
            }
            """;
    private static final String WAITS = """
            class C {
                private final Condition ready = lock.newCondition();
                private volatile boolean done;

                void await() throws InterruptedException {
                    while (!done) {
                        ready.await();
                    }
                }

                void finish() {
                    done = true;
                    ready.signalAll();
                }
            }
            """;
    private static final String TRIES = """
            class C {
                private static final Semaphore PERMIT = new Semaphore(1);

                boolean within(Lock l) throws InterruptedException {
                    if (!l.tryLock(5, TimeUnit.SECONDS)) {
                        return false;
                    }
                    l.unlock();
                    return true;
                }

                void retry(Lock l) {
                    while (true) {
                        if (l.tryLock()) {
                            return;
                        }
                    }
                }
            }
            """;
    private static final String FILES = """
            class C {
                int read(FileChannel channel) throws IOException {
                    try (FileLock held = channel.lock()) {
                        return 1;
                    }
                }

                void write(FileChannel channel) throws IOException {
                    FileLock held = channel.lock();
                    channel.force(true);
                    held.release();
                }
            }
            """;

    @Test
    void removeLockPair() throws IOException {
        assertMutants("remove-lock-pair", LOCKED,
                "C.add: lock.lock();", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        {
                            int v = n;
                            n = v + 1;
                        }
                    }
                }
                """);
        assertMutants("remove-lock-pair", NESTED,
                "C.move: a.lock();", """
                class C {
                    void move(Lock a, Lock b) {
                        {
                            b.lock();
                            try {
                                work();
                            } finally {
                                b.unlock();
                            }
                        }
                    }
                }
                """,
                "C.move: b.lock();", """
                class C {
                    void move(Lock a, Lock b) {
                        a.lock();
                        try {
                            {
                                work();
                            }
                        } finally {
                            a.unlock();
                        }
                    }
                }
                """);
    }

    @Test
    void removeSynchronized() throws IOException {
        assertMutants("remove-synchronized", SYNCHRONIZED,
                "C.get: get", """
                class C {
                    private final Object guard = new Object();
                    private int n;

                    int get() {
                        return n;
                    }

                    void add() {
                        synchronized (guard) {
                            int v = n;
                            n = v + 1;
                        }
                    }
                }
                """,
                "C.add: synchronized (guard) {", """
                class C {
                    private final Object guard = new Object();
                    private int n;

                    synchronized int get() {
                        return n;
                    }

                    void add() {
                        {
                            int v = n;
                            n = v + 1;
                        }
                    }
                }
                """);
    }

    @Test
    void unlockOutsideFinally() throws IOException {
        assertMutants("unlock-outside-finally", LOCKED,
                "C.add: lock.unlock();", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        lock.lock();
                        {
                            int v = n;
                            n = v + 1;
                            lock.unlock();
                        }
                    }
                }
                """);
        assertMutants("unlock-outside-finally", NESTED,
                "C.move: a.unlock();", """
                class C {
                    void move(Lock a, Lock b) {
                        a.lock();
                        {
                            b.lock();
                            try {
                                work();
                            } finally {
                                b.unlock();
                            }
                            a.unlock();
                        }
                    }
                }
                """,
                "C.move: b.unlock();", """
                class C {
                    void move(Lock a, Lock b) {
                        a.lock();
                        try {
                            b.lock();
                            {
                                work();
                                b.unlock();
                            }
                        } finally {
                            a.unlock();
                        }
                    }
                }
                """);
    }

    @Test
    void splitCriticalSection() throws IOException {
        assertMutants("split-critical-section", LOCKED,
                "C.add: n = v + 1;", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        lock.lock();
                        try {
                            int v = n;
                            lock.unlock();
                            lock.lock();
                            n = v + 1;
                        } finally {
                            lock.unlock();
                        }
                    }
                }
                """);
        assertMutants("split-critical-section", NESTED,
                "C.move: try {", """
                class C {
                    void move(Lock a, Lock b) {
                        a.lock();
                        try {
                            b.lock();
                            a.unlock();
                            a.lock();
                            try {
                                work();
                            } finally {
                                b.unlock();
                            }
                        } finally {
                            a.unlock();
                        }
                    }
                }
                """);
    }

    @Test
    void newLockPerCall() throws IOException {
        assertMutants("new-lock-per-call", LOCKED,
                "C.add: add", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        ReentrantLock lock = new ReentrantLock();
                        lock.lock();
                        try {
                            int v = n;
                            n = v + 1;
                        } finally {
                            lock.unlock();
                        }
                    }
                }
                """);
    }

    @Test
    void swapNestedAcquisitions() throws IOException {
        assertMutants("swap-nested-acquisitions", NESTED,
                "C.move: a.lock();", """
                class C {
                    void move(Lock a, Lock b) {
                        b.lock();
                        try {
                            a.lock();
                            try {
                                work();
                            } finally {
                                b.unlock();
                            }
                        } finally {
                            a.unlock();
                        }
                    }
                }
                """);
    }

    @Test
    void statementOutOfCriticalSection() throws IOException {
        assertMutants("statement-out-of-critical-section", LOCKED,
                "C.add: int v = n;", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        int v = n;
                        lock.lock();
                        try {
                            n = v + 1;
                        } finally {
                            lock.unlock();
                        }
                    }
                }
                """,
                "C.add: n = v + 1;", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        lock.lock();
                        try {
                            int v = n;
                        } finally {
                            lock.unlock();
                        }
                        n = v + 1;
                    }
                }
                """);
        assertMutants("statement-out-of-critical-section", SYNCHRONIZED,
                "C.add: int v = n;", """
                class C {
                    private final Object guard = new Object();
                    private int n;

                    synchronized int get() {
                        return n;
                    }

                    void add() {
                        int v = n;
                        synchronized (guard) {
                            n = v + 1;
                        }
                    }
                }
                """,
                "C.add: n = v + 1;", """
                class C {
                    private final Object guard = new Object();
                    private int n;

                    synchronized int get() {
                        return n;
                    }

                    void add() {
                        synchronized (guard) {
                            int v = n;
                        }
                        n = v + 1;
                    }
                }
                """);
    }

    @Test
    void acquireInsideTry() throws IOException {
        assertMutants("acquire-inside-try", LOCKED,
                "C.add: lock.lock();", """
                class C {
                    private final ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        try {
                            lock.lock();
                            int v = n;
                            n = v + 1;
                        } finally {
                            lock.unlock();
                        }
                    }
                }
                """);
        assertMutants("acquire-inside-try", NESTED,
                "C.move: a.lock();", """
                class C {
                    void move(Lock a, Lock b) {
                        try {
                            a.lock();
                            b.lock();
                            try {
                                work();
                            } finally {
                                b.unlock();
                            }
                        } finally {
                            a.unlock();
                        }
                    }
                }
                """,
                "C.move: b.lock();", """
                class C {
                    void move(Lock a, Lock b) {
                        a.lock();
                        try {
                            try {
                                b.lock();
                                work();
                            } finally {
                                b.unlock();
                            }
                        } finally {
                            a.unlock();
                        }
                    }
                }
                """);
    }

    @Test
    void whileToIfAwait() throws IOException {
        assertMutants("while-to-if-await", WAITS,
                "C.await: while (!done) {", """
                class C {
                    private final Condition ready = lock.newCondition();
                    private volatile boolean done;

                    void await() throws InterruptedException {
                        if (!done) {
                            ready.await();
                        }
                    }

                    void finish() {
                        done = true;
                        ready.signalAll();
                    }
                }
                """);
    }

    @Test
    void signalallToSignal() throws IOException {
        assertMutants("signalall-to-signal", WAITS,
                "C.finish: ready.signalAll()", """
                class C {
                    private final Condition ready = lock.newCondition();
                    private volatile boolean done;

                    void await() throws InterruptedException {
                        while (!done) {
                            ready.await();
                        }
                    }

                    void finish() {
                        done = true;
                        ready.signal();
                    }
                }
                """);
    }

    @Test
    void removeSignal() throws IOException {
        assertMutants("remove-signal", WAITS,
                "C.finish: ready.signalAll();", """
                class C {
                    private final Condition ready = lock.newCondition();
                    private volatile boolean done;

                    void await() throws InterruptedException {
                        while (!done) {
                            ready.await();
                        }
                    }

                    void finish() {
                        done = true;
                    }
                }
                """);
    }

    @Test
    void trylockTimeoutToTrylock() throws IOException {
        assertMutants("trylock-timeout-to-trylock", TRIES,
                "C.within: l.tryLock(5, TimeUnit.SECONDS)", """
                class C {
                    private static final Semaphore PERMIT = new Semaphore(1);

                    boolean within(Lock l) throws InterruptedException {
                        if (!l.tryLock()) {
                            return false;
                        }
                        l.unlock();
                        return true;
                    }

                    void retry(Lock l) {
                        while (true) {
                            if (l.tryLock()) {
                                return;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void trylockToTrylockTimeout() throws IOException {
        assertMutants("trylock-to-trylock-timeout", TRIES,
                "C.retry: l.tryLock()", """
                class C {
                    private static final Semaphore PERMIT = new Semaphore(1);

                    boolean within(Lock l) throws InterruptedException {
                        if (!l.tryLock(5, TimeUnit.SECONDS)) {
                            return false;
                        }
                        l.unlock();
                        return true;
                    }

                    void retry(Lock l) {
                        while (true) {
                            if (l.tryLock(1, java.util.concurrent.TimeUnit.SECONDS)) {
                                return;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void trylockToLock() throws IOException {
        assertMutants("trylock-to-lock", TRIES,
                "C.within: if (!l.tryLock(5, TimeUnit.SECONDS)) {", """
                class C {
                    private static final Semaphore PERMIT = new Semaphore(1);

                    boolean within(Lock l) throws InterruptedException {
                        l.lock();
                        l.unlock();
                        return true;
                    }

                    void retry(Lock l) {
                        while (true) {
                            if (l.tryLock()) {
                                return;
                            }
                        }
                    }
                }
                """,
                "C.retry: if (l.tryLock()) {", """
                class C {
                    private static final Semaphore PERMIT = new Semaphore(1);

                    boolean within(Lock l) throws InterruptedException {
                        if (!l.tryLock(5, TimeUnit.SECONDS)) {
                            return false;
                        }
                        l.unlock();
                        return true;
                    }

                    void retry(Lock l) {
                        while (true) {
                            {
                                l.lock();
                                if (true) {
                                return;
                            }
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void removeVolatile() throws IOException {
        assertMutants("remove-volatile", WAITS,
                "C.field: done", """
                class C {
                    private final Condition ready = lock.newCondition();
                    private boolean done;

                    void await() throws InterruptedException {
                        while (!done) {
                            ready.await();
                        }
                    }

                    void finish() {
                        done = true;
                        ready.signalAll();
                    }
                }
                """);
    }

    @Test
    void lockFieldStatic() throws IOException {
        assertMutants("lock-field-static", LOCKED,
                "C.field: lock = new ReentrantLock()", """
                class C {
                    private final static ReentrantLock lock = new ReentrantLock();
                    private int n;

                    void add() {
                        lock.lock();
                        try {
                            int v = n;
                            n = v + 1;
                        } finally {
                            lock.unlock();
                        }
                    }
                }
                """);
        assertMutants("lock-field-static", SYNCHRONIZED,
                "C.field: guard = new Object()", """
                class C {
                    private final static Object guard = new Object();
                    private int n;

                    synchronized int get() {
                        return n;
                    }

                    void add() {
                        synchronized (guard) {
                            int v = n;
                            n = v + 1;
                        }
                    }
                }
                """);
    }

    @Test
    void lockFieldInstance() throws IOException {
        assertMutants("lock-field-instance", TRIES,
                "C.field: PERMIT = new Semaphore(1)", """
                class C {
                    private final Semaphore PERMIT = new Semaphore(1);

                    boolean within(Lock l) throws InterruptedException {
                        if (!l.tryLock(5, TimeUnit.SECONDS)) {
                            return false;
                        }
                        l.unlock();
                        return true;
                    }

                    void retry(Lock l) {
                        while (true) {
                            if (l.tryLock()) {
                                return;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void dropFilelock() throws IOException {
        assertMutants("drop-filelock", FILES,
                "C.read: FileLock held = channel.lock()", """
                class C {
                    int read(FileChannel channel) throws IOException {
                        {
                            return 1;
                        }
                    }

                    void write(FileChannel channel) throws IOException {
                        FileLock held = channel.lock();
                        channel.force(true);
                        held.release();
                    }
                }
                """,
                "C.write: FileLock held = channel.lock();", """
                class C {
                    int read(FileChannel channel) throws IOException {
                        try (FileLock held = channel.lock()) {
                            return 1;
                        }
                    }

                    void write(FileChannel channel) throws IOException {
                        channel.force(true);
                    }
                }
                """);
    }

    @Test
    void everyOperatorIsTestedHere() {
        assertEquals(List.of("remove-lock-pair", "remove-synchronized", "unlock-outside-finally", "split-critical-section", "new-lock-per-call", "swap-nested-acquisitions", "statement-out-of-critical-section", "acquire-inside-try", "while-to-if-await", "signalall-to-signal", "remove-signal", "trylock-timeout-to-trylock", "trylock-to-trylock-timeout", "trylock-to-lock", "remove-volatile", "lock-field-static", "lock-field-instance", "drop-filelock"), Operators.all().stream().map(Operator::name).toList());
    }

    /** {@code expected}: site, mutant text, site, mutant text, ... in source order. */
    private static void assertMutants(String operator, String source, String... expected) throws IOException {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 2) {
            pairs.add(Map.entry(expected[i], expected[i + 1]));
        }
        Operator op = Operators.all().stream().filter(o -> o.name().equals(operator)).findFirst().orElseThrow();
        assertEquals(pairs, MutantGenerator.apply(op, source, Path.of("C.java")));
    }
}
