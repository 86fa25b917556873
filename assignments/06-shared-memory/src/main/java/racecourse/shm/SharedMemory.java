package racecourse.shm;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An int and an array of three doubles, shared by every thread of every process
 * that opens the same file: the file is mapped into memory, so a write by one
 * process is seen by the others.
 *
 * <p>Broken on purpose: nothing is locked. Two processes (or two threads) that
 * add at once both read the old value and one addition is lost; a reader can
 * see the array halfway through an update; and two processes creating the file
 * at once can both initialise it, the second wiping what the first added.
 */
public final class SharedMemory implements AutoCloseable {
    /** Layout: a marker saying "initialised", the value, then the three doubles. */
    private static final int MARKER = 0x52414345;
    private static final int MARKER_AT = 0;
    private static final int VALUE_AT = 4;
    private static final int ARRAY_AT = 8;
    private static final int LENGTH = 3;
    private static final int SIZE = ARRAY_AT + LENGTH * Double.BYTES;

    private final FileChannel channel;
    private final MappedByteBuffer memory;

    private SharedMemory(FileChannel channel, MappedByteBuffer memory) {
        this.channel = channel;
        this.memory = memory;
    }

    /** Maps {@code file}, creating and initialising it if new: value 0, array [0.0, 100.0, 200.0]. */
    public static SharedMemory open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        MappedByteBuffer memory = channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
        if (memory.getInt(MARKER_AT) != MARKER) {
            memory.putInt(VALUE_AT, 0);
            memory.putDouble(ARRAY_AT, 0.0);
            memory.putDouble(ARRAY_AT + Double.BYTES, 100.0);
            memory.putDouble(ARRAY_AT + 2 * Double.BYTES, 200.0);
            memory.putInt(MARKER_AT, MARKER);
        }
        return new SharedMemory(channel, memory);
    }

    /** Adds {@code delta} to the value; returns the new value. */
    public int addToValue(int delta) throws IOException {
        int value = memory.getInt(VALUE_AT) + delta;
        memory.putInt(VALUE_AT, value);
        return value;
    }

    /** Adds {@code delta} to every element of the array, all at once. */
    public void addToArray(double delta) throws IOException {
        for (int i = 0; i < LENGTH; i++) {
            int at = ARRAY_AT + i * Double.BYTES;
            memory.putDouble(at, memory.getDouble(at) + delta);
        }
    }

    public int value() throws IOException {
        return memory.getInt(VALUE_AT);
    }

    /** The array at one consistent moment, as a copy. */
    public double[] array() throws IOException {
        double[] copy = new double[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            copy[i] = memory.getDouble(ARRAY_AT + i * Double.BYTES);
        }
        return copy;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
