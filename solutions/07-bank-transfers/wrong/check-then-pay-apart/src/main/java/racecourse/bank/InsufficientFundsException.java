package racecourse.bank;

/** A transfer asked for more than the paying account holds. Nothing was changed. */
public class InsufficientFundsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InsufficientFundsException(String message) {
        super(message);
    }
}
