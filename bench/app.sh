# Sourced by the benchmarks: builds the application once and starts it (demo profile, no demo history) on a fresh
# embedded PostgreSQL in a temporary folder, waits until it is ready, and stops it and removes the folder on exit.
# Before sourcing: port and pgport; after: java (the JDK's java), data (the folder), app (the process id).
# Extra application arguments: BENCH_APP_ARGS and the array app_args; JVM arguments: BENCH_JVM_ARGS.
./motcua mvn -q -DskipTests package >/dev/null
java="$(./motcua java-home)/bin/java"
data="$(mktemp -d)"
"$java" ${BENCH_JVM_ARGS:-} -jar target/motcua.jar --spring.profiles.active=demo --motcua.demo.history=false --server.port="$port" \
  --motcua.embedded-postgres.data-directory="$data/pg" --motcua.embedded-postgres.port="$pgport" \
  --motcua.embedded-postgres.archive-wal=false --motcua.files.directory="$data/files" \
  --logging.level.motcua.requests=WARN "${app_args[@]}" ${BENCH_APP_ARGS:-} >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { tail -30 "$data/app.log"; exit 1; }
  sleep 0.2
done
