package racecourse.grader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.template.Platform;
import racecourse.grader.template.TemplateExport;

/** {@code ./grade export}: the student template repository, ready to be a GitHub Classroom template. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the student template repository: assignments, grader, the platform's workflow, student "
                + "docs; no solutions.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "assignments to ship (default: all)")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "a new or empty folder")
    private Path out;

    @Option(names = "--platform", required = true, paramLabel = "PLATFORM",
            description = "where grades are recorded: ${COMPLETION-CANDIDATES} (its grading workflow only)")
    private Platform platform;

    @Option(names = "--root", paramLabel = "DIR", hidden = true)
    private Path root = Path.of(System.getProperty("racecourse.root", "."));

    @Override
    public Integer call() throws Exception {
        Course course = Course.at(root);
        List<Assignment> chosen = ids.isEmpty() ? course.assignments() : ids.stream().map(course::find).toList();
        TemplateExport.Size size = TemplateExport.write(course, chosen, platform, out);
        System.out.printf("template for %s: %d assignments, %d files, %d bytes: %s%n",
                platform.name().toLowerCase(java.util.Locale.ROOT), chosen.size(), size.files(), size.bytes(),
                out.toAbsolutePath().normalize());
        return Main.FULL_MARKS;
    }
}
