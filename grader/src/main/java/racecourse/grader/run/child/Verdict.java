package racecourse.grader.run.child;

/**
 * A check's verdict as the child saw it. {@code limit} names the limit a check hit
 * ("deadline", "heap"), or is null. {@code exhaustedJvm}: the JVM should not run
 * another check.
 */
record Verdict(String status, String message, String diagnosis, String limit, boolean exhaustedJvm) {
    static Verdict pass() {
        return new Verdict("pass", null, null, null, false);
    }
}
