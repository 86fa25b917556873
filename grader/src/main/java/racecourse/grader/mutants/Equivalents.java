package racecourse.grader.mutants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The surviving mutants an instructor has judged still correct, with why, kept beside the solution in
 * {@code equivalent-mutants.txt}: one per line, {@code <mutant id> => <reason>}; {@code #} starts a comment.
 * A survivor that is really wrong does not belong here: it is a missing check.
 */
public final class Equivalents {
    public static final String FILE = "equivalent-mutants.txt";
    static final String SEPARATOR = " => ";

    private Equivalents() {
    }

    /** Entries that name no generated mutant any more (the code or an operator changed): to remove or rename. */
    public static List<String> stale(Map<String, Path> solutionDirs, List<MutantResult> generated) throws IOException {
        Set<String> ids = new HashSet<>();
        generated.forEach(r -> ids.add(r.mutant().id()));
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, Path> solution : solutionDirs.entrySet()) {
            for (String id : read(solution.getValue()).keySet()) {
                if (!ids.contains(id)) {
                    stale.add(id + ": listed in " + solution.getKey() + "/" + FILE + ", but no such mutant is "
                            + "generated any more: remove or rename it");
                }
            }
        }
        return stale;
    }

    /** Mutant id to reason, in file order; empty when there is no file. */
    public static Map<String, String> read(Path solutionDir) throws IOException {
        Path file = solutionDir.resolve(FILE);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return reasons;
        }
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int at = entry.indexOf(SEPARATOR);
            if (at < 0 || entry.substring(at + SEPARATOR.length()).isBlank()) {
                throw new IOException(file + ":" + number + ": expected '<mutant id>" + SEPARATOR
                        + "<why it is still correct>', got: " + entry);
            }
            reasons.put(entry.substring(0, at).strip(), entry.substring(at + SEPARATOR.length()).strip());
        }
        return reasons;
    }
}
