#!/bin/sh
# Planning benchmark: quarterly and annual reports of 50 and 500 KPIs (PDF, XLSX).
# Usage: bench/planning-reports.sh [rounds]   (results: bench/RESULTS-planning.md)
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.PlanningBenchmark reports "$@"
