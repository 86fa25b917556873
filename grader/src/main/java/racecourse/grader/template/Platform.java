package racecourse.grader.template;

import java.util.Optional;

/**
 * Where a template's grade of record is kept, and so which grading workflow it ships: one per
 * platform, never two that compete (two gradings of every push, two red crosses, and under
 * Classroom 50 or Gradescope a third grading by the platform itself).
 */
public enum Platform {
    /** Plain GitHub Actions: {@code grade.yml} grades every push; the instructor's regrade is the grade of record. */
    ACTIONS("grade.yml", "GitHub Actions grades every push as feedback: the run's summary shows your points, and the "
            + "`grading-report` artifact holds the full report. Your grade is the course's own regrade of your "
            + "repository."),
    /** GitHub Classroom: its {@code classroom.yml} only, which also uploads the report. */
    CLASSROOM("classroom.yml", "GitHub Actions grades every push and reports the points to GitHub Classroom; the "
            + "`grading-report` artifact holds the full report."),
    /** Classroom 50: its own runner grades, with the course's copy kept in the instructor's config repository. */
    CLASSROOM50(null, "Submit as your course says (`gh student submit`): Classroom 50 grades your submission with "
            + "the course's own copy of everything but the files you edit."),
    /** Gradescope: the autograder zip grades uploads; no workflow. */
    GRADESCOPE(null, "Upload the files you edit to Gradescope: it grades them with the course's own copy of "
            + "everything else.");

    private final String workflow;
    private final String pushing;

    Platform(String workflow, String pushing) {
        this.workflow = workflow;
        this.pushing = pushing;
    }

    /** The grading workflow this platform needs in a student repository, if any. */
    Optional<String> workflow() {
        return Optional.ofNullable(workflow);
    }

    /** What the student README says happens when work is handed in. */
    String handingIn() {
        return pushing;
    }
}
