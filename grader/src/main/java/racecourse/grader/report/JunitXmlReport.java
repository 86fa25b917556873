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
 * test-report actions and IDEs. Written with the JDK's StAX writer, which escapes
 * markup but not characters XML cannot hold at all (control characters, lone
 * surrogates, U+FFFE): whatever a student's code printed or threw, those become
 * U+FFFD first, so the file always parses.
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
            xml.writeAttribute("name", xmlText(check.name()));
            xml.writeAttribute("classname", "racecourse." + result.assignment() + "." + check.id().replaceAll("#.*", ""));
            xml.writeAttribute("time", "0");
            if (!check.passed()) {
                xml.writeStartElement(check.status() == Status.FAIL ? "failure" : "error");
                xml.writeAttribute("message", xmlText(check.message() == null ? check.status().jsonName() : check.message()));
                xml.writeAttribute("type", check.kind().jsonName());
                xml.writeCharacters(xmlText(check.diagnosis() == null ? "" : check.diagnosis()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    /** {@code text} with every character XML 1.0 cannot hold replaced by U+FFFD. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
