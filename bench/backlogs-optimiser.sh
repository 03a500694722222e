#!/bin/sh
# See bench/RESULTS-backlogs.md. Usage: bench/backlogs-optimiser.sh [arguments of org.thusong.bench.OptimiserBenchmark]
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.OptimiserBenchmark "$@"
