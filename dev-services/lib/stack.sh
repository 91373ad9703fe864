# shellcheck shell=bash
# Starting, stopping and showing the stack or single services.
#
# Every service <svc> defines <svc>_port, <svc>_timeout, <svc>_url, <svc>_prepare (find or install
# its tools), <svc>_launch (start it in the background) and <svc>_ready (true once it serves);
# optionally <svc>_after_ready, <svc>_stop_signal, <svc>_extra_ports and <svc>_marker.

readonly PIQ_APP_SERVICES=(identity simulator workers api)
PIQ_SELECTED=()
declare -A PIQ_STARTED_AT=()

select_services() {
  local list
  list="$(config_selected_services)"
  mapfile -t PIQ_SELECTED <<<"$list"
}

service_selected() {
  local svc
  for svc in "${PIQ_SELECTED[@]}"; do
    [[ "$svc" == "$1" ]] && return 0
  done
  return 1
}

svc_port_var() {
  case "$1" in
    temporal) echo PARCELIQ_TEMPORAL_PORT ;;
    postgres) echo PARCELIQ_PG_PORT ;;
    *) echo "PARCELIQ_${1^^}_PORT" ;;
  esac
}

# Tools first (under the tools lock: two stacks may install at once), then the app jars.
prepare_services() {
  local svc apps=()
  with_lock "$PIQ_TOOLS/.lock" prepare_tools "$@"
  for svc in "$@"; do
    case "$svc" in identity | simulator | workers | api) apps+=("$svc") ;; esac
  done
  ensure_app_jars "${apps[@]}"
}

prepare_tools() {
  local svc
  for svc in "$@"; do
    "${svc}_prepare"
  done
}

# Starts the service unless it already runs. Does not wait for it.
svc_begin() {
  local svc="$1" port
  if [[ -n "$(svc_pid "$svc")" ]]; then
    PIQ_STARTED_AT[$svc]=reused
    return 0
  fi
  for port in $("${svc}_port") $(declare -F "${svc}_extra_ports" >/dev/null && "${svc}_extra_ports"); do
    if port_open "$port"; then
      die "port $port, needed by $svc, is in use by a process this stack did not start. Stop it, or pick another port: $(svc_port_var "$svc")=<port> ./parceliq ..."
    fi
  done
  PIQ_STARTED_AT[$svc]="$(now_ms)"
  "${svc}_launch"
}

# Waits until the service serves, then runs its after-start step (buckets, search attributes).
svc_finish() {
  local svc="$1"
  svc_wait_ready "$svc" "$("${svc}_timeout")"
  if declare -F "${svc}_after_ready" >/dev/null; then
    "${svc}_after_ready"
  fi
  if [[ "${PIQ_STARTED_AT[$svc]}" == reused ]]; then
    ok "$(printf '%-9s' "$svc") already running (pid $(svc_pid "$svc"))"
  else
    ok "$(printf '%-9s' "$svc") ready in $(elapsed_since "${PIQ_STARTED_AT[$svc]}")"
  fi
}

# Starts the selected services: the infrastructure and the simulator together, then the apps
# (which need the others at startup: Flyway migrates, the workers connect to Temporal).
stack_up() {
  local start svc first=() second=()
  start="$(now_ms)"
  config_save_ports
  config_admin_key
  config_master_key
  config_webhook_secret
  config_identity_client
  prepare_services "${PIQ_SELECTED[@]}"
  for svc in "${PIQ_SELECTED[@]}"; do
    case "$svc" in workers | api) second+=("$svc") ;; *) first+=("$svc") ;; esac
    # A running app would keep serving the old code after a build.
    if [[ -n "${PIQ_REBUILT:-}" && " ${PIQ_APP_SERVICES[*]} " == *" $svc "* ]]; then
      svc_stop "$svc"
    fi
  done
  ((${#second[@]} == 0)) || warn_unreachable_dependencies "${second[@]}"
  # PostgreSQL first: it binds a fixed port in the ephemeral range, before the Temporal dev
  # server picks random free ports for its internal services.
  for svc in "${first[@]}"; do svc_begin "$svc"; done
  for svc in "${first[@]}"; do svc_finish "$svc"; done
  for svc in "${second[@]}"; do svc_begin "$svc"; done
  for svc in "${second[@]}"; do svc_finish "$svc"; done
  ok "stack up in $(elapsed_since "$start") (data: $PIQ_DATA)"
}

# Services the apps need but this command does not start: say so before the apps time out.
# Only the workers call the carrier (the simulator).
warn_unreachable_dependencies() {
  local svc needed=(temporal postgres s3)
  [[ " $* " == *" workers "* ]] && needed+=(simulator)
  for svc in "${needed[@]}"; do
    service_selected "$svc" && continue
    [[ -n "$(svc_pid "$svc")" ]] && continue
    port_open "$("${svc}_port")" \
      || warn "$svc is not started by this command and nothing answers on port $("${svc}_port"); the apps may not become ready"
  done
}

svc_stop() {
  local svc="$1" signal=TERM
  [[ -n "$(svc_pid "$svc")" ]] || return 0
  declare -F "${svc}_stop_signal" >/dev/null && signal="$("${svc}_stop_signal")"
  info "Stopping $svc"
  svc_terminate "$svc" "$signal"
}

# Stops the given services (all by default), apps first.
stack_down() {
  local services=("$@") i svc
  ((${#services[@]} > 0)) || services=("${PIQ_ALL_SERVICES[@]}")
  for ((i = ${#PIQ_ALL_SERVICES[@]} - 1; i >= 0; i--)); do
    svc="${PIQ_ALL_SERVICES[$i]}"
    [[ " ${services[*]} " == *" $svc "* ]] && svc_stop "$svc"
  done
  return 0
}

stack_restart() {
  local svc services=("$@")
  config_admin_key
  config_master_key
  config_webhook_secret
  config_identity_client
  for svc in "$@"; do svc_stop "$svc"; done
  prepare_services "$@"
  # A build replaces every app's jars: an app left running would load classes from deleted files.
  if [[ -n "${PIQ_REBUILT:-}" ]]; then
    for svc in "${PIQ_APP_SERVICES[@]}"; do
      if [[ " ${services[*]} " != *" $svc "* && -n "$(svc_pid "$svc")" ]]; then
        svc_stop "$svc"
        services+=("$svc")
      fi
    done
  fi
  for svc in "${services[@]}"; do svc_begin "$svc"; done
  for svc in "${services[@]}"; do svc_finish "$svc"; done
}

stack_kill() {
  local svc
  for svc in "$@"; do
    info "Killing $svc (SIGKILL)"
    svc_kill "$svc"
  done
}

# One line per service, then every URL. Exit status 0 only when every selected service serves.
stack_status() {
  local svc pid state all_ready=0
  printf '%sParcelIQ stack%s  (data: %s)\n' "$PIQ_BOLD" "$PIQ_RESET" "$PIQ_DATA"
  for svc in "${PIQ_ALL_SERVICES[@]}"; do
    pid="$(svc_pid "$svc")"
    if [[ -n "$pid" ]] && "${svc}_ready" 2>/dev/null; then
      state="${PIQ_GREEN}running${PIQ_RESET}   pid $pid"
    elif [[ -n "$pid" ]]; then
      state="${PIQ_YELLOW}not ready${PIQ_RESET} pid $pid"
      all_ready=1
    elif port_open "$("${svc}_port")"; then
      state="${PIQ_YELLOW}external${PIQ_RESET}  (port in use, not started by this stack)"
      service_selected "$svc" && all_ready=1
    else
      state="${PIQ_DIM}stopped${PIQ_RESET}"
      service_selected "$svc" && all_ready=1
    fi
    printf '  %-10s %-6s %b\n' "$svc" "$("${svc}_port")" "$state"
  done
  echo
  printf '%sURLs%s\n' "$PIQ_BOLD" "$PIQ_RESET"
  printf '  %-18s %s\n' \
    "API" "$(api_base_url)" \
    "Swagger UI" "$(api_base_url)/q/swagger-ui" \
    "OpenAPI" "$(api_base_url)/q/openapi" \
    "Health" "$(api_base_url)/q/health" \
    "Metrics" "$(api_base_url)/q/metrics" \
    "Workers" "$(workers_url)" \
    "Temporal Web UI" "$(temporal_ui_url)" \
    "Temporal frontend" "127.0.0.1:$PARCELIQ_TEMPORAL_PORT (namespace $PIQ_TEMPORAL_NAMESPACE)" \
    "PostgreSQL" "$(postgres_url)" \
    "S3" "$(s3_url)" \
    "Carrier simulator" "$(simulator_url)" \
    "Identity (OIDC)" "$(identity_url)"
  if [[ -s "$PIQ_DATA/admin-key" ]]; then
    printf '  %-18s %s (from %s)\n' "Admin key" "$(head -n 1 "$PIQ_DATA/admin-key")" "$PIQ_DATA/admin-key"
  fi
  printf '  %-18s %s\n' "Logs" "$PIQ_DATA/<service>/<service>.log (./parceliq logs [service])"
  return "$all_ready"
}

# Follows the logs of the given services, each line prefixed with the service's name, until
# the launcher is interrupted (the tail is stopped with it, see stop_following_logs).
PIQ_TAIL_PID=""
follow_logs() {
  local svc files=()
  for svc in "$@"; do
    files+=("$(svc_log_file "$svc")")
  done
  # -v: a header before every file's lines, even with a single file; awk turns it into a prefix.
  tail -v -n "${PARCELIQ_LOG_LINES:-20}" -F "${files[@]}" 2>/dev/null > >(awk '
    /^==> .* <==$/ { n = split($2, parts, "/"); name = parts[n]; sub(/\.log$/, "", name); next }
    length($0) > 0 { printf "%-9s | %s\n", name, $0; fflush() }') &
  PIQ_TAIL_PID=$!
  wait "$PIQ_TAIL_PID" || true
}

stop_following_logs() {
  if [[ -n "$PIQ_TAIL_PID" ]]; then
    kill "$PIQ_TAIL_PID" 2>/dev/null || true
  fi
}
