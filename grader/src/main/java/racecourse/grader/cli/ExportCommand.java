package racecourse.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.template.Platform;
import racecourse.grader.template.TemplateExport;

/** {@code ./grade export}: the student template repository, ready to be a GitHub Classroom template. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the student template repository: assignments, grader, the platform's workflow, student "
                + "docs; no solutions.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    private CourseOptions courseOptions;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "a new or empty folder")
    private Path out;

    @Option(names = "--platform", required = true, paramLabel = "PLATFORM",
            description = "where grades are recorded: ${COMPLETION-CANDIDATES} (its grading workflow only)")
    private Platform platform;

    @Override
    public Integer call() throws Exception {
        Course course = courseOptions.course();
        List<Assignment> chosen = courseOptions.assignments(course);
        TemplateExport.Size size = TemplateExport.write(course, chosen, platform, Checks.listed(course, chosen), out);
        System.out.printf("template for %s: %d assignments, %d files, %d bytes: %s%n",
                platform.name().toLowerCase(Locale.ROOT), chosen.size(), size.files(), size.bytes(),
                out.toAbsolutePath().normalize());
        return ExitStatus.OK.code();
    }
}
