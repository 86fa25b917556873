#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image.
set -euo pipefail
apt-get update -q
apt-get install -y -q openjdk-17-jdk-headless
# A zip may not keep the executable bit; Gradescope executes run_autograder directly.
chmod +x /autograder/run_autograder 2>/dev/null || true
cd /autograder/source/racecourse
chmod +x mvnw grade
# Warm the Maven cache and build the grader, so grading needs no network.
./mvnw -q -B -pl grader -am -DskipTests install
