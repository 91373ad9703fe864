# shellcheck shell=bash
# Messages, errors and small helpers shared by every part of the launcher.

if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  PIQ_BOLD=$'\e[1m' PIQ_RED=$'\e[31m' PIQ_GREEN=$'\e[32m' PIQ_YELLOW=$'\e[33m' PIQ_DIM=$'\e[2m' PIQ_RESET=$'\e[0m'
else
  PIQ_BOLD='' PIQ_RED='' PIQ_GREEN='' PIQ_YELLOW='' PIQ_DIM='' PIQ_RESET=''
fi

info() { printf '%s==>%s %s\n' "$PIQ_BOLD" "$PIQ_RESET" "$*"; }
ok() { printf '%s ok%s %s\n' "$PIQ_GREEN" "$PIQ_RESET" "$*"; }
warn() { printf '%swarning:%s %s\n' "$PIQ_YELLOW" "$PIQ_RESET" "$*" >&2; }

# Prints the message on stderr and stops the launcher. Every failure goes through here, so
# users always see one clear line saying what is wrong and what to do about it.
die() {
  printf '%serror:%s %s\n' "$PIQ_RED" "$PIQ_RESET" "$*" >&2
  exit 1
}

is_root() { [[ "$(id -u)" == 0 ]]; }

have() { command -v "$1" >/dev/null 2>&1; }

# Seconds since the epoch with millisecond precision, for the timings the launcher prints.
now_ms() { date +%s%3N; }

elapsed_since() {
  local start_ms="$1"
  local ms=$(($(now_ms) - start_ms))
  printf '%d.%01ds' $((ms / 1000)) $(((ms % 1000) / 100))
}

# Runs a command while holding an exclusive lock on a file. Two launchers started at the same
# time (a user's `up` and a test's `restart`) would otherwise race for the same ports and files.
# Re-entrant: a command that already holds the lock (e.g. `dev` stopping the stack from its exit
# trap while `up` was still starting it) runs without waiting for itself.
declare -A PIQ_LOCKS=()
with_lock() {
  local file="$1" fd
  shift
  if [[ -n "${PIQ_LOCKS[$file]:-}" ]]; then
    "$@"
    return
  fi
  mkdir -p "$(dirname "$file")"
  exec {fd}>"$file"
  if ! flock -w 600 "$fd"; then
    die "another ./parceliq has held $file for 10 minutes; is one stuck?"
  fi
  PIQ_LOCKS[$file]=$fd
  # Not `"$@" || rc=$?`: that would switch off errexit inside the command. A failure exits the
  # launcher, which releases the lock anyway.
  "$@"
  unset "PIQ_LOCKS[$file]"
  exec {fd}>&-
}

# A random hex string of the given number of bytes.
random_hex() {
  od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}
