#!/bin/sh
# An indicator for every municipality and quarter at 100,000 and 10,000,000 values (see bench/README-indicators.md). Usage: bench/indicators-compute.sh [large] [runs]
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.IndicatorComputeBenchmark "$@"
