#!/bin/sh
# Dashboard at scale (see bench/README-requests.md). Usage: bench/requests-dashboard.sh [small] [large] [samples]
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.DashboardBenchmark "$@"
