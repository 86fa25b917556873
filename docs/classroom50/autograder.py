#!/usr/bin/env python3
"""Classroom 50 autograder for racecourse.

Classroom 50's runner starts this script in the student's checkout and expects
./result.json (schema classroom50/result/v1) and an exit status of 0 whenever
grading ran, whatever the score; a non-zero exit means "could not grade".
The racecourse grader writes that file itself (target/grading/classroom50/);
this script only runs it and hands the file over, with the Markdown summary as
the release notes. Put it at <classroom>/autograders/<assignment>/autograder.py
in your Classroom 50 config repository, with the assignment's runtime java 17.
"""
import shutil
import subprocess
import sys
from pathlib import Path

REPORTS = Path("target/grading")

# Exit 0: full marks, 1: points lost (both graded), 2: could not grade.
status = subprocess.run(["bash", "./grade", "--out", str(REPORTS)]).returncode
result = REPORTS / "classroom50" / "result.json"
if status not in (0, 1) or not result.is_file():
    print(f"racecourse could not grade this submission (grade exited {status})", file=sys.stderr)
    sys.exit(1)
shutil.copyfile(result, "result.json")
if (REPORTS / "summary.md").is_file():
    shutil.copyfile(REPORTS / "summary.md", "release-body.md")
