package racecourse.grader.mutants;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.List;
import java.util.function.Function;

/**
 * One way to break a lock, with a stable name ({@code remove-lock-pair}, ...): it lists the sites of a
 * source file where it applies, in source order, and each site, applied, mutates the file's tree.
 * A mutant changes one site only; the generator parses the file afresh for each.
 */
public record Operator(String name, Function<CompilationUnit, List<Site>> sites) {
    /** One place to mutate: {@code at} names it (before the change), {@code mutation} makes the change. */
    public record Site(Node at, Runnable mutation) {
    }

    public List<Site> sitesIn(CompilationUnit unit) {
        return sites.apply(unit);
    }
}
