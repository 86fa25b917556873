#!/usr/bin/env python3
"""Classroom 50 autograder for racecourse.

Classroom 50's runner starts this script in the student's checkout and publishes
./result.json (schema classroom50/result/v1); exit 0 means grading ran, whatever
the score, and non-zero "could not grade".

The grade is computed by the course's own copy, kept beside this script in the
config repository (autograders/<assignment>/course/, written by
`./grade export --platform classroom50`), which students cannot change. From the
checkout it takes only the files students edit, as `./grade --submission` does:
the checkout's ./grade, tests, support classes and build, any file added to an
assignment, a result.json left in the repository, are never run or read. The
result lists every changed or added file it ignored ("ignored").

Arguments are passed on to ./grade (assignment ids, --only CHECK,...).
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

COURSE = Path(__file__).resolve().parent / "course"


def main() -> int:
    checkout = Path.cwd()
    published = [checkout / "result.json", checkout / "release-body.md"]
    for stale in published:
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="racecourse-") as scratch:
        reports = Path(scratch) / "grading"
        # Exit 0: full marks, 1: points lost (both graded), 2: could not grade.
        status = subprocess.run(["bash", str(COURSE / "grade"), "--submission", str(checkout),
                                 "--out", str(reports), *sys.argv[1:]]).returncode
        result = reports / "classroom50" / "result.json"
        if status not in (0, 1) or not result.is_file():
            print(f"racecourse could not grade this submission (grade exited {status})", file=sys.stderr)
            return 1
        # Written last, over anything the student's code may have left there while it ran.
        shutil.copyfile(result, published[0])
        if (reports / "summary.md").is_file():
            shutil.copyfile(reports / "summary.md", published[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
