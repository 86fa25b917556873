package racecourse.grader.mutants;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import racecourse.grader.build.Workspace;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;

/**
 * Makes the mutants of the chosen assignments' correct fixes, compiles each, and grades each one that
 * compiles N times through the grader's usual path, as a folder of student files; then judges the
 * survivors against {@code equivalent-mutants.txt}.
 */
public final class MutationRun {
    /** Grades a folder of student files, as {@code ./grade --solutions} grades a solution (child JVMs, deadlines). */
    @FunctionalInterface
    public interface Grading {
        AssignmentResult grade(Assignment assignment, Path folder) throws Exception;
    }

    /**
     * Which mutants to grade: shard {@code shard} of {@code shards} (1-based), or the sample: one per operator
     * and assignment, the first that compiles and is not listed as equivalent (those are decided, and the
     * full run checks them).
     */
    public record Selection(int shard, int shards, boolean sample) {
        public static final Selection ALL = new Selection(1, 1, false);
    }

    private final Course course;
    private final MutantGenerator generator;
    private final MutantCompiler compiler;
    private final Path scratch;

    public MutationRun(Course course, List<Operator> operators, MutantCompiler compiler, Path scratch) {
        this.course = course;
        this.generator = new MutantGenerator(operators);
        this.compiler = compiler;
        this.scratch = scratch;
    }

    /** Every mutant of the assignments' fixes, compiled but not graded (runs 0): enough for the counts. */
    public List<MutantResult> compileAll(List<Assignment> assignments) throws IOException {
        List<MutantResult> results = new ArrayList<>();
        for (Assignment assignment : assignments) {
            Path solution = course.solutionDir(assignment);
            Map<String, String> equivalent = Equivalents.read(solution);
            for (Origin origin : Origin.of(assignment.id(), solution)) {
                for (Mutant mutant : generator.mutants(origin)) {
                    Path work = Files.createTempDirectory(scratch, "compile-");
                    String errors = compiler.errors(mutant, assignment.moduleDir(), work);
                    results.add(new MutantResult(mutant, errors, 0, 0, new TreeMap<>(), List.of(),
                            equivalent.get(mutant.id())));
                }
            }
        }
        return results;
    }

    /** The compiled mutants to grade: every one, one shard of them, or the sample. */
    public static List<MutantResult> select(List<MutantResult> compiled, Selection selection) {
        List<MutantResult> compiling = compiled.stream().filter(MutantResult::compiles).toList();
        if (selection.sample()) {
            Set<String> seen = new HashSet<>();
            return compiling.stream().filter(r -> !r.listedEquivalent())
                    .filter(r -> seen.add(r.mutant().assignment() + " " + r.mutant().operator())).toList();
        }
        List<MutantResult> chosen = new ArrayList<>();
        for (int i = 0; i < compiling.size(); i++) {
            if (i % selection.shards() == selection.shard() - 1) {
                chosen.add(compiling.get(i));
            }
        }
        return chosen;
    }

    /** A folder of student files that is the mutant: its origin's files, one of them mutated. */
    public Path studentFiles(Mutant mutant) throws IOException {
        Path folder = Files.createTempDirectory(scratch, "mutant-");
        Workspace.copyTree(mutant.origin().dir().resolve("src"), folder.resolve("src"));
        Files.writeString(folder.resolve(mutant.file()), mutant.mutated());
        return folder;
    }

    /** Grades each mutant {@code repeat} times, printing one line per mutant as it is done. */
    public List<MutantResult> grade(List<MutantResult> chosen, Map<String, Assignment> assignments, int repeat,
                                    Grading grading, PrintWriter out) throws Exception {
        List<MutantResult> graded = new ArrayList<>();
        int done = 0;
        for (MutantResult compiled : chosen) {
            Mutant mutant = compiled.mutant();
            Path folder = studentFiles(mutant);
            Map<String, Integer> caughtBy = new LinkedHashMap<>();
            List<Double> seconds = new ArrayList<>();
            int caught = 0;
            for (int run = 0; run < repeat; run++) {
                long start = System.nanoTime();
                AssignmentResult result = grading.grade(assignments.get(mutant.assignment()), folder);
                if (!result.fullMarks()) {
                    caught++;
                    seconds.add((System.nanoTime() - start) / 1e9);
                    for (CheckResult check : result.tests()) {
                        if (!check.passed()) {
                            caughtBy.merge(check.id() + " (" + check.kind() + ")", 1, Integer::sum);
                        }
                    }
                }
            }
            MutantResult result = new MutantResult(mutant, null, repeat, caught, new TreeMap<>(caughtBy), seconds,
                    compiled.equivalentBecause());
            graded.add(result);
            out.printf("[%d/%d] %s %d/%d %s%s%n", ++done, chosen.size(), mutant.assignment(), caught, repeat,
                    mutant.id(), result.problem() == null ? "" : "\n    " + result.problem());
        }
        return graded;
    }
}
