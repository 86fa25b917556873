package racecourse.support;

/** The work of one racing thread; {@code index} is 0..threads-1. */
@FunctionalInterface
public interface WorkerBody {
    void run(int index) throws Exception;
}
