package racecourse.grader.mutants;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit critical section as the course writes it: an acquisition ({@code lock.lock();},
 * {@code lockInterruptibly()}, a Semaphore's {@code acquire()}, or {@code if (!lock.tryLock(...)) return ...;})
 * directly followed by a {@code try} whose {@code finally} releases the same lock.
 */
record Guard(Statement acquisition, Expression lock, String acquire, TryStmt section, ExpressionStmt release) {
    static final Set<String> ACQUIRE = Set.of("lock", "lockInterruptibly", "acquire", "acquireUninterruptibly");
    static final Set<String> RELEASE = Set.of("unlock", "release");

    /** Every guard of the unit, in source order. */
    static List<Guard> in(CompilationUnit unit) {
        List<Guard> guards = new ArrayList<>();
        for (BlockStmt block : unit.findAll(BlockStmt.class)) {
            NodeList<Statement> statements = block.getStatements();
            for (int i = 0; i + 1 < statements.size(); i++) {
                Statement acquisition = statements.get(i);
                if (statements.get(i + 1) instanceof TryStmt section) {
                    acquisitionCall(acquisition).flatMap(call -> guard(acquisition, call, section))
                            .ifPresent(guards::add);
                }
            }
        }
        return guards;
    }

    private static Optional<Guard> guard(Statement acquisition, MethodCallExpr call, TryStmt section) {
        Expression lock = call.getScope().orElseThrow();
        return section.getFinallyBlock().flatMap(fin -> fin.getStatements().stream()
                .filter(s -> s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr m
                        && RELEASE.contains(m.getNameAsString()) && m.getArguments().isEmpty()
                        && m.getScope().map(scope -> scope.toString().equals(lock.toString())).orElse(false))
                .map(s -> new Guard(acquisition, lock, call.getNameAsString().startsWith("try") ? "lock"
                        : call.getNameAsString(), section, (ExpressionStmt) s))
                .findFirst());
    }

    /** {@code x.lock();} (no arguments: a FileLock's {@code lock(0, n, false)} is not one) or {@code if (!x.tryLock(..)) ...}. */
    static Optional<MethodCallExpr> acquisitionCall(Statement statement) {
        if (statement instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
                && ACQUIRE.contains(call.getNameAsString()) && call.getArguments().isEmpty()
                && call.getScope().isPresent()) {
            return Optional.of(call);
        }
        if (statement instanceof IfStmt test && test.getCondition() instanceof UnaryExpr not
                && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && not.getExpression() instanceof MethodCallExpr call && call.getNameAsString().equals("tryLock")
                && call.getScope().isPresent()) {
            return Optional.of(call);
        }
        return Optional.empty();
    }

    /** A fresh statement {@code <lock>.<method>();}. */
    ExpressionStmt call(String method) {
        return new ExpressionStmt(new MethodCallExpr(lock.clone(), method));
    }

    /** Removes the release from the finally; a try left with nothing to do becomes a plain block. */
    void dropRelease() {
        release.remove();
        unwrapIfEmpty(section);
    }

    /**
     * Puts {@code statement} first in {@code block}. (JavaParser's lexical preservation loses the
     * indentation of a statement added at the front, and of the one that was first; replacing the
     * first statement and adding it back second keeps both.)
     */
    static void addFirst(BlockStmt block, Statement statement) {
        if (block.getStatements().isEmpty()) {
            block.addStatement(statement);
            return;
        }
        Statement first = block.getStatement(0);
        first.replace(statement);
        block.getStatements().add(1, first);
    }

    static void unwrapIfEmpty(TryStmt section) {
        boolean emptyFinally = section.getFinallyBlock().map(b -> b.getStatements().isEmpty()).orElse(true);
        if (emptyFinally && section.getCatchClauses().isEmpty() && section.getResources().isEmpty()) {
            section.replace(section.getTryBlock());
        }
    }
}
