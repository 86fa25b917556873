package racecourse.grader.run.child;

import racecourse.grader.check.Verdict;

/** A check's verdict, and whether the check left this JVM unfit to run another (memory exhausted). */
record CheckRun(Verdict verdict, boolean exhaustedJvm) {
    static CheckRun of(Verdict verdict) {
        return new CheckRun(verdict, false);
    }
}
