# shellcheck shell=bash
# PostgreSQL on 127.0.0.1:$PARCELIQ_PG_PORT, database, user and password "parceliq".
#
# PostgreSQL refuses to run as root. When the launcher runs as root, the server runs as a
# dedicated unprivileged user (parceliq-pg, created on first use) that owns the data directory.

readonly PIQ_PG_DB=parceliq PIQ_PG_USER=parceliq PIQ_PG_PASSWORD=parceliq
PIQ_PG_OS_USER="${PARCELIQ_PG_OS_USER:-parceliq-pg}"

postgres_port() { echo "$PARCELIQ_PG_PORT"; }
postgres_timeout() { echo "${PARCELIQ_PG_TIMEOUT:-60}"; }
postgres_stop_signal() { echo INT; } # "fast" shutdown: SIGTERM would wait for every client to leave
postgres_url() { echo "jdbc:postgresql://127.0.0.1:$PARCELIQ_PG_PORT/$PIQ_PG_DB (user $PIQ_PG_USER, password $PIQ_PG_PASSWORD)"; }
postgres_marker() { pg_data_dir; }

postgres_prepare() {
  ensure_postgres_bins
  pg_ensure_os_user
}

# The directory holding the cluster: <data>/postgres/data, unless the server's user cannot
# reach the data directory (a clone under root's private home), then a place it can reach.
pg_base_dir() {
  if is_root && ! pg_owner_can_enter "$PIQ_DATA"; then
    echo "/var/lib/$PIQ_PG_OS_USER/$(printf '%s' "$PIQ_DATA" | sha1sum | cut -c1-12)"
  else
    echo "$PIQ_DATA/postgres"
  fi
}

pg_data_dir() { echo "$(pg_base_dir)/data"; }

# Where the zonky binaries go: .tools, unless the server's user cannot read it (see above).
pg_zonky_dir() {
  local dir="$PIQ_TOOLS/postgres-$PIQ_ZONKY_PG_VERSION"
  if is_root; then
    pg_ensure_os_user
    mkdir -p "$PIQ_TOOLS"
    if ! pg_owner_can_enter "$PIQ_TOOLS"; then
      dir="/var/lib/$PIQ_PG_OS_USER/postgres-$PIQ_ZONKY_PG_VERSION"
    fi
  fi
  echo "$dir"
}

pg_ensure_os_user() {
  is_root || return 0
  id -u "$PIQ_PG_OS_USER" >/dev/null 2>&1 && return 0
  have useradd || die "cannot create the user $PIQ_PG_OS_USER for PostgreSQL: useradd is missing"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$PIQ_PG_OS_USER" \
    || die "could not create the user $PIQ_PG_OS_USER that runs PostgreSQL"
  info "Created the system user $PIQ_PG_OS_USER to run PostgreSQL (it refuses to run as root)"
}

# The command prefix that runs a program as the server's owner.
pg_as_owner() {
  if is_root; then
    echo setpriv "--reuid=$PIQ_PG_OS_USER" "--regid=$PIQ_PG_OS_USER" --init-groups --
  fi
}

pg_owner_can_enter() {
  local prefix
  # Before the user exists nothing was created for it yet: the default places apply.
  id -u "$PIQ_PG_OS_USER" >/dev/null 2>&1 || return 0
  read -r -a prefix <<<"$(pg_as_owner)"
  "${prefix[@]}" test -x "$1" 2>/dev/null
}

pg_binaries_major() {
  "$PIQ_PG_BIN/postgres" --version | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p'
}

# Creates the cluster and the parceliq database on first use. Refuses a cluster of another
# major version (the on-disk format differs), instead of failing obscurely at start.
pg_init_cluster() {
  local base pgdata prefix major
  base="$(pg_base_dir)"
  pgdata="$base/data"
  major="$(pg_binaries_major)"
  read -r -a prefix <<<"$(pg_as_owner)"
  if [[ -f "$pgdata/PG_VERSION" ]]; then
    local have_major
    have_major="$(cat "$pgdata/PG_VERSION")"
    [[ "$have_major" == "$major" ]] \
      || die "$pgdata holds a PostgreSQL $have_major cluster but the binaries in $PIQ_PG_BIN are PostgreSQL $major. Remove $pgdata (its data is lost) or point PARCELIQ_PG_BIN at PostgreSQL $have_major."
    return 0
  fi
  info "Creating the PostgreSQL $major cluster in $pgdata"
  mkdir -p "$base"
  rm -rf "$pgdata"
  if is_root; then
    chown "$PIQ_PG_OS_USER:$PIQ_PG_OS_USER" "$base"
  fi
  local pwfile="$base/.pwfile" log="$base/initdb.log"
  (umask 077 && echo "$PIQ_PG_PASSWORD" >"$pwfile")
  is_root && chown "$PIQ_PG_OS_USER" "$pwfile"
  if ! "${prefix[@]}" "$PIQ_PG_BIN/initdb" -D "$pgdata" -U "$PIQ_PG_USER" --pwfile="$pwfile" \
    -A scram-sha-256 -E UTF8 --no-locale >"$log" 2>&1; then
    rm -f "$pwfile"
    tail -n 20 "$log" >&2
    die "initdb failed (log: $log)"
  fi
  rm -f "$pwfile"
  # Single-user mode creates the database before the server listens: no client binary needed
  # (the zonky bundle has none) and no window where the apps see a server without a database.
  if ! echo "CREATE DATABASE $PIQ_PG_DB;" \
    | "${prefix[@]}" "$PIQ_PG_BIN/postgres" --single -D "$pgdata" postgres >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "could not create the database $PIQ_PG_DB (log: $log)"
  fi
}

postgres_launch() {
  pg_init_cluster
  local prefix options=()
  read -r -a prefix <<<"$(pg_as_owner)"
  if [[ "${PARCELIQ_PG_FAST:-}" == 1 ]]; then
    # Throw-away test clusters: durability on power loss is worth nothing there.
    options+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
  fi
  svc_spawn postgres "${prefix[@]}" "$PIQ_PG_BIN/postgres" -D "$(pg_data_dir)" \
    -p "$PARCELIQ_PG_PORT" -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
    -c max_connections=200 "${options[@]}"
}

postgres_ready() {
  port_open "$PARCELIQ_PG_PORT" || return 1
  if [[ -x "${PIQ_PG_BIN:-}/pg_isready" ]]; then
    "$PIQ_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PARCELIQ_PG_PORT" -d "$PIQ_PG_DB"
  else
    grep -q 'database system is ready to accept connections' "$(svc_log_file postgres)"
  fi
}

# Removes the cluster when it lives outside the data directory (see pg_base_dir).
postgres_wipe() {
  local base
  base="$(pg_base_dir)"
  [[ "$base" == "$PIQ_DATA/"* ]] || rm -rf "$base"
}
