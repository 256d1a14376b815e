#!/usr/bin/env bash
# Catalogue search p95 with 5,000 procedures (issue 4: < 50 ms server time), over HTTP on localhost.
exec "$(dirname "$0")/run-test-main.sh" vn.motcua.catalogue.bench.CatalogueSearchBenchmark "$@"
