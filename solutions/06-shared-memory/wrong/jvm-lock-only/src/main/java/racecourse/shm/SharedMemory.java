package racecourse.shm;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: a ReentrantLock only. It excludes the threads of this JVM, but another process has its own lock object, and both write the file at once.
 *
 * Reference solution (before the mistake): two locks, one for each kind of neighbour. A FileLock on
 * the file excludes other processes; but the JVM holds file locks for the whole
 * process, and a second thread asking for one gets OverlappingFileLockException,
 * so threads of this JVM first take a ReentrantLock shared by every instance on
 * the same file. Every read and write, and the first initialisation (checked
 * under both locks), happens while holding both.
 */
public final class SharedMemory implements AutoCloseable {
    /** Layout: a marker saying "initialised", the value, then the three doubles. */
    private static final int MARKER = 0x52414345;
    private static final int MARKER_AT = 0;
    private static final int VALUE_AT = 4;
    private static final int ARRAY_AT = 8;
    private static final int LENGTH = 3;
    private static final int SIZE = ARRAY_AT + LENGTH * Double.BYTES;
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS_BY_FILE = new ConcurrentHashMap<>();

    private final FileChannel channel;
    private final MappedByteBuffer memory;
    private final ReentrantLock threads;

    private SharedMemory(FileChannel channel, MappedByteBuffer memory, ReentrantLock threads) {
        this.channel = channel;
        this.memory = memory;
        this.threads = threads;
    }

    /** Maps {@code file}, creating and initialising it if new: value 0, array [0.0, 100.0, 200.0]. */
    public static SharedMemory open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        ReentrantLock threads = LOCKS_BY_FILE.computeIfAbsent(file.toRealPath(), f -> new ReentrantLock());
        SharedMemory shared = new SharedMemory(channel, channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE),
                threads);
        shared.locked(() -> {
            if (shared.memory.getInt(MARKER_AT) != MARKER) {
                shared.memory.putInt(VALUE_AT, 0);
                shared.memory.putDouble(ARRAY_AT, 0.0);
                shared.memory.putDouble(ARRAY_AT + Double.BYTES, 100.0);
                shared.memory.putDouble(ARRAY_AT + 2 * Double.BYTES, 200.0);
                shared.memory.putInt(MARKER_AT, MARKER);
            }
            return null;
        });
        return shared;
    }

    /** Adds {@code delta} to the value; returns the new value. */
    public int addToValue(int delta) throws IOException {
        return locked(() -> {
            int value = memory.getInt(VALUE_AT) + delta;
            memory.putInt(VALUE_AT, value);
            return value;
        });
    }

    /** Adds {@code delta} to every element of the array, all at once. */
    public void addToArray(double delta) throws IOException {
        locked(() -> {
            for (int i = 0; i < LENGTH; i++) {
                int at = ARRAY_AT + i * Double.BYTES;
                memory.putDouble(at, memory.getDouble(at) + delta);
            }
            return null;
        });
    }

    public int value() throws IOException {
        return locked(() -> memory.getInt(VALUE_AT));
    }

    /** The array at one consistent moment, as a copy. */
    public double[] array() throws IOException {
        return locked(() -> {
            double[] copy = new double[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                copy[i] = memory.getDouble(ARRAY_AT + i * Double.BYTES);
            }
            return copy;
        });
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private <T> T locked(Action<T> action) throws IOException {
        threads.lock();
        try {
            return action.run();
        } finally {
            threads.unlock();
        }
    }

    @FunctionalInterface
    private interface Action<T> {
        T run() throws IOException;
    }
}
