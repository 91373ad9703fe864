# shellcheck shell=bash
# `./parceliq test`: every test on the real services, in a stack of its own, and
# `./parceliq bench`: the purchase benchmark (ParcelIQ and a bare Temporal baseline) against the running stack.

# Ports of the test stack: a running dev stack (8080, 7233, ...) is never touched. Each can be
# moved with PARCELIQ_TEST_<NAME>_PORT, e.g. PARCELIQ_TEST_API_PORT=28080.
readonly PIQ_TEST_PORTS=(
  PARCELIQ_API_PORT=18080 PARCELIQ_WORKERS_PORT=18081 PARCELIQ_TEMPORAL_PORT=17233
  PARCELIQ_TEMPORAL_UI_PORT=18233 PARCELIQ_PG_PORT=55442 PARCELIQ_S3_PORT=19000
  PARCELIQ_SIMULATOR_PORT=18090 PARCELIQ_IDENTITY_PORT=18091
)

cmd_test() {
  local start
  start="$(now_ms)"
  # 1. Tools, before the long build, so a missing one fails fast.
  select_services
  with_lock "$PIQ_TOOLS/.lock" prepare_tools "${PIQ_ALL_SERVICES[@]}"
  with_lock "$PIQ_TOOLS/.lock" ensure_chromium

  # 2. Unit tests, architecture tests, formatting check, and the jars the stack runs.
  # PARCELIQ_IT=<pattern> runs only the matching integration tests, after a build without unit
  # tests: a quick loop while working on one feature, never what CI runs.
  local unit=() its=()
  if [[ -n "${PARCELIQ_IT:-}" ]]; then
    unit=(-DskipTests)
    its=("-Dit.test=$PARCELIQ_IT" -Dfailsafe.failIfNoSpecifiedTests=false)
  fi
  info "Unit tests and packaging: ./mvnw -B install ${unit[*]}"
  (cd "$PIQ_ROOT" && mvnw -B -ntp install "${unit[@]}") || die "the build or a unit test failed (see above)"
  mkdir -p "$PIQ_ROOT/target" && touch "$PIQ_ROOT/target/.parceliq-build-stamp"

  # 3. A fresh, isolated stack.
  test_use_isolated_stack
  trap test_stop_stack EXIT
  info "Starting the test stack in $PIQ_DATA"
  with_lock "$PIQ_DATA/.lock" stack_up

  # 4. The integration tests, with what they need to reach (and kill/restart) the services.
  info "Integration tests: ./mvnw -B verify -pl store,activities,integration-tests -DskipITs=false"
  local rc=0
  (
    cd "$PIQ_ROOT"
    it_environment
    mvnw -B -ntp verify -pl store,activities,integration-tests -DskipITs=false "${its[@]}"
  ) || rc=$?

  # 5. The trap stops the stack; its logs stay in the data directory until the next run.
  if ((rc != 0)); then
    die "integration tests failed (service logs: $PIQ_DATA/<service>/<service>.log)"
  fi
  test_fuzz_short
  test_chaos_short
  ok "all tests passed in $(elapsed_since "$start")"
}

# What the integration tests read (StackConfig in integration-tests) to reach the stack, and
# to kill and restart its services through the launcher.
it_environment() {
  PARCELIQ_API_URL="$(api_base_url)"
  PARCELIQ_WORKERS_URL="$(workers_base_url)"
  PARCELIQ_SIMULATOR_URL="$(simulator_base_url)"
  PARCELIQ_IDENTITY_URL="$(identity_base_url)"
  PARCELIQ_S3_ENDPOINT="$(s3_endpoint)"
  PARCELIQ_S3_ACCESS_KEY="$PIQ_S3_ACCESS_KEY"
  PARCELIQ_S3_SECRET_KEY="$PIQ_S3_SECRET_KEY"
  PARCELIQ_S3_REGION="$PIQ_S3_REGION"
  PARCELIQ_S3_LABELS_BUCKET="$PIQ_S3_LABELS_BUCKET"
  PARCELIQ_TEMPORAL_TARGET="127.0.0.1:$PARCELIQ_TEMPORAL_PORT"
  PARCELIQ_TEMPORAL_NAMESPACE="$PIQ_TEMPORAL_NAMESPACE"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PARCELIQ_PG_PORT/$PIQ_PG_DB"
  PARCELIQ_LAUNCHER="$PIQ_ROOT/parceliq"
  PARCELIQ_DATA_DIR="$PIQ_DATA"
  # The browser test opens the Web UI and drives Debian's Chromium (ensure_chromium).
  PARCELIQ_TEMPORAL_UI_URL="http://127.0.0.1:$PARCELIQ_TEMPORAL_UI_PORT"
  PARCELIQ_TEMPORAL_CLI="${PIQ_TEMPORAL:-}"
  PARCELIQ_CHROMIUM="$PIQ_CHROMIUM"
  PARCELIQ_CHROMEDRIVER="$PIQ_CHROMEDRIVER"
  export PARCELIQ_TEMPORAL_UI_URL PARCELIQ_TEMPORAL_CLI PARCELIQ_CHROMIUM PARCELIQ_CHROMEDRIVER
  export PARCELIQ_API_URL PARCELIQ_WORKERS_URL PARCELIQ_SIMULATOR_URL PARCELIQ_IDENTITY_URL PARCELIQ_S3_ENDPOINT \
    PARCELIQ_S3_ACCESS_KEY PARCELIQ_S3_SECRET_KEY PARCELIQ_S3_REGION PARCELIQ_S3_LABELS_BUCKET \
    PARCELIQ_TEMPORAL_TARGET PARCELIQ_TEMPORAL_NAMESPACE QUARKUS_DATASOURCE_JDBC_URL \
    PARCELIQ_LAUNCHER PARCELIQ_DATA_DIR PARCELIQ_ADMIN_KEY
}

# Switches this launcher to the test stack: its own data directory (wiped) and ports.
test_use_isolated_stack() {
  test_stack_settings
  # A stack left over from an interrupted run would hold the ports and files.
  with_lock "$PIQ_DATA/.lock" stack_down
  postgres_wipe
  rm -rf "$PIQ_DATA"
  config_init "$PIQ_ROOT"
  select_services
}

# The test stack's ports and settings (test time scales), without touching its data directory:
# also what `./parceliq chaos` runs its own stack with (dev-services/lib/chaos.sh).
test_stack_settings() {
  local entry var override
  for entry in "${PIQ_TEST_PORTS[@]}"; do
    var="${entry%%=*}"
    override="PARCELIQ_TEST_${var#PARCELIQ_}"
    printf -v "$var" '%s' "${!override:-${entry#*=}}"
    export "${var?}"
  done
  export PARCELIQ_DATA_DIR="${PARCELIQ_TEST_DATA_DIR:-$PIQ_ROOT/.data/test}"
  # Test-mode accounts of the real carriers (UPS, FedEx, USPS) reach the carrier stub that the
  # integration tests serve on this port, never the carriers' own test environments.
  export PARCELIQ_CARRIER_STUB_PORT="${PARCELIQ_TEST_CARRIER_STUB_PORT:-18095}"
  local carrier
  for carrier in UPS FEDEX USPS; do
    export "PARCELIQ_CARRIERS_${carrier}_TEST_BASE_URL=http://127.0.0.1:$PARCELIQ_CARRIER_STUB_PORT/${carrier,,}"
  done
  # Tracking on a test's time scale: a delivered shipment completes after seconds, and a parcel
  # without news for seconds is stale. The poll schedule itself waits a day: TrackingIT triggers it
  # when it means to, so no other test sees polled updates arrive under it.
  export PARCELIQ_TRACKING_COMPLETION_GRACE="${PARCELIQ_TRACKING_COMPLETION_GRACE:-5s}"
  export PARCELIQ_TRACKING_STALE_AFTER="${PARCELIQ_TRACKING_STALE_AFTER:-5s}"
  export PARCELIQ_TRACKING_POLL_INTERVAL="${PARCELIQ_TRACKING_POLL_INTERVAL:-24h}"
  # Claims ask the carrier for its decision every 10 s, so ClaimsIT sees the simulator's
  # sbx:claim_approve=2 decision within seconds; the 30-day deadline is proven with time skipping.
  # Not faster: the claims the suite leaves open keep polling the simulator, and at one call per
  # second each their failures during another IT's brief outage open the sandbox circuit breaker.
  export PARCELIQ_CLAIMS_CARRIER_POLL_INTERVAL="${PARCELIQ_CLAIMS_CARRIER_POLL_INTERVAL:-PT10S}"
  # Webhook retries in seconds, not hours, so WebhooksIT sees several attempts and an outage end
  # quickly; the 72-hour schedule itself is proven with time skipping (WebhookDeliveryWorkflowTest).
  export PARCELIQ_WEBHOOKS_RETRY_INITIAL="${PARCELIQ_WEBHOOKS_RETRY_INITIAL:-200ms}"
  export PARCELIQ_WEBHOOKS_RETRY_CAP="${PARCELIQ_WEBHOOKS_RETRY_CAP:-2s}"
  export PARCELIQ_WEBHOOKS_RETRY_MAX_AGE="${PARCELIQ_WEBHOOKS_RETRY_MAX_AGE:-10m}"
  export PARCELIQ_WEBHOOKS_THROTTLE_WAIT="${PARCELIQ_WEBHOOKS_THROTTLE_WAIT:-200ms}"
  # Rate limits far above anything the suite sends, so no test meets them by accident; RateLimitIT
  # proves them with a key of its own low rate and with failures from a client address of its own.
  export PARCELIQ_RATE_LIMITS_TENANT_PER_SECOND="${PARCELIQ_RATE_LIMITS_TENANT_PER_SECOND:-10000}"
  export PARCELIQ_RATE_LIMITS_TENANT_BURST="${PARCELIQ_RATE_LIMITS_TENANT_BURST:-20000}"
  export PARCELIQ_RATE_LIMITS_KEY_PER_SECOND="${PARCELIQ_RATE_LIMITS_KEY_PER_SECOND:-10000}"
  export PARCELIQ_RATE_LIMITS_KEY_BURST="${PARCELIQ_RATE_LIMITS_KEY_BURST:-20000}"
  export PARCELIQ_RATE_LIMITS_AUTH_FAILURES_PER_MINUTE="${PARCELIQ_RATE_LIMITS_AUTH_FAILURES_PER_MINUTE:-200}"
  # Logs as in production (JSON, LogsIT reads them), and spans to the OTLP/HTTP receiver that
  # TracingIT serves on this port, batched briefly so a trace arrives within a second.
  export QUARKUS_LOG_CONSOLE_JSON_ENABLED=true
  export PARCELIQ_TEST_OTLP_PORT="${PARCELIQ_TEST_OTLP_PORT:-18318}"
  export PARCELIQ_OTLP_ENDPOINT="http://127.0.0.1:$PARCELIQ_TEST_OTLP_PORT"
  export PARCELIQ_OTLP_BATCH_DELAY="${PARCELIQ_OTLP_BATCH_DELAY:-200ms}"
  # The build just ran; later launcher calls from the tests must not rebuild mid-run.
  export PARCELIQ_SKIP_BUILD=1 PARCELIQ_PG_FAST=1
  unset PARCELIQ_SERVICES
  config_init "$PIQ_ROOT"
}

test_stop_stack() {
  local rc=$?
  trap - EXIT
  info "Stopping the test stack (logs stay in $PIQ_DATA)"
  with_lock "$PIQ_DATA/.lock" stack_down >/dev/null || true
  exit "$rc"
}

# The jar of the harnesses (benchmarks, chaos, fuzz: integration-tests' main sources).
readonly PIQ_HARNESS_JAR="$PIQ_ROOT/integration-tests/target/parceliq-bench.jar"

# Builds that jar when it is missing or its sources changed since; $1 names it in messages.
ensure_harness_jar() {
  local what="$1"
  if [[ ! -f "$PIQ_HARNESS_JAR" ]] || [[ -n "$(find "$PIQ_ROOT/integration-tests/src/main" "$PIQ_ROOT/integration-tests/pom.xml" \
    -type f -newer "$PIQ_HARNESS_JAR" -print -quit 2>/dev/null)" ]]; then
    info "Building the $what (integration-tests)"
    (cd "$PIQ_ROOT" && mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true package -pl integration-tests) \
      || die "could not build the $what"
    [[ -f "$PIQ_HARNESS_JAR" ]] || die "the build did not produce $PIQ_HARNESS_JAR"
  fi
}

cmd_bench() {
  if [[ "${1:-}" == "rating" ]]; then
    shift
    cmd_bench_rating "$@"
    return
  fi
  if [[ "${1:-}" == "webhooks" ]]; then
    shift
    cmd_bench_webhooks "$@"
    return
  fi
  if [[ "${1:-}" == "archival" ]]; then
    shift
    cmd_bench_archival "$@"
    return
  fi
  if [[ "${1:-}" == "reconciliation" ]]; then
    shift
    cmd_bench_reconciliation "$@"
    return
  fi
  ensure_java
  config_admin_key
  api_ready || die "the API does not answer on $(api_base_url); start the stack first: ./parceliq up"
  ensure_harness_jar benchmark
  info "Purchase benchmark against $(api_base_url)"
  # The benchmark runs its own bare Temporal worker in the stack's Temporal as the baseline.
  PARCELIQ_API_URL="$(api_base_url)" PARCELIQ_SIMULATOR_URL="$(simulator_base_url)" \
    PARCELIQ_TEMPORAL_TARGET="${PARCELIQ_TEMPORAL_TARGET:-127.0.0.1:$PARCELIQ_TEMPORAL_PORT}" \
    PARCELIQ_TEMPORAL_NAMESPACE="$PIQ_TEMPORAL_NAMESPACE" \
    PARCELIQ_ADMIN_KEY="$PARCELIQ_ADMIN_KEY" "$PIQ_JAVA" -jar "$PIQ_HARNESS_JAR" "$@"
}

# Builds, starts a benchmark's own isolated stack (the test stack's ports and data directory) and
# runs its harness against it. $3 names a function that adjusts the stack's settings first.
bench_on_isolated_stack() {
  local what="$1" harness="$2" settings="$3" start
  shift 3
  start="$(now_ms)"
  select_services
  with_lock "$PIQ_TOOLS/.lock" prepare_tools "${PIQ_ALL_SERVICES[@]}"
  info "Building: ./mvnw -B install -DskipTests"
  (cd "$PIQ_ROOT" && mvnw -B -q -ntp install -DskipTests) || die "the build failed (see above)"
  mkdir -p "$PIQ_ROOT/target" && touch "$PIQ_ROOT/target/.parceliq-build-stamp"
  test_use_isolated_stack
  "$settings"
  trap test_stop_stack EXIT
  info "Starting the benchmark stack in $PIQ_DATA"
  with_lock "$PIQ_DATA/.lock" stack_up
  local rc=0
  (
    it_environment
    "$PIQ_JAVA" -cp "$PIQ_HARNESS_JAR" "$harness" "$@"
  ) || rc=$?
  ((rc == 0)) || die "the $what benchmark failed (service logs: $PIQ_DATA/<service>/<service>.log)"
  ok "$what benchmark done in $(elapsed_since "$start")"
}

# The rating benchmark needs carriers it controls: the stubbed UPS, FedEx and USPS the benchmark
# serves. Carrier quotas are lifted there: it measures ParcelIQ's fan-out, not UPS's or USPS's
# published limits. See docs/benchmarks/rating.md.
cmd_bench_rating() {
  bench_on_isolated_stack rating com.parceliq.it.bench.RatingBenchmark lift_carrier_quotas "$@"
}

lift_carrier_quotas() {
  local carrier
  for carrier in UPS FEDEX USPS; do
    export "PARCELIQ_CARRIERS_${carrier}_CALLS_PER_SECOND=1000"
    export "PARCELIQ_CARRIERS_${carrier}_MAX_CONCURRENT_ACTIVITIES=64"
  done
}

# The webhook benchmark: a bench tenant's events at a steady rate through the real emit -> fan-out
# -> delivery path, to a loopback receiver. The stack keeps its production retry schedule (nothing
# fails here); only private URLs are allowed, for the receiver. See docs/benchmarks/webhooks.md.
cmd_bench_webhooks() {
  bench_on_isolated_stack webhooks com.parceliq.it.bench.webhooks.WebhookBenchmark \
    production_webhook_retries "$@"
}

production_webhook_retries() {
  unset PARCELIQ_WEBHOOKS_RETRY_INITIAL PARCELIQ_WEBHOOKS_RETRY_CAP PARCELIQ_WEBHOOKS_RETRY_MAX_AGE \
    PARCELIQ_WEBHOOKS_THROTTLE_WAIT
}

# The archival benchmark: finished shipments seeded into PostgreSQL as a fixture, one operator run
# archiving them to the S3 server while another tenant's reads are timed. See
# docs/benchmarks/archival.md.
cmd_bench_archival() {
  bench_on_isolated_stack archival com.parceliq.it.bench.ArchivalBenchmark true "$@"
}

# The reconciliation benchmark: a tenant's bought labels seeded into PostgreSQL (with their
# label_purchase ledger entries), a generated 1,000,000-line sandbox invoice uploaded through the
# API, lines reconciled per second per phase and the workers' peak memory (VmHWM of their process,
# JVM heap sampled from /q/metrics). See docs/benchmarks/reconciliation.md.
cmd_bench_reconciliation() {
  bench_on_isolated_stack reconciliation com.parceliq.it.bench.reconciliation.ReconciliationBenchmark \
    true "$@"
}
