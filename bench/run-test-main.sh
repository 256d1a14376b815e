#!/usr/bin/env bash
# Compiles the tests and runs a main class from them with the test classpath and the chosen JDK.
# Usage: bench/run-test-main.sh <main class> [arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
./motcua mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
JAVA_HOME="$(./motcua java-home)"
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@"
