package racecourse.grader.cli;

import picocli.CommandLine;

/**
 * The entrance of {@code ./grade}: parses the command line into {@link GradeCommand} or one of its
 * subcommands and turns whatever goes wrong into the contract's exit status 2, with a message.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs {@code ./grade args}; returns its exit status. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new GradeCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        int cannotGrade = ExitStatus.CANNOT_GRADE.code();
        commandLine.getSubcommands().values().forEach(sub -> sub.setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                    cmd.getErr().println("grade " + cmd.getCommandName() + ": failed: " + e.getMessage());
                    return cannotGrade;
                }));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("grade: could not grade: " + e.getMessage());
            return cannotGrade;
        });
        commandLine.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("grade: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return cannotGrade;
        });
        return commandLine.execute(args);
    }
}
