package racecourse.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import racecourse.grader.Grader;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.report.Rubric;

/**
 * {@code ./grade rubric}: every assignment's checks and points, as Markdown tables
 * generated from the {@code @Points} in the tests (never copied by hand). With
 * {@code --write FILE}, replaces the section between the rubric markers in FILE.
 */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        description = "Prints every assignment's checks and points as Markdown, from the tests' @Points.")
final class RubricCommand implements Callable<Integer> {
    @Mixin
    private CourseOptions courseOptions;

    @Option(names = "--write", paramLabel = "FILE", description = "replace the rubric section of FILE")
    private Path write;

    @Override
    public Integer call() throws Exception {
        Course course = courseOptions.course();
        Path scratch = Files.createTempDirectory("racecourse-rubric-");
        String markdown;
        try {
            markdown = Rubric.markdown(Grader.of(course, scratch).checks(courseOptions.assignments(course)));
        } finally {
            Folders.deleteQuietly(scratch);
        }
        if (write == null) {
            System.out.print(markdown);
        } else {
            Files.writeString(write, Rubric.replaceSection(Files.readString(write), markdown));
        }
        return ExitStatus.OK.code();
    }
}
