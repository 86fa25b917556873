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
 * The course's "uses a lock" rule (Checkstyle, config {@code uses-a-lock.xml}): a student's
 * source must take a lock and reach for no lock-free shortcut. Checkstyle matches the text as
 * written, so the source's unicode escapes are decoded first, as javac does before it reads a
 * token: a backslash, u0041, then tomicLong is AtomicLong.
 */
public final class LockRule {
    private static final String USES_A_LOCK = "/racecourse/support/uses-a-lock.xml";
    private static final String SHARED_LOCKS = "/racecourse/support/shared-locks.xml";
    private static final String WAITS_IN_A_LOOP = "/racecourse/support/waits-in-a-loop.xml";
    /** The rule about the whole file (it takes a lock somewhere), not about one line. */
    private static final String WHOLE_FILE_RULE = "takesALock";

    private LockRule() {
    }

    /** Fails with every offending line if {@code source} (relative to the module) takes no lock or avoids one. */
    public static void assertUsesALock(String source) throws Exception {
        assertNone(source, USES_A_LOCK, "this assignment asks for a lock, and " + source + " does not use one "
                + "(only this rule's points are lost; a lock-free shortcut may be correct, but skips the lesson):");
    }

    /**
     * Fails with every offending line if {@code source} makes a lock inside a method (config
     * {@code shared-locks.xml}): a lock made on each call is taken by no other thread, so it excludes
     * nothing and makes nothing visible, whatever the stress tests happened to see.
     */
    public static void assertLocksAreShared(String source) throws Exception {
        assertNone(source, SHARED_LOCKS, "a lock made inside a method is a new lock on every call: no other thread "
                + "ever takes it, so it keeps no thread out and makes no write visible (the Java memory model orders "
                + "an unlock only before a lock of the same lock). Make each lock once, in a field:");
    }

    /**
     * Fails with every offending line if {@code source} waits for a condition outside a loop (config
     * {@code waits-in-a-loop.xml}): a thread can wake with its condition false (another thread was
     * faster after the signal, or a spurious wake-up), and only a loop checks it again.
     */
    public static void assertWaitsInALoop(String source) throws Exception {
        assertNone(source, WAITS_IN_A_LOOP, "a wait outside a loop checks its condition once: a thread can wake up "
                + "with the condition false (another thread got there first after the signal, or a spurious wake-up, "
                + "which Object.wait and Condition.await both allow). Wait in a while loop on the condition:");
    }

    private static void assertNone(String source, String rules, String why) throws Exception {
        List<String> violations = violations(Path.of(source), rules);
        if (!violations.isEmpty()) {
            throw new AssertionError(why + "\n  " + String.join("\n  ", violations));
        }
    }

    static List<String> violations(Path source, String config) throws IOException, CheckstyleException {
        if (!Files.isRegularFile(source)) {
            throw new AssertionError("cannot find " + source + " (run from the assignment's folder)");
        }
        Path decoded = Files.createTempDirectory("lock-rule-").resolve(source.getFileName().toString());
        try {
            Files.writeString(decoded, decodeUnicodeEscapes(Files.readString(source)));
            return violations(decoded, source.getFileName().toString(), config);
        } finally {
            Files.delete(decoded);
            Files.delete(decoded.getParent());
        }
    }

    /**
     * The text javac reads (JLS 3.3): each unicode escape (a backslash, one or more u's, four hex
     * digits) becomes its character, unless an odd number of backslashes comes right before it.
     */
    static String decodeUnicodeEscapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int hex = i + 1;
                while (hex < text.length() && text.charAt(hex) == 'u') {
                    hex++;
                }
                if (hex + 4 <= text.length() && text.substring(hex, hex + 4).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(text.substring(hex, hex + 4), 16));
                    i = hex + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> violations(Path source, String shownAs, String rules)
            throws IOException, CheckstyleException {
        Configuration config;
        try (InputStream xml = LockRule.class.getResourceAsStream(rules)) {
            config = ConfigurationLoader.loadConfiguration(new InputSource(xml),
                    new PropertiesExpander(new Properties()), ConfigurationLoader.IgnoredModulesOptions.OMIT);
        }
        Checker checker = new Checker();
        List<String> found = new ArrayList<>();
        try {
            checker.setModuleClassLoader(Checker.class.getClassLoader());
            checker.configure(config);
            checker.addListener(new Collector(source, shownAs, found));
            checker.process(List.of(source.toFile()));
        } finally {
            checker.destroy();
        }
        return found;
    }

    private record Collector(Path source, String shownAs, List<String> found) implements AuditListener {
        @Override
        public void addError(AuditEvent event) {
            found.add(!WHOLE_FILE_RULE.equals(event.getModuleId())
                    ? shownAs + ":" + event.getLine() + ": " + event.getMessage() + ": " + line(event.getLine()).strip()
                    : shownAs + ": " + event.getMessage());
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
            found.add(shownAs + ": could not be checked: " + throwable.getMessage());
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
