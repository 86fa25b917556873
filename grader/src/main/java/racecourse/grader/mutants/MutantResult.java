package racecourse.grader.mutants;

import java.util.List;
import java.util.SortedMap;

/**
 * How one mutant fared: whether it compiles (else {@code compileErrors}), in how many of {@code runs}
 * gradings it lost points, which checks caught it ({@code "Class#method (kind)"} to the number of runs
 * they failed) and the grading time of each run that caught it.
 */
public record MutantResult(Mutant mutant, String compileErrors, int runs, int caught,
                           SortedMap<String, Integer> caughtBy, List<Double> secondsToCatch, String equivalentBecause) {
    public boolean compiles() {
        return compileErrors == null;
    }

    public boolean caughtEveryRun() {
        return compiles() && caught == runs;
    }

    public boolean listedEquivalent() {
        return equivalentBecause != null;
    }

    /** What is wrong with this result, or null: a survivor not listed, or a listed one that was caught. */
    public String problem() {
        if (!compiles() || runs == 0) {
            return null;
        }
        if (listedEquivalent()) {
            return caught == 0 ? null : "listed as equivalent in " + Equivalents.FILE + ", yet caught in " + caught
                    + "/" + runs + " runs: remove it from the list";
        }
        if (caught == runs) {
            return null;
        }
        return caught == 0 ? "survived every run: add a check that catches it, or list it in " + Equivalents.FILE
                + " with the reason it is still correct"
                : "caught in only " + caught + "/" + runs + " runs: a check that catches it must do so every run";
    }

    public double medianSecondsToCatch() {
        List<Double> sorted = secondsToCatch.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
