# shellcheck shell=bash
# `./parceliq chaos [flags]`: a mixed client workload through the API while faults strike the stack
# (worker SIGKILLs, Temporal and PostgreSQL restarts, carrier outages, webhook receivers down),
# then the invariants. See docs/reliability.md and docs/adr/0022-chaos-harness.md.
#
# It runs on a stack of its own with the test stack's settings (seconds-long webhook retries and
# tracking grace) in .data/chaos (PARCELIQ_CHAOS_DATA_DIR), on the test stack's ports
# (PARCELIQ_TEST_<NAME>_PORT), and reuses that stack when it already runs; it leaves it running:
# stop it with `PARCELIQ_DATA_DIR=.data/chaos ./parceliq down`.

readonly PIQ_CHAOS_MAIN=com.parceliq.it.chaos.ChaosRun

cmd_chaos() {
  local start
  start="$(now_ms)"
  export PARCELIQ_TEST_DATA_DIR="${PARCELIQ_CHAOS_DATA_DIR:-$PIQ_ROOT/.data/chaos}"
  test_stack_settings
  chaos_tracking_polls
  select_services
  with_lock "$PIQ_TOOLS/.lock" prepare_tools "${PIQ_ALL_SERVICES[@]}"
  if api_ready && [[ -f "$PIQ_HARNESS_JAR" ]]; then
    info "Reusing the chaos stack in $PIQ_DATA"
    ensure_harness_jar "chaos harness"
  else
    info "Building: ./mvnw -B install -DskipTests"
    (cd "$PIQ_ROOT" && mvnw -B -q -ntp install -DskipTests) || die "the build failed (see above)"
    mkdir -p "$PIQ_ROOT/target" && touch "$PIQ_ROOT/target/.parceliq-build-stamp"
    info "Starting the chaos stack in $PIQ_DATA"
    with_lock "$PIQ_DATA/.lock" stack_up
  fi
  local rc=0
  chaos_run "$@" || rc=$?
  ((rc == 0)) || die "the chaos run found invariant violations or could not run (service logs: $PIQ_DATA/<service>/<service>.log)"
  ok "chaos run clean in $(elapsed_since "$start"); the stack still runs: PARCELIQ_DATA_DIR=$PIQ_DATA ./parceliq down"
}

# The short run of `./parceliq test`, on the test stack the integration tests just used: a few
# minutes, two worker kills and one of every other fault. Last, because it kills services.
test_chaos_short() {
  # PARCELIQ_IT=<pattern> is the quick loop on a few ITs; the chaos run joins it only when asked.
  if [[ -n "${PARCELIQ_IT:-}" && "${PARCELIQ_CHAOS_SHORT:-}" != 1 ]]; then
    info "Chaos (short) skipped with PARCELIQ_IT (set PARCELIQ_CHAOS_SHORT=1 to run it)"
    return
  fi
  info "Chaos (short): workload under faults, then the invariants"
  chaos_run --operations "${PARCELIQ_CHAOS_SHORT_OPERATIONS:-150}" --duration 90s \
    --worker-kills 2 --concurrency 3 --tenants 2 --settle 3m \
    || die "the short chaos run found invariant violations (see above; service logs: $PIQ_DATA/<service>/<service>.log)"
}

# A carrier's tracking push that ParcelIQ answers 503 (PostgreSQL or Temporal restarting) is
# dropped by the sandbox carrier, as by many real ones; the poll schedule is what recovers it. The
# test stack waits a day between polls (TrackingIT triggers them itself), so chaos runs poll every
# 20 s: the workers pick the interval up when they (re)start, which the run's worker kills ensure.
chaos_tracking_polls() {
  export PARCELIQ_TRACKING_POLL_INTERVAL="${PARCELIQ_CHAOS_TRACKING_POLL_INTERVAL:-20s}"
}

# Runs the harness against the current stack; services are killed and restarted through this
# launcher (PARCELIQ_LAUNCHER) with the same environment, so they come back with the same settings.
chaos_run() {
  (
    chaos_tracking_polls
    it_environment
    "$PIQ_JAVA" -cp "$PIQ_HARNESS_JAR" "$PIQ_CHAOS_MAIN" "$@"
  )
}
