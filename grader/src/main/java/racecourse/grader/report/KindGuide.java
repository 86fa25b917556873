package racecourse.grader.report;

import racecourse.support.CheckKind;

/**
 * What each kind of check is and how to read its failure, in one line: said once per report, at the
 * first failure of that kind, so a student learns to read a litmus table or an interleaving once.
 */
final class KindGuide {
    private KindGuide() {
    }

    static String of(CheckKind kind) {
        return switch (kind) {
            case JUNIT -> "A stress or behaviour test: it runs your class on real threads and checks what came out; "
                    + "the numbers say what was lost or wrong.";
            case JCSTRESS -> "A litmus test (jcstress): a few threads race on one fresh object, hundreds of thousands "
                    + "of times, and every outcome is counted; a forbidden outcome seen even once is a bug, however rare.";
            case LINCHECK -> "Model checking (Lincheck): a few operations run on two threads under many interleavings "
                    + "chosen on purpose; the table is one that breaks, read it top to bottom, one step per row.";
            case RULE -> "A rule about your source code: it reads the code, it does not run it.";
        };
    }
}
