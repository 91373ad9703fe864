# shellcheck shell=bash
# `./parceliq fuzz`: property-based requests generated from the API's own OpenAPI document
# (schemathesis) against the running stack, sent with an attacker tenant's key while a victim
# tenant's rows are watched. See docs/fuzzing.md and docs/adr/0023-api-fuzzing.md.

readonly PIQ_SCHEMATHESIS_VERSION=4.32.5
# Checks that fail the run: no 5xx, every error in the contract's shape (the hooks' custom check),
# answers that the OpenAPI document describes match their schema and content type.
readonly PIQ_FUZZ_CHECKS=not_a_server_error,contract_error_shape,victim_objects_stay_hidden,response_schema_conformance,content_type_conformance

# schemathesis from PyPI in a virtualenv under .tools, as the temporal CLI (tools.sh).
ensure_schemathesis() {
  local base="$PIQ_TOOLS/schemathesis-$PIQ_SCHEMATHESIS_VERSION"
  PIQ_SCHEMATHESIS="$base/venv/bin/schemathesis"
  schemathesis_works && return 0
  have python3 || die "python3 is needed to install schemathesis (PyPI); install python3, python3-venv and python3-pip"
  python3 -m venv --help >/dev/null 2>&1 || die "python3 has no venv module; install python3-venv"
  info "Installing schemathesis $PIQ_SCHEMATHESIS_VERSION (PyPI) into $base"
  rm -rf "$base"
  mkdir -p "$base"
  python3 -m venv "$base/venv" >"$base/install.log" 2>&1 \
    || { tail -n 20 "$base/install.log" >&2; die "python3 -m venv failed (log: $base/install.log)"; }
  "$base/venv/bin/python" -m pip --version >/dev/null 2>&1 \
    || die "the virtualenv has no pip; install python3-pip and python3-venv, then run again"
  "$base/venv/bin/python" -m pip install -q "schemathesis==$PIQ_SCHEMATHESIS_VERSION" >>"$base/install.log" 2>&1 \
    || { tail -n 20 "$base/install.log" >&2; die "pip could not install schemathesis==$PIQ_SCHEMATHESIS_VERSION (log: $base/install.log)"; }
  schemathesis_works \
    || die "the installed schemathesis does not run: $PIQ_SCHEMATHESIS --version printed: $("$PIQ_SCHEMATHESIS" --version 2>&1 | head -n 3)"
  ok "schemathesis $PIQ_SCHEMATHESIS_VERSION"
}

schemathesis_works() {
  [[ -x "$PIQ_SCHEMATHESIS" ]] && [[ "$("$PIQ_SCHEMATHESIS" --version 2>/dev/null)" == *" $PIQ_SCHEMATHESIS_VERSION" ]]
}

fuzz_usage() {
  cat <<'USAGE'
Usage: ./parceliq fuzz [--max-examples N] [--seed N] [--phases LIST] [--max-time SECONDS] [--workers N]
  Runs against the running stack (./parceliq up; PARCELIQ_DATA_DIR names another one). Defaults:
  --max-examples 25, --phases examples,coverage,fuzzing (add stateful to chain calls), a random
  seed (printed, so a run can be repeated), 2 workers.
USAGE
}

cmd_fuzz() {
  if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
    fuzz_usage
    return 0
  fi
  ensure_java
  config_admin_key
  api_ready || die "the API does not answer on $(api_base_url); start the stack first: ./parceliq up"
  with_lock "$PIQ_TOOLS/.lock" ensure_schemathesis
  ensure_harness_jar "fuzz harness"
  (
    export PARCELIQ_ADMIN_KEY
    export PARCELIQ_API_URL
    PARCELIQ_API_URL="$(api_base_url)"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PARCELIQ_PG_PORT/$PIQ_PG_DB"
    # A dev stack limits a key to 50 requests/s: staying under it probes the routes, not the limiter.
    fuzz_run --rate-limit 40/s "$@"
  ) || die "fuzz: findings (see above)"
}

# The harness jar (FuzzTenants), rebuilt when its sources changed, as for `./parceliq bench`.
# One session against PARCELIQ_API_URL (the stack's database at QUARKUS_DATASOURCE_JDBC_URL);
# returns non-zero on any finding. Requests may take 30 s: a purchase or rating waits up to the
# API's own deadline for its workflow, and its answer (never a client-side timeout) is what counts.
fuzz_run() {
  local examples=25 seed="" phases=examples,coverage,fuzzing max_time="" workers=2 extra=()
  while (($# > 0)); do
    case "$1" in
      --max-examples | --seed | --phases | --max-time | --workers | --rate-limit)
        (($# >= 2)) || die "fuzz: $1 needs a value"
        ;;&
      --max-examples) examples="$2" && shift 2 ;;
      --seed) seed="$2" && shift 2 ;;
      --phases) phases="$2" && shift 2 ;;
      --max-time) max_time="$2" && shift 2 ;;
      --workers) workers="$2" && shift 2 ;;
      --rate-limit) extra+=(--rate-limit "$2") && shift 2 ;;
      -h | --help) fuzz_usage && return 0 ;;
      *) fuzz_usage >&2 && die "unknown fuzz option '$1'" ;;
    esac
  done
  [[ -n "$seed" ]] || seed=$((RANDOM * 32768 + RANDOM))
  [[ -z "$max_time" ]] || extra+=(--max-time "$max_time")
  local dir key rc=0 victim=unchanged
  dir="$PIQ_DATA/fuzz/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$dir"
  "$PIQ_JAVA" -cp "$PIQ_HARNESS_JAR" com.parceliq.it.fuzz.FuzzTenants setup "$dir/targets.json" \
    || die "fuzz: could not create the attacker and victim tenants"
  key="$(sed -n 's/^ *"attacker_key" *: *"\([^"]*\)".*/\1/p' "$dir/targets.json")"
  info "fuzz: schemathesis on $PARCELIQ_API_URL/q/openapi, seed $seed, $examples examples per operation, phases $phases (in $dir)"
  # From the run's directory: schemathesis and Hypothesis keep their caches in the working directory.
  (cd "$dir" && PYTHONPATH="$PIQ_ROOT/dev-services/fuzz${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=hooks \
    PARCELIQ_FUZZ_TARGETS="$dir/targets.json" PARCELIQ_FUZZ_STATS="$dir/stats.json" \
    "$PIQ_SCHEMATHESIS" run "$PARCELIQ_API_URL/q/openapi?format=json" --url "$PARCELIQ_API_URL" \
    --header "Authorization: Bearer $key" --checks "$PIQ_FUZZ_CHECKS" \
    --max-examples "$examples" --seed "$seed" --phases "$phases" --workers "$workers" \
    --suppress-health-check all --request-timeout 30 --report junit,ndjson \
    --report-junit-path "$dir/junit.xml" --report-ndjson-path "$dir/events.ndjson" "${extra[@]}" \
    >"$dir/schemathesis.log" 2>&1) || rc=$?
  tail -n 60 "$dir/schemathesis.log"
  "$PIQ_JAVA" -cp "$PIQ_HARNESS_JAR" com.parceliq.it.fuzz.FuzzTenants verify "$dir/targets.json" || victim=CHANGED
  fuzz_summary "$dir" "$rc" "$victim"
}

# The last line: operations, requests, failures and the victim's verdict; non-zero on any finding.
fuzz_summary() {
  local dir="$1" rc="$2" victim="$3" operations failures requests sent
  operations="$(sed -n 's/^ *Tested: *\([0-9]*\).*/\1/p' "$dir/schemathesis.log" | tail -n 1)"
  failures="$(grep -c '<failure\|<error' "$dir/junit.xml" 2>/dev/null)" || failures=0
  # schemathesis prints "Test cases:" and on the next line "  <N> generated, ...".
  requests="$(sed -n '/^Test cases:/{n;s/^ *\([0-9]*\) generated.*/\1/p;}' "$dir/schemathesis.log" | tail -n 1)"
  sent="$(cat "$dir/stats.json" 2>/dev/null || echo '{}')"
  echo "fuzz: ${operations:-0} operations, ${requests:-?} test cases, requests ${sent}, ${failures} failing operations, victim data ${victim} (seed and report in $dir)"
  [[ "$rc" == 0 && "$victim" == unchanged && "$failures" == 0 ]]
}

# The short run of `./parceliq test`, on the test stack the integration tests leave up: a few
# examples per operation, capped at about three minutes on a 2-core machine.
test_fuzz_short() {
  ensure_java
  with_lock "$PIQ_TOOLS/.lock" ensure_schemathesis
  ensure_harness_jar "fuzz harness"
  info "API fuzzing, short run (./parceliq fuzz for a longer one)"
  (
    it_environment
    fuzz_run --max-examples 5 --max-time 170 --seed "${PARCELIQ_FUZZ_SEED:-20261122}"
  ) || die "API fuzzing found problems (report in $PIQ_DATA/fuzz)"
}
