package racecourse.grader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import racecourse.grader.check.Status;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * {@code junit/TEST-<assignment>.xml}, shaped as Maven Surefire writes it, for
 * test-report actions and IDEs. Written with the JDK's StAX writer, which escapes.
 */
final class JunitXmlReport {
    private JunitXmlReport() {
    }

    static void write(List<AssignmentResult> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (AssignmentResult result : results) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("TEST-" + result.assignment() + ".xml"))) {
                writeSuite(result, XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8"));
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }
    }

    private static void writeSuite(AssignmentResult result, XMLStreamWriter xml) throws XMLStreamException {
        long failures = result.tests().stream().filter(t -> t.status() == Status.FAIL).count();
        long errors = result.tests().stream().filter(t -> t.status() == Status.ERROR).count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "racecourse." + result.assignment());
        xml.writeAttribute("time", seconds(result.durationMs()));
        xml.writeAttribute("tests", String.valueOf(result.tests().size()));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("failures", String.valueOf(failures));
        for (CheckResult check : result.tests()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", check.name());
            xml.writeAttribute("classname", "racecourse." + result.assignment() + "." + check.id().replaceAll("#.*", ""));
            xml.writeAttribute("time", "0");
            if (!check.passed()) {
                xml.writeStartElement(check.status() == Status.FAIL ? "failure" : "error");
                xml.writeAttribute("message", check.message() == null ? check.status().jsonName() : check.message());
                xml.writeAttribute("type", check.kind().jsonName());
                xml.writeCharacters(check.diagnosis() == null ? "" : check.diagnosis());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
