#!/usr/bin/env bash
# JMH: appointments of 15 working days spanning Tết, one thread (issue 3: ≥ 1,000,000 per second).
# Usage: bench/appointments.sh [extra JMH options]
exec "$(dirname "$0")/run-test-main.sh" org.openjdk.jmh.Main AppointmentBenchmark \
    -rf json -rff target/jmh-appointments.json "$@"
