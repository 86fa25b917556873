package racecourse.grader.mutants;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import racecourse.grader.mutants.Operator.Site;

/** The operators that change what a field is: volatile, or a lock shared by every instance or by none. */
final class FieldOperators {
    /** A lock's type, or a map of them: ReentrantLock, ReadWriteLock, StampedLock, Semaphore, a monitor Object. */
    private static final Pattern LOCK_TYPE = Pattern.compile(".*(Lock|Semaphore)\\b.*|Object");

    private FieldOperators() {
    }

    static boolean isLockType(String type) {
        return LOCK_TYPE.matcher(type).matches();
    }

    /** Removes one {@code volatile}: a write may stay unseen by other threads. */
    static final Operator REMOVE_VOLATILE = new Operator("remove-volatile", unit -> unit
            .findAll(FieldDeclaration.class).stream().filter(FieldDeclaration::isVolatile)
            .map(field -> new Site(field.getVariable(0), () -> field.removeModifier(Modifier.Keyword.VOLATILE)))
            .toList());

    /** Makes an instance's lock field static: one lock for every instance (too much exclusion, or a lost guard). */
    static final Operator LOCK_FIELD_STATIC = new Operator("lock-field-static", unit -> lockFields(unit, false)
            .stream().map(field -> new Site(field.getVariable(0), () -> field.setStatic(true))).toList());

    /** Makes a static lock field an instance's: instances that share data no longer share its lock. */
    static final Operator LOCK_FIELD_INSTANCE = new Operator("lock-field-instance", unit -> lockFields(unit, true)
            .stream().map(field -> new Site(field.getVariable(0), () -> field.setStatic(false))).toList());

    private static List<FieldDeclaration> lockFields(CompilationUnit unit, boolean isStatic) {
        return unit.findAll(FieldDeclaration.class).stream()
                .filter(field -> field.isStatic() == isStatic && field.getVariables().size() == 1)
                .filter(field -> isLockType(field.getVariable(0).getTypeAsString()))
                .filter(field -> field.getVariable(0).getInitializer().isPresent())
                .toList();
    }

    /** Drops one FileLock: the try-with-resources that holds it, or the statement that takes it. */
    static final Operator DROP_FILELOCK = new Operator("drop-filelock", unit -> {
        List<Site> sites = new ArrayList<>();
        for (TryStmt section : unit.findAll(TryStmt.class)) {
            for (var resource : section.getResources()) {
                if (resource instanceof VariableDeclarationExpr taken && isFileLock(taken)) {
                    sites.add(new Site(resource, () -> {
                        resource.remove();
                        Guard.unwrapIfEmpty(section);
                    }));
                }
            }
        }
        for (ExpressionStmt statement : unit.findAll(ExpressionStmt.class)) {
            if (statement.getExpression() instanceof VariableDeclarationExpr taken && isFileLock(taken)) {
                String name = taken.getVariable(0).getNameAsString();
                sites.add(new Site(statement, () -> {
                    unit.findAll(ExpressionStmt.class).stream().filter(s -> releases(s, name)).toList()
                            .forEach(Statement::remove);
                    statement.remove();
                }));
            }
        }
        return sites;
    });

    private static boolean isFileLock(VariableDeclarationExpr declaration) {
        VariableDeclarator variable = declaration.getVariable(0);
        return variable.getTypeAsString().equals("FileLock") && variable.getInitializer().isPresent();
    }

    private static boolean releases(ExpressionStmt statement, String lock) {
        return statement.getExpression() instanceof MethodCallExpr call
                && (call.getNameAsString().equals("release") || call.getNameAsString().equals("close"))
                && call.getScope().map(s -> s.toString().equals(lock)).orElse(false);
    }

    static List<Operator> all() {
        return List.of(REMOVE_VOLATILE, LOCK_FIELD_STATIC, LOCK_FIELD_INSTANCE, DROP_FILELOCK);
    }
}
