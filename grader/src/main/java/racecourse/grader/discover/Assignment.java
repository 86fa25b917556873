package racecourse.grader.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * One assignment of the course: its module folder, the files a student may
 * edit (relative to the module), and its grading limits.
 */
public record Assignment(String id, String title, Path moduleDir, List<String> studentFiles, Limits limits) {
    public Assignment {
        studentFiles = List.copyOf(studentFiles);
    }

    /**
     * The id GitHub Classroom's reporter knows this assignment by: runner ids must be alphanumeric,
     * so "01-shared-counter" becomes "a01".
     */
    public static String runnerId(String assignmentId) {
        String digits = assignmentId.replaceAll("^(\\d+).*", "$1");
        return digits.equals(assignmentId) ? assignmentId.replaceAll("[^A-Za-z0-9]", "") : "a" + digits;
    }
}
