package racecourse.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts Lincheck's failure report down to what a student reads in a minute: the wrong results,
 * and the interleaving as a table with one column per thread, showing only the steps taken in
 * the student's own code (the JDK's inner steps, such as a lock's queue handling, are left out,
 * with everything nested under them), and no more than {@link #MAX_STEPS} of them.
 */
final class LincheckReport {
    static final int MAX_STEPS = 40;
    /** " at Bank.transfer(Bank.java:38)" at the end of a step: where in the code it happened. */
    private static final Pattern LOCATION = Pattern.compile(" at [\\w$.<>]+\\(([\\w$]+)\\.java:(\\d+)\\)");

    private LincheckReport() {
    }

    /** Lincheck's report cut down: the text a student reads, and the interleaving as data (null if none). */
    record Condensed(String text, Interleaving interleaving) {
    }

    /**
     * {@code operations}: the test class whose {@code @Operation}s Lincheck ran; its package is the student's.
     * {@code hangs}: the run never finished (a deadlock, a livelock), so the trace's last step is where it
     * stays stuck.
     */
    static Condensed condense(String report, Class<?> operations, boolean hangs) {
        List<String> lines = report.lines().toList();
        StringBuilder out = new StringBuilder();
        int results = lines.indexOf("= Invalid execution results =");
        if (results >= 0) {
            out.append("The results (operations above a line happen before those below it):\n");
            for (int i = results + 1; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                out.append(lines.get(i)).append('\n');
            }
            out.append('\n');
        }
        int trace = lines.indexOf("Detailed trace:");
        if (trace < 0) {
            trace = lines.indexOf("The following interleaving leads to the error:");
        }
        if (trace < 0) {
            return new Condensed((out + String.join("\n", lines.subList(0, Math.min(lines.size(), MAX_STEPS))))
                    .strip(), null);
        }
        out.append("The interleaving, step by step (your code's steps; the JDK's inner steps left out):\n");
        int end = trace + 1;
        List<Cell[]> rows = new ArrayList<>();
        Steps steps = new Steps(operations);
        for (; end < lines.size() && lines.get(end).startsWith("|"); end++) {
            steps.add(lines.get(end), rows);
        }
        out.append(table(cap(shown(rows))));
        if (end < lines.size() && !lines.get(end).isBlank()) {
            out.append(lines.get(end).strip()).append('\n');
        }
        return new Condensed(out.toString().stripTrailing(), InterleavingData.of(rows, hangs, sources(operations)));
    }

    /**
     * Where the student's sources are: tests run in the assignment's folder (Maven, and the grader's
     * child JVM alike), so under src/main/java, in the operations' package.
     */
    private static Path sources(Class<?> operations) {
        return Path.of("src", "main", "java").resolve(operations.getPackageName().replace('.', '/'));
    }

    /**
     * One kept cell of the trace: the text the table shows, and the same step taken apart for the
     * picture (its text without the location, its depth in the call, its source file and line).
     */
    record Cell(String shown, String text, int depth, String file, int line) {
        static final Cell EMPTY = new Cell("", "", 0, null, 0);
    }

    private static List<String[]> shown(List<Cell[]> rows) {
        return rows.stream().map(row -> row == null ? null
                : Arrays.stream(row).map(Cell::shown).toArray(String[]::new)).toList();
    }

    /** Reads the trace's rows, keeping a thread's step unless it lies inside code that is not the student's. */
    private static final class Steps {
        private final Class<?> operations;
        /** Per column: the indent of a dropped step whose nested steps are dropped too, or -1. */
        private int[] skipping = new int[0];

        Steps(Class<?> operations) {
            this.operations = operations;
        }

        void add(String line, List<Cell[]> rows) {
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            if (skipping.length != cells.length) {
                skipping = new int[cells.length];
                Arrays.fill(skipping, -1);
            }
            if (line.startsWith("| -")) {
                rows.add(null);
                return;
            }
            Cell[] row = new Cell[cells.length];
            Arrays.fill(row, Cell.EMPTY);
            boolean kept = false;
            for (int column = 0; column < cells.length; column++) {
                String cell = cells[column].stripTrailing();
                if (cell.isBlank()) {
                    continue;
                }
                String text = inJavaWords(cell.length() > 1 ? cell.substring(1) : cell);
                int indent = text.length() - text.stripLeading().length();
                if (skipping[column] >= 0 && indent > skipping[column]) {
                    continue;
                }
                skipping[column] = -1;
                Matcher location = LOCATION.matcher(text);
                String file = location.find() ? location.group(1) : null;
                int lineNumber = file == null ? 0 : Integer.parseInt(location.group(2));
                if (file != null && !studentFile(file)) {
                    skipping[column] = indent;
                    continue;
                }
                String shown = file == null ? text.strip().startsWith("Thread ") ? text.strip() : text
                        : file.equals(operations.getSimpleName()) ? location.replaceAll("")
                        : location.replaceAll("  (" + file + ".java:" + lineNumber + ")");
                row[column] = new Cell(shown, location.replaceAll("").strip(), indent / 2,
                        file == null || file.equals(operations.getSimpleName()) ? null : file + ".java",
                        file == null || file.equals(operations.getSimpleName()) ? 0 : lineNumber);
                kept = true;
            }
            if (kept) {
                rows.add(row);
            }
        }

        /** Lincheck names a {@code synchronized} block by its bytecode; a student reads what it does. */
    private static String inJavaWords(String step) {
        return step.replace("MONITORENTER", "enter synchronized block").replace("MONITOREXIT", "exit synchronized block");
    }

    /** A file of the student's package (the assignment's code), the test class itself included. */
        private boolean studentFile(String simpleName) {
            try {
                Class.forName(operations.getPackageName() + "." + simpleName, false, operations.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }

    /** Keeps the start and the end of a long trace: where it goes wrong, and how it ends. */
    private static List<String[]> cap(List<String[]> rows) {
        if (rows.size() <= MAX_STEPS) {
            return rows;
        }
        int head = MAX_STEPS * 2 / 3;
        int tail = MAX_STEPS - head - 1;
        String[] gap = null;
        for (String[] row : rows) {
            if (row != null) {
                gap = new String[row.length];
                Arrays.fill(gap, "");
                gap[0] = "... " + (rows.size() - head - tail) + " more steps ...";
                break;
            }
        }
        List<String[]> capped = new ArrayList<>(rows.subList(0, head));
        capped.add(gap);
        capped.addAll(rows.subList(rows.size() - tail, rows.size()));
        return capped;
    }

    private static String table(List<String[]> rows) {
        int columns = rows.stream().filter(r -> r != null).mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        Arrays.fill(widths, 8);
        for (String[] row : rows) {
            for (int c = 0; row != null && c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                line.append(' ').append(row == null ? "-".repeat(widths[c])
                        : String.format("%-" + widths[c] + "s", c < row.length ? row[c] : "")).append(" |");
            }
            String text = line.append('\n').toString();
            if (!text.equals(previous)) {
                out.append(text);
            }
            previous = text;
        }
        return out.toString();
    }
}
