package racecourse.grader.mutants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a graded mutant is a problem: a survivor not listed, a listed one caught, one caught only sometimes. */
class SurvivorRulesTest {
    private static final Mutant MUTANT = new Mutant(new Origin("01-shared-counter", Origin.SOLUTION, Path.of(".")),
            Path.of("src/C.java"), "remove-lock-pair", "C.add: lock.lock();", "a\n", "b\n");

    private static MutantResult graded(int caught, String equivalentBecause) {
        return new MutantResult(MUTANT, null, 3, caught, new TreeMap<>(), List.of(), equivalentBecause);
    }

    @Test
    void aMutantCaughtEveryRunOrAListedSurvivorIsFine() {
        assertNull(graded(3, null).problem());
        assertNull(graded(0, "cannot throw").problem());
        assertNull(new MutantResult(MUTANT, "line 3: error", 0, 0, new TreeMap<>(), List.of(), null).problem());
    }

    @Test
    void anUnlistedSurvivorAListedCatchAndAnOccasionalCatchAreProblems() {
        assertTrue(graded(0, null).problem().startsWith("survived every run"));
        assertTrue(graded(1, "cannot throw").problem().startsWith("listed as equivalent"));
        assertTrue(graded(2, null).problem().startsWith("caught in only 2/3 runs"));
    }

    @Test
    void equivalentsAreReadByIdWithTheirReasonAndAnEntryWithoutAReasonIsRefused(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve(Equivalents.FILE), "# comment\n\n" + MUTANT.id() + " => cannot throw\n");
        assertEquals(Map.of(MUTANT.id(), "cannot throw"), Equivalents.read(dir));
        Files.writeString(dir.resolve(Equivalents.FILE), MUTANT.id() + "\n");
        assertThrows(IOException.class, () -> Equivalents.read(dir));
    }

    @Test
    void theKillMatrixSectionKeepsItsMeasuredPartWhenOnlyTheCountsAreWritten() {
        String doc = "x\n" + KillMatrix.BEGIN + "\nold counts\n" + KillMatrix.CAUGHT + " / graded: old\n"
                + KillMatrix.END + "\ny\n";
        assertEquals("x\n" + KillMatrix.BEGIN + "\n\nnew counts\n\n" + KillMatrix.CAUGHT + " / graded: old\n\n"
                + KillMatrix.END + "\ny\n", KillMatrix.replaceSection(doc, "new counts\n", null));
    }
}
