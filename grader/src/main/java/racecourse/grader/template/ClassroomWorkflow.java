package racecourse.grader.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The students' {@code classroom.yml} for a template's assignments: the reporter's
 * {@code <RUNNER>_RESULTS} lines, its {@code runners:} list and the grading step's {@code RUNNERS:}
 * (the runners that get a zero when grading writes nothing) are generated from the assignments
 * shipped, so Classroom never waits for a runner that is not there. Every other line is kept.
 */
final class ClassroomWorkflow {
    private static final Pattern RESULTS_LINE = Pattern.compile("^(\\s*)[A-Z0-9]+_RESULTS: .*$");
    private static final Pattern RUNNERS_LINE = Pattern.compile("^(\\s*)(runners|RUNNERS): .*$");

    private ClassroomWorkflow() {
    }

    /** {@code runners}: the runner ids of the shipped assignments ({@code a01}, ...), in order. */
    static String forRunners(String workflow, List<String> runners) throws IOException {
        List<String> out = new ArrayList<>();
        int resultBlocks = 0;
        int runnerLines = 0;
        boolean inResults = false;
        for (String line : workflow.split("\n", -1)) {
            Matcher results = RESULTS_LINE.matcher(line);
            Matcher runnersLine = RUNNERS_LINE.matcher(line);
            if (results.matches()) {
                if (!inResults) {
                    resultBlocks++;
                    String indent = results.group(1);
                    runners.forEach(r -> out.add(indent + r.toUpperCase(Locale.ROOT) + "_RESULTS: \"${{ steps.grade.outputs."
                            + r + " }}\""));
                }
                inResults = true;
                continue;
            }
            inResults = false;
            if (runnersLine.matches()) {
                runnerLines++;
                out.add(runnersLine.group(1) + runnersLine.group(2) + ": " + String.join(",", runners));
            } else {
                out.add(line);
            }
        }
        if (resultBlocks != 1 || runnerLines != 2) {
            throw new IOException("classroom.yml no longer has one block of <RUNNER>_RESULTS lines, one "
                    + "runners: line and one RUNNERS: line; update ClassroomWorkflow to its new shape");
        }
        return String.join("\n", out);
    }
}
