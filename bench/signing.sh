#!/usr/bin/env bash
# Signing 100 PDFs with the office's seal (issue 21: under 10 s), one after another, each recorded in PostgreSQL.
exec "$(dirname "$0")/run-test-main.sh" vn.motcua.signatures.bench.SigningBenchmark "$@"
