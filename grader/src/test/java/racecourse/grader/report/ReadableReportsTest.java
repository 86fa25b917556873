package racecourse.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import racecourse.grader.check.Status;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;

/** What a student's code prints or throws never breaks a report: JUnit XML parses, summary rows hold. */
class ReadableReportsTest {
    /** NUL, an escape sequence, a form feed, a lone high and a lone low surrogate, U+FFFE, and markup. */
    private static final String HOSTILE = "got \u0000\u001b[31mred\u000c \uD800 \uDC00 \uFFFE <b>&</b> ]]> | cell";

    @Test
    void junitXmlParsesWhateverTheStudentsCodePrinted(@TempDir Path dir) throws Exception {
        JunitXmlReport.write(List.of(result(List.of(check("A#hostile", HOSTILE, HOSTILE, HOSTILE + "\n" + HOSTILE)))), dir);

        Element testcase = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("TEST-01-x.xml").toFile()).getElementsByTagName("testcase").item(0);
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        String kept = "got \uFFFD\uFFFD[31mred\uFFFD \uFFFD \uFFFD \uFFFD <b>&</b> ]]> | cell";
        assertEquals(kept, testcase.getAttribute("name"), "each impossible character becomes U+FFFD, the rest stays");
        assertEquals(kept, failure.getAttribute("message"));
        assertEquals(kept + "\n" + kept, failure.getTextContent());
    }

    @Test
    void summaryCellsHoldTheirRowAndShowMarkupAsText() {
        String md = SummaryMarkdown.render(List.of(result(List.of(check("A#b", "returns <false>",
                "expected: <false> but was: <true>\nsecond line | with a pipe", "the diagnosis: <T> | x\n  at line 2")))));

        String row = md.lines().filter(l -> l.startsWith("| returns")).findFirst().orElseThrow();
        assertEquals("| returns &lt;false&gt; | 0/2 | fail: expected: &lt;false&gt; but was: &lt;true&gt; |", row,
                "one line, HTML escaped: the second line of the message is not in the cell");
        assertTrue(md.contains("<details><summary>returns &lt;false&gt;</summary>\n\n<pre>the diagnosis: &lt;T&gt; | x\n"
                + "  at line 2</pre>\n</details>"), md);
        assertFalse(md.contains("<false>") || md.contains("<T>"), "no student text becomes markup");
    }

    @Test
    void summaryStaysUnderOneMebibyteWithEveryTableAndWholeDetailsBlocks() {
        List<AssignmentResult> results = new ArrayList<>();
        String huge = "x".repeat(200_000);
        for (int a = 0; a < 7; a++) {
            List<CheckResult> checks = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                checks.add(check("A#c" + c, "check " + a + "." + c, "failed " + huge, huge));
            }
            results.add(result(checks));
        }
        String md = SummaryMarkdown.render(results);

        assertTrue(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 1024 * 1024, "under 1 MiB");
        assertEquals(70, md.lines().filter(l -> l.matches("\\| check \\d\\.\\d \\|.*")).count(),
                "every check's row is there");
        assertEquals(md.split("<details>", -1).length, md.split("</details>", -1).length, "no block is cut open");
        assertTrue(md.contains("report.html"), "says where the rest is");
    }

    private static CheckResult check(String id, String name, String message, String diagnosis) {
        return new CheckResult(id, name, CheckKind.JUNIT, Status.FAIL, 0, 2, message, diagnosis, null, 10, null);
    }

    private static AssignmentResult result(List<CheckResult> checks) {
        return new AssignmentResult(AssignmentResult.SCHEMA, "01-x", Status.FAIL, 0, 2 * checks.size(), 1000, null, null,
                checks, List.of(), null, null, null, null, null);
    }
}
