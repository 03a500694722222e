#!/bin/sh
# Indicator values: DHIS2 import beside COPY (see bench/README-indicators.md). Usage: bench/indicators-import.sh [values] [rounds]
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.thusong.bench.IndicatorImportBenchmark "$@"
