#!/bin/sh
# Planning benchmark: SDBIP workbook import of 100, 1,000 and 10,000 KPI rows (time, peak heap).
# Usage: bench/planning-import.sh [rounds]   (results: bench/RESULTS-planning.md)
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.PlanningBenchmark import "$@"
