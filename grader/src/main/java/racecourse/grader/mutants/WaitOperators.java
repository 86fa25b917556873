package racecourse.grader.mutants;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import racecourse.grader.mutants.Operator.Site;

/** The operators that break waiting: the re-check, the wake-up, the timeout. */
final class WaitOperators {
    private static final Set<String> WAITS = Set.of("await", "awaitNanos", "awaitUninterruptibly", "awaitUntil",
            "wait");
    private static final Set<String> SIGNALS = Set.of("signal", "signalAll", "notify", "notifyAll");

    private WaitOperators() {
    }

    /** {@code while (cond) await();} to {@code if}: a waiter woken early, or by another's signal, goes on wrongly. */
    static final Operator WHILE_TO_IF_AWAIT = new Operator("while-to-if-await", unit -> unit
            .findAll(WhileStmt.class).stream()
            .filter(loop -> loop.getBody().findAll(MethodCallExpr.class).stream()
                    .anyMatch(call -> WAITS.contains(call.getNameAsString())))
            .map(loop -> new Site(loop, () -> loop.replace(new IfStmt(loop.getCondition().clone(),
                    loop.getBody().clone(), null))))
            .toList());

    /** {@code signalAll()}/{@code notifyAll()} to {@code signal()}/{@code notify()}: one waiter woken, maybe the wrong one. */
    static final Operator SIGNALALL_TO_SIGNAL = new Operator("signalall-to-signal", unit -> unit
            .findAll(MethodCallExpr.class).stream()
            .filter(call -> call.getArguments().isEmpty()
                    && (call.getNameAsString().equals("signalAll") || call.getNameAsString().equals("notifyAll")))
            .map(call -> new Site(call, () -> call.setName(call.getNameAsString().replace("All", ""))))
            .toList());

    /** Removes one wake-up: a waiter sleeps on. */
    static final Operator REMOVE_SIGNAL = new Operator("remove-signal", unit -> unit
            .findAll(ExpressionStmt.class).stream()
            .filter(s -> s.getExpression() instanceof MethodCallExpr call && call.getArguments().isEmpty()
                    && SIGNALS.contains(call.getNameAsString()))
            .map(s -> new Site(s, s::remove))
            .toList());

    /** {@code tryLock(timeout, unit)} to {@code tryLock()}: gives up at once instead of waiting its time. */
    static final Operator TRYLOCK_TIMEOUT_TO_TRYLOCK = new Operator("trylock-timeout-to-trylock", unit -> unit
            .findAll(MethodCallExpr.class).stream()
            .filter(call -> call.getNameAsString().equals("tryLock") && call.getArguments().size() == 2)
            .map(call -> new Site(call, () -> call.getArguments().clear()))
            .toList());

    /** {@code tryLock()} to {@code tryLock(1, SECONDS)}: waits where it must give up at once. */
    static final Operator TRYLOCK_TO_TRYLOCK_TIMEOUT = new Operator("trylock-to-trylock-timeout", unit -> unit
            .findAll(MethodCallExpr.class).stream()
            .filter(call -> call.getNameAsString().equals("tryLock") && call.getArguments().isEmpty())
            .map(call -> new Site(call, () -> {
                call.addArgument("1");
                call.addArgument("java.util.concurrent.TimeUnit.SECONDS");
            }))
            .toList());

    /**
     * A tryLock (timed or not) to {@code lock()}: waits forever where it must give up. {@code if (!l.tryLock(..)) ...}
     * becomes {@code l.lock();}; {@code if (l.tryLock(..)) body} takes the lock, then runs body
     * ({@code if (true)}, so that code after a body that returns stays reachable for the compiler).
     */
    static final Operator TRYLOCK_TO_LOCK = new Operator("trylock-to-lock", unit -> {
        List<Site> sites = new ArrayList<>();
        for (IfStmt test : unit.findAll(IfStmt.class)) {
            boolean negated = test.getCondition() instanceof UnaryExpr not
                    && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT;
            var tested = negated ? ((UnaryExpr) test.getCondition()).getExpression() : test.getCondition();
            if (tested instanceof MethodCallExpr call && call.getNameAsString().equals("tryLock")
                    && call.getScope().isPresent()) {
                ExpressionStmt lock = new ExpressionStmt(new MethodCallExpr(call.getScope().get().clone(), "lock"));
                sites.add(new Site(test, negated ? () -> test.replace(lock) : () -> {
                    test.setCondition(new BooleanLiteralExpr(true));
                    BlockStmt taken = new BlockStmt();
                    taken.addStatement(lock);
                    taken.addStatement(test.clone());
                    test.replace(taken);
                }));
            }
        }
        return sites;
    });

    static List<Operator> all() {
        return List.of(WHILE_TO_IF_AWAIT, SIGNALALL_TO_SIGNAL, REMOVE_SIGNAL, TRYLOCK_TIMEOUT_TO_TRYLOCK,
                TRYLOCK_TO_TRYLOCK_TIMEOUT, TRYLOCK_TO_LOCK);
    }
}
