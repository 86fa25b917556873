package racecourse.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import racecourse.grader.classreport.ClassReport;

/**
 * {@code ./grade class-report}: grades.csv and class-report.html from a folder of result JSONs
 * (a {@code ./grade class} output, or the grading-report artifacts of students' runs, one folder
 * per student).
 */
@Command(name = "class-report", mixinStandardHelpOptions = true,
        description = "Writes grades.csv and class-report.html from result JSONs, one folder per student.")
final class ClassReportCommand implements Callable<Integer> {
    @Option(names = "--results", paramLabel = "DIR", required = true,
            description = "result JSONs, any nesting; the first folder under DIR is the student")
    private Path results;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where grades.csv and class-report.html go")
    private Path out;

    @Override
    public Integer call() throws Exception {
        ClassReport report = ClassReport.read(results);
        report.write(out);
        report.unreadable().forEach(file -> System.err.println("left out, unreadable: " + file));
        System.out.printf("class report: %d students, %d result files: %s%n", report.students().size(),
                report.resultFiles(), out.resolve("class-report.html").toAbsolutePath().normalize());
        if (report.resultFiles() == 0) {
            System.err.println("grade class-report: no result files under " + results);
            return ExitStatus.CANNOT_GRADE.code();
        }
        return ExitStatus.OK.code();
    }
}
