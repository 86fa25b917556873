package racecourse.grader.classreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static racecourse.grader.classreport.SyntheticResults.result;
import static racecourse.grader.classreport.SyntheticResults.verdicts;
import static racecourse.grader.classreport.SyntheticResults.write;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * class-report.html in a real browser (Debian's headless Chromium): it renders, and the grades and
 * the score distributions read back from the browser's DOM match grades.csv. Skipped where
 * /usr/bin/chromium is missing, unless RACECOURSE_REQUIRE_BROWSER=1 (CI), where that fails.
 */
class ClassReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern GRADE = Pattern.compile(
            "data-student=\"([^\"]*)\" data-assignment=\"([^\"]*)\" data-score=\"([^\"]*)\"");
    private static final Pattern TOTAL = Pattern.compile("data-student=\"([^\"]*)\" data-total=\"([^\"]*)\"");
    private static final Pattern CHART = Pattern.compile(
            "<svg class=\"distribution\" data-assignment=\"([^\"]*)\"(.*?)</svg>", Pattern.DOTALL);
    private static final Pattern BAR = Pattern.compile("data-score=\"(\\d+)\" data-count=\"(\\d+)\"");

    @Test
    void rendersAndShowsTheNumbersOfTheCsv(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("1".equals(System.getenv("RACECOURSE_REQUIRE_BROWSER"))) {
                fail("RACECOURSE_REQUIRE_BROWSER=1 but " + CHROMIUM + " is missing: apt-get install -y chromium");
            }
            Assumptions.abort("no " + CHROMIUM + " (set RACECOURSE_REQUIRE_BROWSER=1 to require it)");
        }
        List<String> students = List.of("alice", "bob", "<b>carol & \"dave\"</b>", "eve");
        Instant noon = Instant.parse("2026-11-20T12:00:00Z");
        for (int s = 0; s < students.size(); s++) {
            write(dir.resolve("results/" + students.get(s) + "/01-shared-counter.json"),
                    result("01-shared-counter", verdicts(6, s + 2), "sha" + s, noon, List.of()));
            if (s != 1) {
                write(dir.resolve("results/" + students.get(s) + "/02-database-value.json"),
                        result("02-database-value", verdicts(4, 4 - s), "shb" + s, noon,
                                s == 3 ? List.of("assignments/02-database-value/pom.xml") : List.of()));
            }
        }
        Path out = dir.resolve("report");
        ClassReport.read(dir.resolve("results")).write(out);
        Path page = out.resolve("class-report.html");

        String dom = chromium(dir, "--dump-dom", page.toUri().toString());
        Path screenshot = dir.resolve("page.png");
        chromium(dir, "--screenshot=" + screenshot, "--window-size=1200,1600", page.toUri().toString());

        assertTrue(dom.contains("racecourse class report"), "the browser rendered the page:\n" + dom);
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot with something on it");
        Map<String, Map<String, String>> csv = csvScores(out.resolve("grades.csv"));
        assertEquals(csv, domScores(dom), "the grades in the page are the CSV's");
        assertEquals(histograms(csv), domHistograms(dom), "the distributions in the page count the CSV's scores");
        assertTrue(dom.contains("assignments/02-database-value/pom.xml"), "eve is flagged as tampered");
    }

    /** student to column (assignment or total) to cell, as grades.csv has them. */
    private static Map<String, Map<String, String>> csvScores(Path csv) throws Exception {
        Map<String, Map<String, String>> scores = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                Map<String, String> cells = new TreeMap<>(row.toMap());
                scores.put(cells.remove(GradesCsv.STUDENT), cells);
            }
        }
        return scores;
    }

    private static Map<String, Map<String, String>> domScores(String dom) {
        Map<String, Map<String, String>> scores = new TreeMap<>();
        for (Matcher m = GRADE.matcher(dom); m.find(); ) {
            scores.computeIfAbsent(unescape(m.group(1)), s -> new TreeMap<>()).put(unescape(m.group(2)), m.group(3));
        }
        for (Matcher m = TOTAL.matcher(dom); m.find(); ) {
            scores.computeIfAbsent(unescape(m.group(1)), s -> new TreeMap<>()).put(GradesCsv.TOTAL, m.group(2));
        }
        return scores;
    }

    /** assignment to score to how many students have it (scores only, no zero counts). */
    private static Map<String, Map<Integer, Integer>> histograms(Map<String, Map<String, String>> csv) {
        Map<String, Map<Integer, Integer>> histograms = new TreeMap<>();
        csv.values().forEach(row -> row.forEach((column, cell) -> {
            if (!column.equals(GradesCsv.TOTAL) && !cell.isEmpty()) {
                histograms.computeIfAbsent(column, c -> new TreeMap<>()).merge(Integer.parseInt(cell), 1, Integer::sum);
            }
        }));
        return histograms;
    }

    private static Map<String, Map<Integer, Integer>> domHistograms(String dom) {
        Map<String, Map<Integer, Integer>> histograms = new TreeMap<>();
        for (Matcher chart = CHART.matcher(dom); chart.find(); ) {
            Map<Integer, Integer> counts = histograms.computeIfAbsent(unescape(chart.group(1)), a -> new TreeMap<>());
            for (Matcher bar = BAR.matcher(chart.group(2)); bar.find(); ) {
                if (!bar.group(2).equals("0")) {
                    counts.put(Integer.parseInt(bar.group(1)), Integer.parseInt(bar.group(2)));
                }
            }
        }
        return histograms;
    }

    /** Attribute values as Chromium serialises them. */
    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }

    private static String chromium(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile-")));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "chromium-", ".out");
        Process chromium = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("chromium did not finish in 90 s: " + command);
        }
        assertEquals(0, chromium.exitValue(), "chromium " + String.join(" ", args));
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
