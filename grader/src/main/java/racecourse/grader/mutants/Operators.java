package racecourse.grader.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every operator, by its stable name: the concurrency mutation operators of ConMAn (Bradbury, Cordy
 * and Dingel, "Mutation operators for concurrent Java", 2006) as they apply to this course's locks.
 */
public final class Operators {
    private Operators() {
    }

    public static List<Operator> all() {
        return Stream.of(LockOperators.all(), WaitOperators.all(), FieldOperators.all())
                .flatMap(List::stream).toList();
    }

    /** The operators named (all when none is), failing on an unknown name with the list of known ones. */
    public static List<Operator> named(Set<String> names) {
        if (names.isEmpty()) {
            return all();
        }
        List<String> known = all().stream().map(Operator::name).toList();
        List<String> unknown = new ArrayList<>(names);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no operator " + unknown + "; operators: " + String.join(", ", known));
        }
        return all().stream().filter(op -> names.contains(op.name())).toList();
    }
}
