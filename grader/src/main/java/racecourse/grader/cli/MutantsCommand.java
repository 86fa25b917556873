package racecourse.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import racecourse.grader.Grader;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.mutants.Equivalents;
import racecourse.grader.mutants.KillMatrix;
import racecourse.grader.mutants.MutantCompiler;
import racecourse.grader.mutants.MutantReport;
import racecourse.grader.mutants.MutantResult;
import racecourse.grader.mutants.MutationRun;
import racecourse.grader.mutants.Operators;

/**
 * {@code ./grade mutants}: mutation testing of the course's checks. Breaks each correct fix one
 * lock at a time (racecourse.grader.mutants), grades every mutant that compiles N times, and fails
 * on a survivor not listed as equivalent, or a listed one that is now caught.
 */
@Command(name = "mutants", mixinStandardHelpOptions = true,
        description = "Grades mutants of every correct fix (one lock broken at a time) N times; fails on an unlisted survivor.")
final class MutantsCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CourseOptions courseOptions;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "gradings of each mutant (default: 3)")
    private int repeat;

    @Option(names = "--operator", paramLabel = "NAME", split = ",", description = "only these operators (default: all)")
    private Set<String> operators = new LinkedHashSet<>();

    @Option(names = "--shard", paramLabel = "K/N", description = "grade only the K-th of N equal shares of the mutants (CI)")
    private String shard = "1/1";

    @Option(names = "--sample", description = "grade one mutant per operator and assignment: the first that compiles "
            + "and is not listed as equivalent")
    private boolean sample;

    @Option(names = "--ids", paramLabel = "FILE", description = "grade only the mutants whose ids are listed in FILE, "
            + "one per line (to re-grade the survivors of a run after adding checks)")
    private Path ids;

    @Option(names = "--merge", paramLabel = "DIR", split = ",", description = "grade nothing: merge the mutants.json "
            + "of earlier runs (the course workflow's shards; a later DIR's grading of a mutant replaces an earlier "
            + "one's) into one report and kill matrix")
    private List<Path> merge = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "where mutants.json and mutants.md go (default: target/mutants)")
    private Path out;

    @Option(names = "--write", paramLabel = "FILE", description = "replace the kill matrix of FILE: its counts always, "
            + "what was caught only after a full run (--repeat 0: counts only, no grading)")
    private Path write;

    @Override
    public Integer call() throws Exception {
        MutationRun.Selection selection = selection();
        Course course = courseOptions.course();
        List<Assignment> chosen = courseOptions.assignments(course);
        boolean everyAssignment = chosen.equals(course.assignments());
        boolean every = operators.isEmpty() && everyAssignment;
        if (write != null && !every) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--write counts every assignment and operator: drop the IDs and --operator");
        }
        PrintWriter console = new PrintWriter(System.out, true);
        Path scratch = Files.createTempDirectory("racecourse-mutants-");
        try (MutantCompiler compiler = new MutantCompiler()) {
            MutationRun run = new MutationRun(course, Operators.named(operators), compiler, scratch);
            List<MutantResult> compiled = run.compileAll(chosen);
            long compiling = compiled.stream().filter(MutantResult::compiles).count();
            List<MutantResult> graded;
            int runs = repeat;
            if (merge.isEmpty()) {
                List<MutantResult> picked = repeat == 0 ? List.of() : MutationRun.select(compiled, selection);
                if (ids != null) {
                    Set<String> wanted = Files.readAllLines(ids).stream().map(String::strip)
                            .filter(line -> !line.isEmpty()).collect(Collectors.toSet());
                    picked = picked.stream().filter(r -> wanted.contains(r.mutant().id())).toList();
                }
                console.printf("%d mutants, %d compile; grading %d of them %d times%n", compiled.size(), compiling,
                        picked.size(), repeat);
                Grader grader = Grader.of(course, scratch.resolve("grading"));
                Map<String, Assignment> byId = chosen.stream()
                        .collect(Collectors.toMap(Assignment::id, Function.identity()));
                graded = run.grade(picked, byId, repeat,
                        (assignment, folder) -> grader.grade(assignment, Grader.Source.solution(folder), List.of()),
                        console);
            } else {
                graded = MutantReport.merge(compiled, merge);
                runs = graded.stream().mapToInt(MutantResult::runs).min().orElse(0);
                console.printf("%d mutants, %d compile; merged %d graded ones from %d runs%n", compiled.size(),
                        compiling, graded.size(), merge.size());
            }
            boolean full = every && runs > 0 && graded.size() == compiling;
            MutantReport.table(graded, console);
            Path reports = out != null ? out : courseOptions.root().resolve("target/mutants");
            MutantReport.write(compiled, graded, runs, reports);
            List<String> problems = new ArrayList<>(graded.stream().filter(r -> r.problem() != null)
                    .map(r -> r.mutant().id() + ": " + r.problem()).toList());
            if (operators.isEmpty()) {
                problems.addAll(Equivalents.stale(chosen.stream().collect(Collectors.toMap(Assignment::id,
                        course::solutionDir)), compiled));
            }
            if (write != null) {
                Files.writeString(write, KillMatrix.replaceSection(Files.readString(write), KillMatrix.counts(compiled),
                        full ? KillMatrix.caught(graded, runs, (merge.isEmpty() ? "measured " : "merged from "
                                + merge.size() + " runs, a later run's grading of a mutant replacing an earlier one's, ")
                                + LocalDate.now(ZoneOffset.UTC)) : null));
            }
            problems.forEach(p -> console.println("PROBLEM " + p));
            console.printf("%d graded, %d caught every run, %d listed equivalent, %d problems; reports: %s%n",
                    graded.size(), graded.stream().filter(MutantResult::caughtEveryRun).count(),
                    graded.stream().filter(MutantResult::listedEquivalent).count(), problems.size(),
                    reports.toAbsolutePath().normalize());
            return (problems.isEmpty() ? ExitStatus.OK : ExitStatus.POINTS_LOST).code();
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    private MutationRun.Selection selection() {
        String[] parts = shard.split("/");
        try {
            int k = Integer.parseInt(parts[0]);
            int n = Integer.parseInt(parts[1]);
            if (parts.length == 2 && n >= 1 && k >= 1 && k <= n) {
                return new MutationRun.Selection(k, n, sample);
            }
        } catch (RuntimeException malformed) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--shard takes K/N with 1 <= K <= N, got " + shard);
    }
}
