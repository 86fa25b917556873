package racecourse.grader.mutants;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import racecourse.grader.check.Json;

/** The run's reports: a table on the console, {@code mutants.json} and {@code mutants.md}. */
public final class MutantReport {
    private MutantReport() {
    }

    /** One mutant as the JSON report lists it. */
    record Entry(String id, String assignment, String operator, String origin, String file, String site,
                 boolean compiles, int runs, int caught, Map<String, Integer> caughtBy, Double medianSecondsToCatch,
                 List<Double> secondsToCatch, String equivalentBecause, String problem, String diff) {
        static Entry of(MutantResult r) {
            Mutant m = r.mutant();
            return new Entry(m.id(), m.assignment(), m.operator(), m.origin().name(), m.file().toString(), m.site(),
                    r.compiles(), r.runs(), r.caught(), r.caughtBy(),
                    r.secondsToCatch().isEmpty() ? null : r.medianSecondsToCatch(), r.secondsToCatch(),
                    r.equivalentBecause(), r.problem(), m.diff());
        }
    }

    /**
     * The graded mutants of earlier runs ({@code mutants.json} in each folder: the course workflow's shards),
     * matched by id to {@code compiled}, today's mutants, and judged against today's list of equivalents.
     * A mutant graded in several runs counts as the last folder graded it (a re-grading after checks were
     * added replaces the run before it). Fails on a graded mutant no longer generated.
     */
    public static List<MutantResult> merge(List<MutantResult> compiled, List<Path> folders) throws IOException {
        Map<String, MutantResult> byId = new LinkedHashMap<>();
        compiled.forEach(r -> byId.put(r.mutant().id(), r));
        Map<String, MutantResult> graded = new LinkedHashMap<>();
        for (Path folder : folders) {
            Entry[] entries = Json.compact().readValue(folder.resolve("mutants.json").toFile(), Entry[].class);
            for (Entry e : entries) {
                MutantResult now = byId.get(e.id());
                if (now == null) {
                    throw new IOException(folder + ": " + e.id() + " is not generated any more: grade it again");
                }
                MutantResult result = new MutantResult(now.mutant(), null, e.runs(), e.caught(),
                        new TreeMap<>(e.caughtBy()), e.secondsToCatch() == null ? List.of() : e.secondsToCatch(),
                        now.equivalentBecause());
                graded.put(e.id(), result);
            }
        }
        return compiled.stream().map(r -> graded.get(r.mutant().id())).filter(Objects::nonNull).toList();
    }

    public static void table(List<MutantResult> graded, PrintWriter out) {
        out.printf("%-20s %-34s %-28s %7s %8s  %s%n", "assignment", "operator", "origin", "caught", "median s",
                "site / caught by");
        for (MutantResult r : graded) {
            Mutant m = r.mutant();
            out.printf("%-20s %-34s %-28s %3d/%-3d %8s  %s%n", m.assignment(), m.operator(), m.origin().name(),
                    r.caught(), r.runs(), r.secondsToCatch().isEmpty() ? "-"
                            : String.format("%.1f", r.medianSecondsToCatch()), m.site());
            if (!r.caughtBy().isEmpty()) {
                out.printf("%96s  by %s%n", "", String.join(", ", r.caughtBy().keySet()));
            }
        }
    }

    public static void write(List<MutantResult> compiled, List<MutantResult> graded, int repeat, Path out)
            throws IOException {
        Files.createDirectories(out);
        Json.indented()
                .writeValue(out.resolve("mutants.json").toFile(), graded.stream().map(Entry::of).toList());
        StringBuilder md = new StringBuilder("# Mutants\n\n").append(KillMatrix.counts(compiled)).append('\n')
                .append(KillMatrix.caught(graded, repeat, "this run")).append('\n');
        List<MutantResult> problems = graded.stream().filter(r -> r.problem() != null).toList();
        md.append("## Problems (").append(problems.size()).append(")\n\n");
        problems.forEach(r -> md.append("- `").append(r.mutant().id()).append("`: ").append(r.problem()).append('\n'));
        md.append("\n## Listed as equivalent\n\n");
        graded.stream().filter(MutantResult::listedEquivalent).forEach(r -> md.append("- `").append(r.mutant().id())
                .append("`: ").append(r.equivalentBecause()).append('\n'));
        md.append("\n## Every graded mutant, least often caught first\n\n");
        graded.stream().sorted(Comparator.comparingDouble(r -> (double) r.caught() / Math.max(1, r.runs())))
                .forEach(r -> md.append("### `").append(r.mutant().id()).append("`\n\ncaught ").append(r.caught())
                        .append('/').append(r.runs()).append(r.caughtBy().isEmpty() ? ""
                                : " by " + String.join(", ", r.caughtBy().keySet()))
                        .append(r.secondsToCatch().isEmpty() ? "" : String.format(", median %.1f s",
                                r.medianSecondsToCatch()))
                        .append("\n\n```diff\n").append(r.mutant().diff()).append("```\n\n"));
        Files.writeString(out.resolve("mutants.md"), md);
    }
}
