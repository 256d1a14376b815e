#!/usr/bin/env bash
# JMH: appointments of 15 working days spanning Tết, one thread (issue 3: ≥ 1,000,000 per second).
# Usage: bench/appointments.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
./motcua mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
JAVA_HOME="$(./motcua java-home)"
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.openjdk.jmh.Main AppointmentBenchmark -rf json -rff target/jmh-appointments.json "$@"
