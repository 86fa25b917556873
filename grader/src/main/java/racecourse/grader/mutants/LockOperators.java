package racecourse.grader.mutants;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.ArrayList;
import java.util.List;
import racecourse.grader.mutants.Operator.Site;

/** The operators that break a critical section: where it starts, where it ends, which lock it takes. */
final class LockOperators {
    private LockOperators() {
    }

    /** Removes one acquisition and its release: the section runs unguarded. */
    static final Operator REMOVE_LOCK_PAIR = new Operator("remove-lock-pair", unit -> Guard.in(unit).stream()
            .map(g -> new Site(g.acquisition(), () -> {
                g.acquisition().remove();
                g.dropRelease();
            })).toList());

    /** Removes one {@code synchronized}: a method's modifier, or a block (its body stays). */
    static final Operator REMOVE_SYNCHRONIZED = new Operator("remove-synchronized", unit -> {
        List<Site> sites = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            if (method.isSynchronized()) {
                sites.add(new Site(method.getName(), () -> method.setSynchronized(false)));
            }
        }
        for (SynchronizedStmt block : unit.findAll(SynchronizedStmt.class)) {
            sites.add(new Site(block, () -> block.replace(block.getBody())));
        }
        return sites;
    });

    /** Moves the release from the finally to the end of the section: a throw leaves the lock held. */
    static final Operator UNLOCK_OUTSIDE_FINALLY = new Operator("unlock-outside-finally", unit -> Guard.in(unit)
            .stream().map(g -> new Site(g.release(), () -> {
                NodeList<Statement> body = g.section().getTryBlock().getStatements();
                Statement release = g.call(releaseName(g));
                int at = body.isEmpty() || !exits(body.getLast().orElseThrow()) ? body.size() : body.size() - 1;
                body.add(at, release);
                g.dropRelease();
            })).toList());

    /** Releases and retakes the lock between two statements of a section: two critical sections, not one. */
    static final Operator SPLIT_CRITICAL_SECTION = new Operator("split-critical-section", unit -> {
        List<Site> sites = new ArrayList<>();
        for (Guard g : Guard.in(unit)) {
            NodeList<Statement> body = g.section().getTryBlock().getStatements();
            for (int i = 1; i < body.size(); i++) {
                int gap = i;
                sites.add(new Site(body.get(i), () -> {
                    body.add(gap, g.call(g.acquire()));
                    body.add(gap, g.call(releaseName(g)));
                }));
            }
        }
        return sites;
    });

    /**
     * Guards a method with a lock of its own, made on each call, instead of the shared field:
     * declares a local of the lock field's name and initialiser at the start of each method that takes it.
     */
    static final Operator NEW_LOCK_PER_CALL = new Operator("new-lock-per-call", unit -> {
        List<Site> sites = new ArrayList<>();
        for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
            for (VariableDeclarator lock : field.getVariables()) {
                if (!(lock.getInitializer().orElse(null) instanceof ObjectCreationExpr creation)
                        || !FieldOperators.isLockType(lock.getTypeAsString())) {
                    continue;
                }
                for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
                    if (method.getBody().isPresent() && takes(method, lock.getNameAsString())) {
                        sites.add(new Site(method.getName(), () -> Guard.addFirst(method.getBody().orElseThrow(),
                                new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                                        lock.getType().clone(), lock.getNameAsString(), creation.clone()))))));
                    }
                }
            }
        }
        return sites;
    });

    /** Swaps two nested acquisitions (the outer lock is taken second): a lock order broken. */
    static final Operator SWAP_NESTED_ACQUISITIONS = new Operator("swap-nested-acquisitions", unit -> {
        List<Site> sites = new ArrayList<>();
        List<Guard> guards = Guard.in(unit);
        for (Guard outer : guards) {
            for (Guard inner : guards) {
                if (outer.section().getTryBlock().getStatements().getFirst().orElse(null) == inner.acquisition()
                        && outer.acquisition() instanceof ExpressionStmt a
                        && inner.acquisition() instanceof ExpressionStmt b) {
                    sites.add(new Site(a, () -> {
                        Expression first = a.getExpression().clone();
                        a.setExpression(b.getExpression().clone());
                        b.setExpression(first);
                    }));
                }
            }
        }
        for (SynchronizedStmt outer : unit.findAll(SynchronizedStmt.class)) {
            if (outer.getBody().getStatements().getFirst().orElse(null) instanceof SynchronizedStmt inner) {
                sites.add(new Site(outer, () -> {
                    Expression first = outer.getExpression().clone();
                    outer.setExpression(inner.getExpression().clone());
                    inner.setExpression(first);
                }));
            }
        }
        return sites;
    });

    /**
     * Moves one statement out of a critical section: the first one to before the acquisition,
     * the last one (unless it returns or throws) to after the section.
     */
    static final Operator STATEMENT_OUT_OF_CRITICAL_SECTION = new Operator("statement-out-of-critical-section",
            unit -> {
                List<Site> sites = new ArrayList<>();
                for (Guard g : Guard.in(unit)) {
                    sites.addAll(moveOut(g.section().getTryBlock(), g.acquisition(), g.section()));
                }
                for (SynchronizedStmt block : unit.findAll(SynchronizedStmt.class)) {
                    sites.addAll(moveOut(block.getBody(), block, block));
                }
                return sites;
            });

    private static List<Site> moveOut(BlockStmt body, Statement start, Statement whole) {
        List<Site> sites = new ArrayList<>();
        NodeList<Statement> statements = body.getStatements();
        if (statements.size() < 2 || !(whole.getParentNode().orElse(null) instanceof BlockStmt outside)) {
            return sites;
        }
        Statement first = statements.getFirst().orElseThrow();
        if (movable(first)) {
            sites.add(new Site(first, () -> {
                int at = outside.getStatements().indexOf(start);
                first.remove();
                if (at == 0) {
                    Guard.addFirst(outside, first);
                } else {
                    outside.getStatements().add(at, first);
                }
            }));
        }
        Statement last = statements.getLast().orElseThrow();
        if (movable(last)) {
            sites.add(new Site(last, () -> {
                last.remove();
                outside.getStatements().addAfter(last, whole);
            }));
        }
        return sites;
    }

    /** A plain statement (not a return or throw, not a nested lock's acquisition or section). */
    private static boolean movable(Statement statement) {
        return statement instanceof ExpressionStmt && Guard.acquisitionCall(statement).isEmpty();
    }

    /** Moves an acquisition inside the try whose finally releases it: an interrupted waiter releases what it never held. */
    static final Operator ACQUIRE_INSIDE_TRY = new Operator("acquire-inside-try", unit -> Guard.in(unit).stream()
            .filter(g -> g.acquisition() instanceof ExpressionStmt)
            .map(g -> new Site(g.acquisition(), () -> {
                g.acquisition().remove();
                Guard.addFirst(g.section().getTryBlock(), g.acquisition());
            })).toList());

    private static String releaseName(Guard g) {
        return ((MethodCallExpr) g.release().getExpression()).getNameAsString();
    }

    private static boolean exits(Statement statement) {
        return statement instanceof ReturnStmt || statement instanceof ThrowStmt;
    }

    /** Whether the method takes the lock in field {@code name} ({@code name.lock()}, {@code name.writeLock().lock()}, ...). */
    private static boolean takes(MethodDeclaration method, String name) {
        return method.findAll(MethodCallExpr.class).stream().anyMatch(call -> Guard.ACQUIRE.contains(
                call.getNameAsString()) || call.getNameAsString().equals("tryLock")
                ? call.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)
                        || s.toString().startsWith(name + ".") || s.toString().startsWith("this." + name))
                        .orElse(false)
                : false);
    }

    static List<Operator> all() {
        return List.of(REMOVE_LOCK_PAIR, REMOVE_SYNCHRONIZED, UNLOCK_OUTSIDE_FINALLY, SPLIT_CRITICAL_SECTION,
                NEW_LOCK_PER_CALL, SWAP_NESTED_ACQUISITIONS, STATEMENT_OUT_OF_CRITICAL_SECTION, ACQUIRE_INSIDE_TRY);
    }
}
