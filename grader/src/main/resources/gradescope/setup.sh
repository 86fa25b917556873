#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image.
set -euo pipefail
apt-get update -q
apt-get install -y -q openjdk-17-jdk-headless
# Student code runs as this user (run_autograder): it owns nothing of the course,
# the grader's build or /autograder/results, so it can write none of them.
id -u racecourse-student >/dev/null 2>&1 \
  || useradd --system --no-create-home --shell /usr/sbin/nologin racecourse-student
# A zip may not keep the executable bit; Gradescope executes run_autograder directly.
chmod +x /autograder/run_autograder 2>/dev/null || true
cd /autograder/source/racecourse
chmod +x mvnw grade
# Build the grader once, so grading needs no network. Its jars are also the child
# JVMs' classpath: they go where racecourse-student can read them (not /root).
export MAVEN_OPTS="-Dmaven.repo.local=/autograder/maven"
./mvnw -q -B -pl grader -am -DskipTests install
chmod -R a+rX /autograder/source /autograder/maven
