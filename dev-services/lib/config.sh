# shellcheck shell=bash
# Where a stack lives and which ports it uses.
#
# A stack is identified by its data directory. The ports and options chosen when it was started
# are written to <data>/stack.env, so a later command on the same data directory (for example an
# integration test running `PARCELIQ_DATA_DIR=.data/test ./parceliq restart workers`) reaches the
# same services without repeating every variable. An explicit environment variable still wins.

readonly PIQ_ALL_SERVICES=(temporal postgres s3 identity simulator workers api)

readonly PIQ_PORT_VARS=(
  PARCELIQ_API_PORT PARCELIQ_WORKERS_PORT PARCELIQ_TEMPORAL_PORT PARCELIQ_TEMPORAL_UI_PORT
  PARCELIQ_PG_PORT PARCELIQ_S3_PORT PARCELIQ_SIMULATOR_PORT PARCELIQ_IDENTITY_PORT
)

# Defaults of CONTRACT section 1.
piq_default_port() {
  case "$1" in
    PARCELIQ_API_PORT) echo 8080 ;;
    PARCELIQ_WORKERS_PORT) echo 8081 ;;
    PARCELIQ_TEMPORAL_PORT) echo 7233 ;;
    PARCELIQ_TEMPORAL_UI_PORT) echo 8233 ;;
    PARCELIQ_PG_PORT) echo 55432 ;;
    PARCELIQ_S3_PORT) echo 9000 ;;
    PARCELIQ_SIMULATOR_PORT) echo 8090 ;;
    PARCELIQ_IDENTITY_PORT) echo 8091 ;;
    *) die "unknown port variable $1" ;;
  esac
}

# Resolves PARCELIQ_DATA_DIR (relative to the directory the user ran the launcher from) and
# the tools directory, then loads the stack's saved ports. Called once, before anything else.
config_init() {
  local invoked_from="$1"
  local data="${PARCELIQ_DATA_DIR:-$PIQ_ROOT/.data}"
  [[ "$data" == /* ]] || data="$invoked_from/$data"
  mkdir -p "$data"
  PIQ_DATA="$(cd "$data" && pwd -P)"
  PIQ_TOOLS="${PARCELIQ_TOOLS_DIR:-$PIQ_ROOT/.tools}"
  [[ "$PIQ_TOOLS" == /* ]] || PIQ_TOOLS="$invoked_from/$PIQ_TOOLS"
  PIQ_STACK_ENV="$PIQ_DATA/stack.env"
  config_load_ports
}

config_load_ports() {
  local var saved
  for var in "${PIQ_PORT_VARS[@]}"; do
    if [[ -n "${!var:-}" ]]; then
      continue
    fi
    saved=""
    if [[ -f "$PIQ_STACK_ENV" ]]; then
      saved="$(sed -n "s/^${var}=\\([0-9]*\\)\$/\\1/p" "$PIQ_STACK_ENV" | tail -n 1)"
    fi
    printf -v "$var" '%s' "${saved:-$(piq_default_port "$var")}"
  done
  for var in "${PIQ_PORT_VARS[@]}"; do
    if [[ ! "${!var}" =~ ^[0-9]+$ ]] || ((${!var} < 1 || ${!var} > 65535)); then
      die "$var must be a TCP port number, got '${!var}'"
    fi
    export "${var?}"
  done
}

# Remembers the ports of this stack for later commands on the same data directory.
config_save_ports() {
  local var tmp="$PIQ_STACK_ENV.tmp"
  {
    echo "# Written by ./parceliq up: the ports of the stack in this directory."
    for var in "${PIQ_PORT_VARS[@]}"; do
      echo "$var=${!var}"
    done
  } >"$tmp"
  mv "$tmp" "$PIQ_STACK_ENV"
}

# The services a command acts on: PARCELIQ_SERVICES (comma separated) or all of them.
config_selected_services() {
  local requested="${PARCELIQ_SERVICES:-}"
  if [[ -z "$requested" ]]; then
    printf '%s\n' "${PIQ_ALL_SERVICES[@]}"
    return
  fi
  local name known wanted=()
  IFS=',' read -r -a wanted <<<"$requested"
  for name in "${wanted[@]}"; do
    name="${name// /}"
    [[ -z "$name" ]] && continue
    known=false
    for svc in "${PIQ_ALL_SERVICES[@]}"; do
      [[ "$svc" == "$name" ]] && known=true
    done
    $known || die "unknown service '$name' in PARCELIQ_SERVICES (known: ${PIQ_ALL_SERVICES[*]})"
  done
  # Keep the start order of PIQ_ALL_SERVICES whatever order the user wrote them in.
  for svc in "${PIQ_ALL_SERVICES[@]}"; do
    for name in "${wanted[@]}"; do
      if [[ "${name// /}" == "$svc" ]]; then
        echo "$svc"
        break
      fi
    done
  done
}

is_known_service() {
  local svc
  for svc in "${PIQ_ALL_SERVICES[@]}"; do
    [[ "$svc" == "$1" ]] && return 0
  done
  return 1
}

# The platform admin key: PARCELIQ_ADMIN_KEY, else the one saved in the data directory, else a
# new random one. Always saved in <data>/admin-key, so it stays the same across restarts.
config_admin_key() {
  local file="$PIQ_DATA/admin-key"
  if [[ -n "${PARCELIQ_ADMIN_KEY:-}" ]]; then
    # Saved too, so a later `restart api` without the variable keeps the same key.
    if [[ ! -s "$file" || "$(head -n 1 "$file")" != "$PARCELIQ_ADMIN_KEY" ]]; then
      (umask 077 && printf '%s\n' "$PARCELIQ_ADMIN_KEY" >"$file")
    fi
    PIQ_ADMIN_KEY_SOURCE="PARCELIQ_ADMIN_KEY"
  elif [[ -s "$file" ]]; then
    PARCELIQ_ADMIN_KEY="$(head -n 1 "$file")"
    PIQ_ADMIN_KEY_SOURCE="$file"
  else
    PARCELIQ_ADMIN_KEY="piq_admin_$(random_hex 24)"
    (umask 077 && printf '%s\n' "$PARCELIQ_ADMIN_KEY" >"$file")
    PIQ_ADMIN_KEY_SOURCE="$file (new)"
  fi
  export PARCELIQ_ADMIN_KEY
}

# The secret the sandbox simulator signs its tracking pushes with and the API verifies them with
# (X-Sandbox-Signature, docs/tracking.md): one per stack, saved in the data directory like the
# admin key so restarts of either side keep agreeing.
config_webhook_secret() {
  local file="$PIQ_DATA/sandbox-webhook-secret"
  if [[ ! -s "$file" ]]; then
    (umask 077 && printf '%s\n' "whsec_$(random_hex 24)" >"$file")
  fi
  PIQ_SANDBOX_WEBHOOK_SECRET="$(head -n 1 "$file")"
  export PIQ_SANDBOX_WEBHOOK_SECRET
}

# The secret of the dev identity provider's one client (docs/security.md): one per stack, saved in
# the data directory so that scripts and tests of this stack can ask it for tokens.
config_identity_client() {
  local file="$PIQ_DATA/identity-client-secret"
  if [[ ! -s "$file" ]]; then
    (umask 077 && printf '%s\n' "idsec_$(random_hex 24)" >"$file")
  fi
  PIQ_IDENTITY_CLIENT_SECRET="$(head -n 1 "$file")"
  export PIQ_IDENTITY_CLIENT_SECRET
}

# The master key sealing tenants' carrier credentials (32 random bytes, base64):
# PARCELIQ_CRYPTO_MASTER_KEY, else the one saved in the data directory, else a new one. Losing it
# makes every stored carrier account unreadable, so it is kept beside the data it protects.
config_master_key() {
  local file="$PIQ_DATA/master-key"
  if [[ -n "${PARCELIQ_CRYPTO_MASTER_KEY:-}" ]]; then
    return 0
  elif [[ -s "$file" ]]; then
    PARCELIQ_CRYPTO_MASTER_KEY="$(head -n 1 "$file")"
  else
    PARCELIQ_CRYPTO_MASTER_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
    (umask 077 && printf '%s\n' "$PARCELIQ_CRYPTO_MASTER_KEY" >"$file")
  fi
  export PARCELIQ_CRYPTO_MASTER_KEY
}
