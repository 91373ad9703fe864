# shellcheck shell=bash
# Builds the project's runnable jars with the Maven wrapper, only when they are missing or older
# than the sources, so a second `up` does not pay for a build.

readonly PIQ_APP_MODULES=carrier-plugins/sandbox-simulator,dev-identity,workers,api
# What the app jars are made of: everything but the test-only modules.
readonly PIQ_APP_SOURCE_DIRS=(domain carrier-plugins dev-identity temporal workflows store activities api workers)

mvnw() {
  ensure_java
  "${PARCELIQ_MVNW:-$PIQ_ROOT/mvnw}" "$@"
}

app_jar_of() {
  case "$1" in
    simulator) simulator_jar ;;
    identity) identity_jar ;;
    workers) workers_jar ;;
    api) api_jar ;;
  esac
}

# Prints why the jars of the given services need a build, or nothing when they are up to date.
# "Up to date" means no main source or pom is newer than the build stamp or the oldest jar.
jars_stale_reason() {
  local svc jar oldest="" stamp="$PIQ_ROOT/target/.parceliq-build-stamp"
  for svc in "$@"; do
    jar="$(app_jar_of "$svc")"
    [[ -f "$jar" ]] || {
      echo "${jar#"$PIQ_ROOT/"} is missing"
      return 0
    }
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then
      oldest="$jar"
    fi
  done
  [[ -n "$oldest" ]] || return 0
  local reference="$oldest"
  [[ -f "$stamp" && "$stamp" -nt "$oldest" ]] && reference="$stamp"
  local dirs=() dir changed
  for dir in "${PIQ_APP_SOURCE_DIRS[@]}"; do
    [[ -d "$PIQ_ROOT/$dir" ]] && dirs+=("$PIQ_ROOT/$dir")
  done
  changed="$(find "$PIQ_ROOT/pom.xml" "${dirs[@]}" -name target -prune -o -type f \
    \( -path '*/src/main/*' -o -name pom.xml \) -newer "$reference" -print -quit 2>/dev/null || true)"
  [[ -z "$changed" ]] || echo "${changed#"$PIQ_ROOT/"} changed since the last build"
}

# Builds the jars of the given app services when needed. PARCELIQ_SKIP_BUILD=1 skips the check
# (for example while `./parceliq test` runs, which has just built everything).
ensure_app_jars() {
  (($# > 0)) || return 0
  if [[ "${PARCELIQ_SKIP_BUILD:-}" == 1 ]]; then
    return 0
  fi
  local reason
  reason="$(jars_stale_reason "$@")"
  [[ -n "$reason" ]] || return 0
  info "Building the project ($reason)"
  build_app_jars
  PIQ_REBUILT=1
  local svc
  for svc in "$@"; do
    [[ -f "$(app_jar_of "$svc")" ]] \
      || die "the build succeeded but did not produce $(app_jar_of "$svc"); is the $svc module complete?"
  done
}

# Quiet on success (progress lines only), the full log on failure. Formatting is not checked
# here: `./parceliq test` does that; a dev loop should not stop on a misplaced space.
build_app_jars() {
  local log="$PIQ_DATA/build.log" start rc
  ensure_java
  start="$(now_ms)"
  mkdir -p "$PIQ_ROOT/target"
  set +e
  (cd "$PIQ_ROOT" && mvnw -B -ntp -DskipTests -Dspotless.check.skip=true install \
    -pl "$PIQ_APP_MODULES" -am 2>&1) \
    | tee "$log" | grep --line-buffered -E '^\[INFO\] Building |^\[ERROR\]'
  rc="${PIPESTATUS[0]}"
  set -e
  if [[ "$rc" != 0 ]] || ! grep -q 'BUILD SUCCESS' "$log"; then
    echo "--- last lines of $log ---" >&2
    tail -n 40 "$log" >&2
    die "the build failed (full log: $log). Fix it, or start only the services that need no build: PARCELIQ_SERVICES=temporal,postgres,s3 ./parceliq up"
  fi
  touch "$PIQ_ROOT/target/.parceliq-build-stamp"
  ok "built in $(elapsed_since "$start")"
}
