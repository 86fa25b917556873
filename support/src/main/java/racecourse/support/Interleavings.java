package racecourse.support;

import java.util.ArrayList;
import java.util.List;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

/**
 * Lincheck in model-checking mode: it runs small scenarios of the test class's
 * {@code @Operation}s on two threads and explores their interleavings
 * systematically, so a racy read-modify-write is found every run, not by luck.
 * A failure is cut down to what a student needs: the wrong result, and the
 * interleaving that produced it with the student's own source lines.
 *
 * <p>The budget is set here, once: Lincheck's defaults explore for minutes.
 * 20 scenarios x 200 interleavings finds a lost update in about 2 s and passes
 * a correct counter in about 4 s on 2 cores.
 */
public final class Interleavings {
    private static final int SCENARIOS = 20;
    private static final int INTERLEAVINGS_PER_SCENARIO = 200;

    private Interleavings() {
    }

    /** Fails with the breaking interleaving if some interleaving of the operations gives a non-sequential result. */
    public static void assertLinearizable(Class<?> operations) {
        try {
            new ModelCheckingOptions()
                    .iterations(SCENARIOS)
                    .invocationsPerIteration(INTERLEAVINGS_PER_SCENARIO)
                    .threads(2)
                    .actorsPerThread(2)
                    .actorsBefore(0)
                    .actorsAfter(1)
                    .check(operations);
        } catch (AssertionError failure) {
            throw new AssertionError("model checking found an interleaving that gives a result no one-at-a-time "
                    + "order can give\n" + condense(String.valueOf(failure.getMessage())));
        }
    }

    /** Keeps the wrong results and the step-by-step trace with the student's lines; drops the harness. */
    static String condense(String report) {
        List<String> lines = report.lines().toList();
        StringBuilder out = new StringBuilder();
        int results = lines.indexOf("= Invalid execution results =");
        if (results >= 0) {
            out.append("The results (operations above a line happen before those below it):\n");
            for (int i = results + 1; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                out.append(lines.get(i)).append('\n');
            }
        }
        int trace = lines.indexOf("Detailed trace:");
        if (trace < 0) {
            trace = lines.indexOf("The following interleaving leads to the error:");
        }
        if (trace >= 0) {
            out.append("\nThe interleaving that produced them, step by step:\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = trace + 1; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                String line = lines.get(i);
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                if (line.startsWith("| -")) {
                    rows.add(null);
                } else if (cells.length == 2 && !line.matches(".*\\w+Test\\.java:\\d+.*")) {
                    rows.add(new String[] {shorten(cells[0]), shorten(cells[1])});
                }
            }
            out.append(table(rows));
        }
        return out.toString().stripTrailing();
    }

    /** "count ➜ 0 at SharedCounter.increment(SharedCounter.java:18)" becomes "count ➜ 0  (SharedCounter.java:18)". */
    private static String shorten(String cell) {
        String text = cell.stripTrailing().replaceAll(" at [\\w$.]+\\(([\\w$]+\\.java:\\d+)\\)", "  ($1)");
        return text.strip().startsWith("Thread ") ? text.strip() : text.replaceFirst("^ ", "");
    }

    private static String table(List<String[]> rows) {
        int left = 8;
        int right = 8;
        for (String[] row : rows) {
            if (row != null) {
                left = Math.max(left, row[0].length());
                right = Math.max(right, row[1].length());
            }
        }
        String rule = "| " + "-".repeat(left) + " | " + "-".repeat(right) + " |\n";
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String[] row : rows) {
            String line = row == null ? rule
                    : String.format("| %-" + left + "s | %-" + right + "s |%n", row[0], row[1]);
            if (!line.equals(previous)) {
                out.append(line);
            }
            previous = line;
        }
        return out.toString();
    }
}
