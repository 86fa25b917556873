package racecourse.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link Interleaving} of a condensed Lincheck trace, and marks where it goes wrong: the
 * write that overwrites another thread's update (a lost update), or the step a hung run never gets
 * past.
 */
final class InterleavingData {
    /** Lincheck writes a read as "count ➜ 0" and a write as "count = 1". */
    private static final Pattern READ = Pattern.compile("^([\\w$.\\[\\]]+) \u279c (.*)$");
    private static final Pattern WRITE = Pattern.compile("^([\\w$.\\[\\]]+) = (.*)$");
    /** Longer traces are cut: the picture is for reading, like the table. */
    private static final int MAX_STEPS = 400;

    private InterleavingData() {
    }

    /** {@code sources}: the folder of the student's package, where the steps' source files are. */
    static Interleaving of(List<LincheckReport.Cell[]> rows, boolean hangs, Path sources) {
        Map<String, List<String>> files = new HashMap<>();
        List<String> threads = new ArrayList<>();
        List<Interleaving.Step> steps = new ArrayList<>();
        int separators = -1;
        for (LincheckReport.Cell[] row : rows) {
            if (row == null) {
                separators += threads.isEmpty() ? 0 : 1;
                continue;
            }
            if (threads.isEmpty()) {
                for (int column = 0; column < row.length; column++) {
                    threads.add(row[column].text().isEmpty() ? "Thread " + (column + 1) : row[column].text());
                }
                continue;
            }
            for (int column = 0; column < row.length && steps.size() < MAX_STEPS; column++) {
                LincheckReport.Cell cell = row[column];
                if (!cell.text().isEmpty()) {
                    steps.add(step(column, Math.max(0, separators), cell, line(files, sources, cell)));
                }
            }
        }
        return new Interleaving(threads, marked(steps, hangs));
    }

    /** The text of a step's source line, read from the student's file, or null where it cannot be. */
    private static String line(Map<String, List<String>> files, Path sources, LincheckReport.Cell cell) {
        if (cell.file() == null || cell.line() < 1) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(cell.file(), file -> {
            try {
                return Files.readAllLines(sources.resolve(file));
            } catch (IOException | RuntimeException unreadable) {
                return List.of();
            }
        });
        return cell.line() <= lines.size() ? lines.get(cell.line() - 1).strip() : null;
    }

    private static Interleaving.Step step(int thread, int phase, LincheckReport.Cell cell, String source) {
        String text = cell.text();
        String field = null;
        String access = null;
        String value = null;
        Matcher read = READ.matcher(text);
        Matcher write = WRITE.matcher(text);
        if (text.equals("switch")) {
            access = "switch";
        } else if (read.matches()) {
            field = read.group(1);
            access = "read";
            value = read.group(2);
        } else if (write.matches()) {
            field = write.group(1);
            access = "write";
            value = write.group(2);
        }
        return new Interleaving.Step(thread, phase, cell.depth(), text, cell.file(), cell.line(), source, field, access,
                value, null);
    }

    /**
     * Marks a write that loses an update: its thread read the field, another thread wrote it since,
     * and this write puts back a value computed from the stale read. A hung run's last step is where
     * it stays stuck.
     */
    private static List<Interleaving.Step> marked(List<Interleaving.Step> steps, boolean hangs) {
        List<Interleaving.Step> out = new ArrayList<>(steps);
        Map<String, Integer> lastWriter = new HashMap<>();
        Map<String, Integer> lastWriteAt = new HashMap<>();
        Map<String, Integer> readAt = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Interleaving.Step step = out.get(i);
            if (step.field() == null) {
                continue;
            }
            String key = step.thread() + "\u0000" + step.field();
            if ("read".equals(step.access())) {
                readAt.put(key, i);
            } else if ("write".equals(step.access())) {
                Integer read = readAt.get(key);
                Integer otherWrite = lastWriteAt.get(step.field());
                Integer writer = lastWriter.get(step.field());
                if (read != null && otherWrite != null && otherWrite > read && writer != step.thread()) {
                    out.set(i, withMark(step, "lost update: this thread read " + step.field() + " = "
                            + out.get(read).value() + " before " + lanes(writer) + " wrote " + out.get(otherWrite).value()
                            + "; writing " + step.value() + " now overwrites that update"));
                }
                lastWriter.put(step.field(), step.thread());
                lastWriteAt.put(step.field(), i);
            }
        }
        if (hangs && !out.isEmpty()) {
            int last = out.size() - 1;
            out.set(last, withMark(out.get(last), "stuck here: no thread can go on from this step (each waits for "
                    + "what another holds, or keeps retrying)"));
        }
        return out;
    }

    private static String lanes(int thread) {
        return "Thread " + (thread + 1);
    }

    private static Interleaving.Step withMark(Interleaving.Step step, String mark) {
        return new Interleaving.Step(step.thread(), step.phase(), step.depth(), step.text(), step.file(), step.line(),
                step.source(), step.field(), step.access(), step.value(), mark);
    }
}
