package racecourse.shm;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wrong fix: every method takes this JVM's monitor and the file lock, except value(),
 * which takes only the file lock ("a read changes nothing"). But the file lock is held
 * for the whole JVM: a thread asking for it while another thread of the same JVM holds
 * it (an addition under way) gets OverlappingFileLockException.
 */
public final class SharedMemory implements AutoCloseable {
    private static final long MARKER = 0x5241434543535345L;
    private static final int VALUE_AT = 8;
    private static final int ARRAY_AT = 16;
    private static final int SIZE = ARRAY_AT + 3 * Double.BYTES;
    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final RandomAccessFile file;
    private final FileChannel channel;
    private final MappedByteBuffer memory;
    private final Object monitor;

    private SharedMemory(RandomAccessFile file, Object monitor) throws IOException {
        this.file = file;
        this.channel = file.getChannel();
        this.memory = channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
        this.monitor = monitor;
    }

    public static SharedMemory open(Path path) throws IOException {
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
        Object monitor = MONITORS.computeIfAbsent(path.toRealPath(), p -> new Object());
        SharedMemory shared = new SharedMemory(file, monitor);
        synchronized (monitor) {
            try (FileLock ignored = shared.channel.lock()) {
                if (shared.memory.getLong(0) != MARKER) {
                    shared.memory.putInt(VALUE_AT, 0);
                    for (int i = 0; i < 3; i++) {
                        shared.memory.putDouble(ARRAY_AT + i * Double.BYTES, 100.0 * i);
                    }
                    shared.memory.putLong(0, MARKER);
                }
            }
        }
        return shared;
    }

    public int addToValue(int delta) throws IOException {
        synchronized (monitor) {
            try (FileLock ignored = channel.lock()) {
                int value = memory.getInt(VALUE_AT) + delta;
                memory.putInt(VALUE_AT, value);
                return value;
            }
        }
    }

    public void addToArray(double delta) throws IOException {
        synchronized (monitor) {
            try (FileLock ignored = channel.lock()) {
                for (int i = 0; i < 3; i++) {
                    int at = ARRAY_AT + i * Double.BYTES;
                    memory.putDouble(at, memory.getDouble(at) + delta);
                }
            }
        }
    }

    public int value() throws IOException {
        try (FileLock ignored = channel.lock()) {
            return memory.getInt(VALUE_AT);
        }
    }

    public double[] array() throws IOException {
        synchronized (monitor) {
            try (FileLock ignored = channel.lock()) {
                double[] copy = new double[3];
                for (int i = 0; i < 3; i++) {
                    copy[i] = memory.getDouble(ARRAY_AT + i * Double.BYTES);
                }
                return copy;
            }
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
