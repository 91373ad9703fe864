# shellcheck shell=bash
# The ParcelIQ API and workers: Quarkus apps configured through environment variables (Quarkus
# maps PARCELIQ_S3_ENDPOINT to parceliq.s3.endpoint, and so on).

readonly PIQ_API_JAR_REL=api/target/quarkus-app/quarkus-run.jar
readonly PIQ_WORKERS_JAR_REL=workers/target/quarkus-app/quarkus-run.jar

api_port() { echo "$PARCELIQ_API_PORT"; }
api_timeout() { echo "${PARCELIQ_APP_TIMEOUT:-180}"; }
api_base_url() { echo "http://127.0.0.1:$PARCELIQ_API_PORT"; }
api_url() { api_base_url; }
api_jar() { echo "$PIQ_ROOT/$PIQ_API_JAR_REL"; }
api_prepare() { ensure_java; }
api_ready() { http_ok "$(api_base_url)/q/health/ready"; }
api_launch() { app_launch api "$PARCELIQ_API_PORT" "$(api_jar)"; }

workers_port() { echo "$PARCELIQ_WORKERS_PORT"; }
workers_timeout() { echo "${PARCELIQ_APP_TIMEOUT:-180}"; }
workers_base_url() { echo "http://127.0.0.1:$PARCELIQ_WORKERS_PORT"; }
workers_url() { echo "$(workers_base_url) (health /q/health, metrics /q/metrics)"; }
workers_jar() { echo "$PIQ_ROOT/$PIQ_WORKERS_JAR_REL"; }
workers_prepare() { ensure_java; }
workers_ready() { http_ok "$(workers_base_url)/q/health/ready"; }
workers_launch() { app_launch workers "$PARCELIQ_WORKERS_PORT" "$(workers_jar)"; }

# A dependency the launcher runs is always reached on loopback. One it does not run (see
# --external-services) is wherever the user's environment says (even empty: PARCELIQ_S3_ENDPOINT=""
# means AWS itself), else the default loopback port.
app_dependency() {
  local svc="$1" var="$2" local_value="$3"
  if service_selected "$svc" || [[ -n "$(svc_pid "$svc")" || -z "${!var+set}" ]]; then
    echo "$local_value"
  else
    echo "${!var}"
  fi
}

# The configuration both apps read (docs: README "Configuration").
app_environment() {
  local s3_endpoint
  s3_endpoint="$(app_dependency s3 PARCELIQ_S3_ENDPOINT "$(s3_endpoint)")"
  printf '%s\n' \
    "PARCELIQ_TEMPORAL_TARGET=$(app_dependency temporal PARCELIQ_TEMPORAL_TARGET "127.0.0.1:$PARCELIQ_TEMPORAL_PORT")" \
    "PARCELIQ_TEMPORAL_NAMESPACE=$PIQ_TEMPORAL_NAMESPACE" \
    "QUARKUS_DATASOURCE_JDBC_URL=$(app_dependency postgres QUARKUS_DATASOURCE_JDBC_URL "jdbc:postgresql://127.0.0.1:$PARCELIQ_PG_PORT/$PIQ_PG_DB")" \
    "QUARKUS_DATASOURCE_USERNAME=$(app_dependency postgres QUARKUS_DATASOURCE_USERNAME "$PIQ_PG_USER")" \
    "QUARKUS_DATASOURCE_PASSWORD=$(app_dependency postgres QUARKUS_DATASOURCE_PASSWORD "$PIQ_PG_PASSWORD")" \
    "PARCELIQ_S3_ENDPOINT=$s3_endpoint" \
    "PARCELIQ_S3_REGION=$(app_dependency s3 PARCELIQ_S3_REGION "$PIQ_S3_REGION")" \
    "PARCELIQ_S3_ACCESS_KEY=$(app_dependency s3 PARCELIQ_S3_ACCESS_KEY "$PIQ_S3_ACCESS_KEY")" \
    "PARCELIQ_S3_SECRET_KEY=$(app_dependency s3 PARCELIQ_S3_SECRET_KEY "$PIQ_S3_SECRET_KEY")" \
    "PARCELIQ_S3_PATH_STYLE=$(app_dependency s3 PARCELIQ_S3_PATH_STYLE true)" \
    "PARCELIQ_S3_LABELS_BUCKET=${PARCELIQ_S3_LABELS_BUCKET:-$PIQ_S3_LABELS_BUCKET}" \
    "PARCELIQ_CARRIERS_SANDBOX_BASE_URL=$(app_dependency simulator PARCELIQ_CARRIERS_SANDBOX_BASE_URL "$(simulator_base_url)")" \
    "PARCELIQ_ADMIN_KEY=$PARCELIQ_ADMIN_KEY" \
    "PARCELIQ_OIDC_ISSUER=$(app_dependency identity PARCELIQ_OIDC_ISSUER "$(identity_base_url)")" \
    "PARCELIQ_CARRIERS_SANDBOX_WEBHOOK_SECRET=${PIQ_SANDBOX_WEBHOOK_SECRET:-}" \
    "PARCELIQ_CRYPTO_MASTER_KEY=$PARCELIQ_CRYPTO_MASTER_KEY" \
    "PARCELIQ_WEBHOOKS_ALLOW_PRIVATE_URLS=${PARCELIQ_WEBHOOKS_ALLOW_PRIVATE_URLS:-true}" \
    "QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}"
}

# The launcher's own variables: Quarkus would read PARCELIQ_API_PORT as parceliq.api.port.
readonly PIQ_LAUNCHER_ONLY_VARS=(
  "${PIQ_PORT_VARS[@]}" PARCELIQ_DATA_DIR PARCELIQ_TOOLS_DIR PARCELIQ_SERVICES PARCELIQ_SKIP_BUILD
  PARCELIQ_MVNW PARCELIQ_JAVA_HOME PARCELIQ_JAVA_OPTS PARCELIQ_PG_SOURCE PARCELIQ_PG_BIN PARCELIQ_PG_FAST
  PARCELIQ_PG_OS_USER PARCELIQ_MAVEN_REPO PARCELIQ_S3_BUCKETS PARCELIQ_LAUNCHER PARCELIQ_API_URL
  PARCELIQ_WORKERS_URL PARCELIQ_SIMULATOR_URL PARCELIQ_TEST_DATA_DIR PARCELIQ_APP_TIMEOUT
  PARCELIQ_PG_TIMEOUT PARCELIQ_S3_TIMEOUT PARCELIQ_TEMPORAL_TIMEOUT PARCELIQ_SIMULATOR_TIMEOUT
  PARCELIQ_STOP_TIMEOUT PARCELIQ_LOG_LINES PARCELIQ_SIMULATOR_WEBHOOK_URL PARCELIQ_CARRIER_STUB_PORT
  PARCELIQ_IDENTITY_URL PARCELIQ_IDENTITY_TIMEOUT
)

app_launch() {
  local svc="$1" port="$2" jar="$3" env_lines=() java_opts=() unset_args=() var
  [[ -f "$jar" ]] || die "$jar is missing: run ./parceliq build (or ./mvnw -B -DskipTests install)"
  mapfile -t env_lines < <(app_environment)
  read -r -a java_opts <<<"${PARCELIQ_JAVA_OPTS:-}"
  for var in "${PIQ_LAUNCHER_ONLY_VARS[@]}"; do
    unset_args+=(-u "$var")
  done
  # -Dparceliq.home marks the process as this stack's (see svc_marker). Native access: the API's
  # embedded Cedar engine loads a native library (JDK 24+ warns without the flag).
  svc_spawn "$svc" env "${unset_args[@]}" "${env_lines[@]}" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    "$PIQ_JAVA" --enable-native-access=ALL-UNNAMED "${java_opts[@]}" "-Dparceliq.home=$(svc_dir "$svc")/" -jar "$jar"
}
