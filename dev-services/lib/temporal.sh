# shellcheck shell=bash
# The Temporal dev server (from the temporal CLI) on 127.0.0.1:$PARCELIQ_TEMPORAL_PORT, Web UI on
# $PARCELIQ_TEMPORAL_UI_PORT, state in <data>/temporal/temporal.db so it survives a restart.

readonly PIQ_TEMPORAL_NAMESPACE="${PARCELIQ_TEMPORAL_NAMESPACE:-parceliq}"

# CONTRACT section 4: what operators search by in the Web UI.
readonly PIQ_SEARCH_ATTRIBUTES=(
  TenantId=Keyword ShipmentId=Keyword ShipmentStatus=Keyword Carrier=Keyword
  TrackingCode=Keyword BatchId=Keyword NeedsAttention=Bool
)

# Eager start saves a round trip when the API starts a workflow; buy is a workflow update, and
# update-with-start (ExecuteMultiOperation) lets a caller start and update in one call.
readonly PIQ_TEMPORAL_DYNAMIC_CONFIG=(
  system.enableEagerWorkflowStart=true
  frontend.enableUpdateWorkflowExecution=true
  frontend.enableUpdateWorkflowExecutionAsyncAccepted=true
  frontend.enableExecuteMultiOperation=true
)

temporal_port() { echo "$PARCELIQ_TEMPORAL_PORT"; }
temporal_extra_ports() { echo "$PARCELIQ_TEMPORAL_UI_PORT"; }
temporal_timeout() { echo "${PARCELIQ_TEMPORAL_TIMEOUT:-60}"; }
temporal_url() { echo "127.0.0.1:$PARCELIQ_TEMPORAL_PORT (gRPC), Web UI $(temporal_ui_url)"; }
temporal_ui_url() { echo "http://127.0.0.1:$PARCELIQ_TEMPORAL_UI_PORT/namespaces/$PIQ_TEMPORAL_NAMESPACE/workflows"; }

temporal_prepare() { ensure_temporal_cli; }

temporal_launch() {
  local dir args=() entry
  dir="$(svc_dir temporal)"
  mkdir -p "$dir"
  for entry in "${PIQ_SEARCH_ATTRIBUTES[@]}"; do
    args+=(--search-attribute "$entry")
  done
  for entry in "${PIQ_TEMPORAL_DYNAMIC_CONFIG[@]}"; do
    args+=(--dynamic-config-value "$entry")
  done
  svc_spawn temporal "$PIQ_TEMPORAL" server start-dev \
    --ip 127.0.0.1 --port "$PARCELIQ_TEMPORAL_PORT" --ui-port "$PARCELIQ_TEMPORAL_UI_PORT" \
    --db-filename "$dir/temporal.db" --namespace "$PIQ_TEMPORAL_NAMESPACE" \
    --ui-disable-news-fetch --log-level warn "${args[@]}"
}

temporal_cli() {
  "$PIQ_TEMPORAL" "$@" --address "127.0.0.1:$PARCELIQ_TEMPORAL_PORT"
}

temporal_ready() {
  # `status` does not install tools: without the CLI, an open port has to do.
  if [[ -z "${PIQ_TEMPORAL:-}" ]] && ! temporal_find_installed_cli; then
    port_open "$PARCELIQ_TEMPORAL_PORT"
    return
  fi
  temporal_cli operator namespace describe -n "$PIQ_TEMPORAL_NAMESPACE" >/dev/null 2>&1
}

# start-dev registers --search-attribute only when it creates the database, so attributes added
# since (or a database from an older launcher) are registered here. Creating an existing
# attribute with the same type is a no-op.
temporal_after_ready() {
  local args=() entry output
  for entry in "${PIQ_SEARCH_ATTRIBUTES[@]}"; do
    args+=(--name "${entry%%=*}" --type "${entry#*=}")
  done
  if ! output="$(temporal_cli operator search-attribute create -n "$PIQ_TEMPORAL_NAMESPACE" "${args[@]}" 2>&1)"; then
    die "could not register the search attributes in namespace $PIQ_TEMPORAL_NAMESPACE: $output"
  fi
}
