package racecourse.grader.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void runnerIdsAreAlphanumeric() {
        assertEquals("a01", Assignment.runnerId("01-shared-counter"));
        assertEquals("a07", Assignment.runnerId("07-bank-transfers"));
    }
}
