package racecourse.support;

/**
 * A failed check that carries its diagnosis as data, for the report's pictures: the interleaving
 * that broke an operation, or the locks stuck threads hold and wait for. The message still tells
 * it all in words.
 */
public final class DiagnosedFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient Interleaving interleaving;
    private final transient LockGraph locks;

    public DiagnosedFailure(String message, Interleaving interleaving, LockGraph locks) {
        super(message);
        this.interleaving = interleaving;
        this.locks = locks;
    }

    /** The interleaving model checking found, or null. */
    public Interleaving interleaving() {
        return interleaving;
    }

    /** The locks the stuck threads hold and wait for, or null. */
    public LockGraph locks() {
        return locks;
    }
}
