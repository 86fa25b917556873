package racecourse.grader.mutants;

import java.util.List;

/** The changed lines between two versions of a file, for a mutant's report. */
final class Diffs {
    private Diffs() {
    }

    /** The lines from the first difference to the last ({@code -} removed, {@code +} added), at most 12 of them. */
    static String shortDiff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        StringBuilder diff = new StringBuilder("@@ line ").append(head + 1).append(" @@\n");
        List<String> removed = a.subList(head, a.size() - tail);
        List<String> added = b.subList(head, b.size() - tail);
        removed.forEach(line -> diff.append('-').append(line).append('\n'));
        added.forEach(line -> diff.append('+').append(line).append('\n'));
        List<String> lines = diff.toString().lines().toList();
        return lines.size() <= 13 ? diff.toString()
                : String.join("\n", lines.subList(0, 13)) + "\n... " + (lines.size() - 13) + " more lines\n";
    }
}
