#!/bin/sh
# The census service-access import beside a plain COPY of the same file (bench/RESULTS-backlogs.md).
# Usage: bench/backlogs-import.sh [rounds]
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.BacklogImportBenchmark "$@"
