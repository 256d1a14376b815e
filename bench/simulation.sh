#!/usr/bin/env bash
# The what-if simulator on a year of Hồng Hà (issue 23: about 12,000 dossiers, 20 replications, under 10 s): reading the
# year and 20 replications of the office as it was and 20 with one counter fewer, timed 5 times on a fresh database.
# Usage: bench/simulation.sh [replications] [repeats]
exec "$(dirname "$0")/run-test-main.sh" vn.motcua.planning.bench.SimulationBenchmark "$@"
