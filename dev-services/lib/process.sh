# shellcheck shell=bash
# Background processes: pid files, logs, readiness waits and stopping.
#
# Each service <svc> keeps its pid file and log in <data>/<svc>/. A pid file only counts when
# the process is alive AND its command line mentions that directory: after a reboot the pid may
# belong to an unrelated process, which must never be reused or killed.

svc_dir() { echo "$PIQ_DATA/$1"; }
svc_pid_file() { echo "$PIQ_DATA/$1/$1.pid"; }
svc_log_file() { echo "$PIQ_DATA/$1/$1.log"; }

# The text that the service's command line must contain (see above); a service whose files
# live elsewhere defines <svc>_marker.
svc_marker() {
  if declare -F "$1_marker" >/dev/null; then
    "$1_marker"
  else
    echo "$PIQ_DATA/$1/"
  fi
}

# Prints the pid of the service when it runs, else nothing (and removes a stale pid file).
svc_pid() {
  local svc="$1" file pid
  file="$(svc_pid_file "$svc")"
  [[ -f "$file" ]] || return 0
  pid="$(head -n 1 "$file" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && pid_matches "$pid" "$(svc_marker "$svc")"; then
    echo "$pid"
  else
    rm -f "$file"
  fi
}

# Alive and not a zombie (a dead child of a still running launcher, e.g. under `dev`).
pid_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat:0:1}" != Z ]]
}

pid_matches() {
  local pid="$1" marker="$2" cmdline
  pid_alive "$pid" || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmdline" == *"$marker"* ]]
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when the URL answers with a 2xx status.
http_ok() {
  curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null
}

# Starts a command in its own session, detached from the terminal, with stdout and stderr in
# the service's log (the previous run's log is kept as <svc>.log.1). The process writes its own
# pid before exec'ing the command, so the pid file names the service itself, not a wrapper.
svc_spawn() {
  local svc="$1"
  shift
  local dir log pid_file fd
  dir="$(svc_dir "$svc")"
  log="$(svc_log_file "$svc")"
  pid_file="$(svc_pid_file "$svc")"
  mkdir -p "$dir"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  rm -f "$pid_file"
  (
    # The launcher's lock files must not stay locked for as long as the service runs.
    for fd in "${PIQ_LOCKS[@]}"; do
      exec {fd}>&-
    done
    # shellcheck disable=SC2016 # expanded by the inner bash, on purpose
    exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pid_file" "$@" </dev/null >>"$log" 2>&1
  ) &
  # Not a job of this shell: its end (e.g. `./parceliq kill`) is no news to report here.
  disown $!
  local waited=0
  while [[ ! -s "$pid_file" ]] && ((waited < 50)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  [[ -s "$pid_file" ]] || die "$svc did not start (no pid file); see $log"
}

# Waits until `<svc>_ready` succeeds. Fails early when the process dies, and always shows the
# end of the log when the service does not come up in time.
svc_wait_ready() {
  local svc="$1" timeout="$2"
  local deadline=$((SECONDS + timeout))
  while ! "${svc}_ready" 2>/dev/null; do
    if [[ -z "$(svc_pid "$svc")" ]]; then
      svc_fail "$svc" "exited while starting"
    fi
    if ((SECONDS >= deadline)); then
      svc_fail "$svc" "was not ready after ${timeout}s"
    fi
    sleep 0.3
  done
}

svc_fail() {
  local svc="$1" why="$2" log
  log="$(svc_log_file "$svc")"
  # A half-started service would hold its port and be "reused" by the next up.
  svc_terminate "$svc" TERM
  {
    echo
    echo "--- last lines of $log ---"
    tail -n "${PARCELIQ_LOG_LINES:-40}" "$log" 2>/dev/null || echo "(no log)"
    echo "---"
  } >&2
  die "$svc $why (full log: $log)"
}

# Sends the service's stop signal to its whole process group, waits, then SIGKILLs what is left.
svc_terminate() {
  local svc="$1" signal="${2:-TERM}" timeout="${PARCELIQ_STOP_TIMEOUT:-30}"
  local pid
  pid="$(svc_pid "$svc")"
  [[ -n "$pid" ]] || return 0
  kill "-$signal" -- "-$pid" 2>/dev/null || kill "-$signal" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + timeout))
  while pid_alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if pid_alive "$pid"; then
    warn "$svc did not stop within ${timeout}s after SIG$signal; killing it"
    svc_kill "$svc"
  fi
  wait_group_gone "$pid"
  rm -f "$(svc_pid_file "$svc")"
}

# Until every process of the group has exited and been reaped. A restart right after a kill
# must not find the old process: PostgreSQL, for one, refuses to start while its old pid exists.
wait_group_gone() {
  local pgid="$1" waited=0
  while { [[ -e "/proc/$pgid" ]] || pgrep -g "$pgid" >/dev/null 2>&1; } && ((waited < 100)); do
    sleep 0.1
    waited=$((waited + 1))
    if ((waited == 50)); then
      kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
  done
}

# SIGKILL, no shutdown: what a crash looks like to the rest of the system.
svc_kill() {
  local svc="$1" pid
  pid="$(svc_pid "$svc")"
  [[ -n "$pid" ]] || return 0
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  wait_group_gone "$pid"
  rm -f "$(svc_pid_file "$svc")"
}
