package racecourse.grader.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which checks a grading runs: {@code --only}, by the ids the console and the result show. */
final class CheckOptions {
    @Option(names = "--only", paramLabel = "CHECK", split = ",",
            description = "run only these check ids (e.g. SharedCounterTest#incrementKeepsEveryUpdate)")
    private List<String> only = new ArrayList<>();

    List<String> only() {
        return List.copyOf(only);
    }
}
