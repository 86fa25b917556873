package racecourse.grader.classreport;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code grades.csv}, for an LMS import: a header row, then one row per student with the score
 * of each assignment (empty when the student has no result for it) and the total. RFC 4180.
 */
final class GradesCsv {
    static final String STUDENT = "student";
    static final String TOTAL = "total";

    private GradesCsv() {
    }

    static void write(ClassReport report, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of(STUDENT));
        header.addAll(report.assignments());
        header.add(TOTAL);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (String student : report.students()) {
                List<Object> row = new ArrayList<>(List.of(student));
                report.assignments().forEach(a -> row.add(report.score(student, a).map(String::valueOf).orElse("")));
                row.add(report.total(student));
                csv.printRecord(row);
            }
        }
    }
}
