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
}
