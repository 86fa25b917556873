package racecourse.support;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.xml.sax.InputSource;

/**
 * The course's "uses a lock" rule (Checkstyle, config {@code uses-a-lock.xml}):
 * lists the lines of a student's source that reach for a lock-free shortcut.
 */
public final class LockRule {
    private static final String CONFIG = "/racecourse/support/uses-a-lock.xml";

    private LockRule() {
    }

    /** Fails with every offending line if {@code source} (relative to the module) avoids locking. */
    public static void assertUsesALock(String source) throws Exception {
        List<String> violations = violations(Path.of(source));
        if (!violations.isEmpty()) {
            throw new AssertionError("this assignment asks for a lock; " + source + " uses a lock-free shortcut "
                    + "(correct, perhaps, but not the lesson, and only this rule's points are lost):\n  "
                    + String.join("\n  ", violations));
        }
    }

    static List<String> violations(Path source) throws IOException, CheckstyleException {
        if (!Files.isRegularFile(source)) {
            throw new AssertionError("cannot find " + source + " (run from the assignment's folder)");
        }
        Configuration config;
        try (InputStream xml = LockRule.class.getResourceAsStream(CONFIG)) {
            config = ConfigurationLoader.loadConfiguration(new InputSource(xml),
                    new PropertiesExpander(new Properties()), ConfigurationLoader.IgnoredModulesOptions.OMIT);
        }
        Checker checker = new Checker();
        List<String> found = new ArrayList<>();
        try {
            checker.setModuleClassLoader(Checker.class.getClassLoader());
            checker.configure(config);
            checker.addListener(new Collector(source, found));
            checker.process(List.of(source.toFile()));
        } finally {
            checker.destroy();
        }
        return found;
    }

    private record Collector(Path source, List<String> found) implements AuditListener {
        @Override
        public void addError(AuditEvent event) {
            found.add(source.getFileName() + ":" + event.getLine() + ": " + line(event.getLine()).strip());
        }

        private String line(int number) {
            try {
                return Files.readAllLines(source).get(number - 1);
            } catch (IOException | IndexOutOfBoundsException e) {
                return "";
            }
        }

        @Override
        public void addException(AuditEvent event, Throwable throwable) {
            found.add(source.getFileName() + ": could not be checked: " + throwable.getMessage());
        }

        @Override
        public void auditStarted(AuditEvent event) {
        }

        @Override
        public void auditFinished(AuditEvent event) {
        }

        @Override
        public void fileStarted(AuditEvent event) {
        }

        @Override
        public void fileFinished(AuditEvent event) {
        }
    }
}
