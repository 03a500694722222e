#!/bin/sh
# Point → ward lookup benchmark (see bench/README-geography.md). Usage: bench/geography-lookup.sh [points] [rounds]
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.BoundaryLookupBenchmark "$@"
