package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;

/**
 * Each handout's "What a run shows" is what its demo really prints: the test runs the demo the
 * way the handout says ({@code ../../mvnw -q compile exec:java} in the assignment's folder) on the
 * starter, and checks the handout's claims about it: which scenes go wrong every run (lose updates,
 * hang and are cut off), which come out right, and which vary from run to run (claimed neither
 * way). A claim must hold in two runs out of at most three: "what the demo prints most runs". Then
 * the demo runs once on the reference solution, where every scene comes out right.
 *
 * <p>A scene is a line {@code <label> expected X, observed Y}; it went wrong when X is not Y.
 * Other sample lines must appear in the real output once numbers and identity hashes are masked.
 */
class DemoHandoutTest {
    private static final Path COURSE = Path.of("..");
    private static final Pattern SCENE = Pattern.compile("^(.*?)\\s*:?\\s+expected\\s+(.+?),?\\s+observed\\s+(.+?)(?:\\s{2,}.*)?$");
    private static final long RUN_SECONDS = 90;

    /** What each handout says about its demo on the starter. */
    static Stream<Arguments> demos() {
        return Stream.of(
                // 01's scenes all vary: the JIT may compile a thread's loop to read the count once and
                // write it once, and then only threads that overlap in time lose updates (CI saw the
                // barrier scene lose nothing in two runs in a row, after 15 of 15 losing).
                claims("01", Set.of(), Set.of("5 workers behind a barrier x 100000 increments",
                        "10 threads x 1000 increments", "100 threads x 100 increments")),
                claims("02", Set.of("end value"), Set.of()),
                claims("03", Set.of("readings counted", "sum of the totals"),
                        Set.of("record() calls that threw", "sensors in the log")),
                claims("04", Set.of("an impatient band: tryRecordNow() while the studio is taken",
                        "the next band: record() after the failure", "studio busy at the end"), Set.of()),
                claims("05", Set.of("idle workers, 500 ms with nothing to take"), Set.of("join()", "items processed")),
                claims("06", Set.of("3 processes x 2 threads, 0.5 s"), Set.of("value at end", "array at end")),
                claims("07", Set.of("200 transfers"), Set.of()));
    }

    private static Arguments claims(String id, Set<String> wrongEveryRun, Set<String> varying) {
        return Arguments.of(id, wrongEveryRun, varying);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theHandoutShowsWhatTheDemoPrints(String id, Set<String> wrongEveryRun, Set<String> varying) throws Exception {
        Assignment assignment = Course.at(COURSE).find(id);
        List<String> sample = sampleRun(assignment.moduleDir().resolve("README.md"));
        Map<String, Boolean> shown = scenes(sample);
        for (String label : wrongEveryRun) {
            assertEquals(Boolean.TRUE, shown.get(label), "the handout's sample must show this scene going wrong: " + label);
        }
        shown.forEach((label, wrong) -> {
            if (!wrongEveryRun.contains(label) && !varying.contains(label)) {
                assertEquals(Boolean.FALSE, wrong, "the handout's sample shows a scene wrong that the demo gets right: " + label);
            }
        });

        List<String> disagreements = new ArrayList<>();
        int agreeing = 0;
        for (int run = 1; run <= 3 && agreeing < 2 && disagreements.size() < 2; run++) {
            List<String> printed = runStarterDemo(assignment.moduleDir());
            String disagreement = disagreement(sample, shown, wrongEveryRun, varying, printed);
            if (disagreement == null) {
                agreeing++;
            } else {
                disagreements.add("run " + run + ": " + disagreement + "\n" + String.join("\n", printed));
            }
        }
        assertTrue(agreeing >= 2, "the demo's output disagrees with the handout in most runs:\n"
                + String.join("\n\n", disagreements));

        List<String> fixed = runFixedDemo(assignment);
        scenes(fixed).forEach((label, wrong) -> assertEquals(Boolean.FALSE, wrong,
                "on the reference solution every scene must come out right: " + label + "\n" + String.join("\n", fixed)));
        assertTrue(scenes(fixed).keySet().containsAll(shown.keySet()),
                "the fixed demo prints every scene the handout shows:\n" + String.join("\n", fixed));
    }

    /** Why one run of the demo disagrees with the handout, or null when it agrees. */
    private static String disagreement(List<String> sample, Map<String, Boolean> shown, Set<String> wrongEveryRun,
            Set<String> varying, List<String> printed) {
        Map<String, Boolean> real = scenes(printed);
        if (!real.keySet().equals(shown.keySet())) {
            return "scenes printed " + real.keySet() + ", handout shows " + shown.keySet();
        }
        for (Map.Entry<String, Boolean> scene : real.entrySet()) {
            String label = scene.getKey();
            boolean expectedWrong = wrongEveryRun.contains(label);
            if (!varying.contains(label) && scene.getValue() != expectedWrong) {
                return label + (expectedWrong ? " came out right" : " went wrong");
            }
        }
        List<String> maskedOutput = printed.stream().map(DemoHandoutTest::masked).toList();
        for (String line : sample) {
            if (!SCENE.matcher(line).matches() && !maskedOutput.contains(masked(line))) {
                return "the demo never printed a line like \"" + line + "\"";
            }
        }
        return null;
    }

    /** The first code block under "## What a run shows". */
    private static List<String> sampleRun(Path handout) throws IOException {
        String text = Files.readString(handout);
        int section = text.indexOf("## What a run shows");
        assertTrue(section >= 0, handout + " has no \"What a run shows\" section");
        int open = text.indexOf("```\n", section);
        int close = text.indexOf("```", open + 4);
        return text.substring(open + 4, close).lines().filter(line -> !line.isBlank()).toList();
    }

    /** Scene label to "went wrong", in the order printed. */
    private static Map<String, Boolean> scenes(List<String> lines) {
        Map<String, Boolean> scenes = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher scene = SCENE.matcher(line.strip());
            if (scene.matches()) {
                scenes.put(scene.group(1).strip(), !scene.group(2).strip().equals(scene.group(3).strip()));
            }
        }
        return scenes;
    }

    private static String masked(String line) {
        return line.strip().replaceAll("@[0-9a-f]+", "@#").replaceAll("\\d+(\\.\\d+)?", "#");
    }

    /** The handout's own command, in the assignment's folder. */
    private static List<String> runStarterDemo(Path module) throws Exception {
        String wrapper = COURSE.resolve("mvnw").toAbsolutePath().normalize().toString();
        return run(new ProcessBuilder(wrapper, "-q", "-B", "compile", "exec:java").directory(module.toFile()));
    }

    /** The demo compiled with the reference's student files in place of the starter's. */
    private static List<String> runFixedDemo(Assignment assignment) throws Exception {
        Path classes = Files.createTempDirectory("racecourse-demo-");
        try {
            Path main = assignment.moduleDir().resolve("src/main/java");
            Path solution = Course.at(COURSE).solutionDir(assignment);
            List<String> sources = new ArrayList<>();
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Path fromSolution = solution.resolve("src/main/java").resolve(main.relativize(file));
                    sources.add((Files.exists(fromSolution) ? fromSolution : file).toString());
                });
            }
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
            arguments.addAll(sources);
            assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return run(new ProcessBuilder(java, "-cp", classes.toString(), demoClass(assignment)));
        } finally {
            Folders.deleteQuietly(classes);
        }
    }

    private static String demoClass(Assignment assignment) throws IOException {
        Matcher demo = Pattern.compile("<racecourse.demo>(.+?)</racecourse.demo>")
                .matcher(Files.readString(assignment.moduleDir().resolve("pom.xml")));
        assertTrue(demo.find(), "the module names its demo in <racecourse.demo>");
        return demo.group(1);
    }

    /** Runs to the end (a demo cuts off its own hangs), output and errors as lines. */
    private static List<String> run(ProcessBuilder command) throws Exception {
        Path output = Files.createTempFile("racecourse-demo-", ".txt");
        try {
            Process process = command.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("the demo ran over " + RUN_SECONDS + " s: a demo must cut off its own hangs and say so");
            }
            return Files.readString(output, StandardCharsets.UTF_8).lines().toList();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
