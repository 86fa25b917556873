package racecourse.grader.mutants;

import java.nio.file.Path;

/**
 * One mutant: a correct fix ({@code origin}: the solution or a {@code right/} fix) with one
 * site of one file changed by one operator. Its {@code id} is stable across edits elsewhere in the
 * file: operator, origin, file and the site as code (the enclosing method and the code there, with
 * an occurrence number when the same code appears twice), never a line number.
 */
public record Mutant(Origin origin, Path file, String operator, String site, String original, String mutated) {
    /** {@code operator origin File.java Type.method: code}, e.g. {@code remove-lock-pair solution SharedCounter.java SharedCounter.add: lock.lock();}. */
    public String id() {
        return operator + " " + origin.name() + " " + file.getFileName() + " " + site;
    }

    public String assignment() {
        return origin.assignment();
    }

    /** A short unified diff of the change: the changed lines only, with their line numbers. */
    public String diff() {
        return Diffs.shortDiff(original, mutated);
    }
}
