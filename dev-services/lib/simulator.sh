# shellcheck shell=bash
# The sandbox carrier's simulator (CONTRACT section 6), a standalone HTTP server of this repo.

readonly PIQ_SIMULATOR_JAR_REL=carrier-plugins/sandbox-simulator/target/parceliq-sandbox-simulator.jar

simulator_port() { echo "$PARCELIQ_SIMULATOR_PORT"; }
simulator_timeout() { echo "${PARCELIQ_SIMULATOR_TIMEOUT:-60}"; }
simulator_base_url() { echo "http://127.0.0.1:$PARCELIQ_SIMULATOR_PORT"; }
simulator_url() { echo "$(simulator_base_url) (control: /_control/stats, /_control/reset, /_control/outage)"; }
simulator_jar() { echo "$PIQ_ROOT/$PIQ_SIMULATOR_JAR_REL"; }

simulator_prepare() { ensure_java; }

simulator_launch() {
  local dir args=(--bind 127.0.0.1 --port "$PARCELIQ_SIMULATOR_PORT")
  dir="$(svc_dir simulator)"
  # Where the simulator pushes tracking updates (sbx:deliver): ParcelIQ's carrier webhook, signed
  # with the stack's secret (passed in the environment, so it stays out of `ps`).
  args+=(--webhook-url "${PARCELIQ_SIMULATOR_WEBHOOK_URL:-$(api_base_url)/v1/carrier_webhooks/sandbox}")
  # -Dparceliq.home marks the process as this stack's (see svc_marker).
  svc_spawn simulator env "SIMULATOR_WEBHOOK_SECRET=${PIQ_SANDBOX_WEBHOOK_SECRET:-}" \
    "$PIQ_JAVA" -Xmx256m "-Dparceliq.home=$dir/" -jar "$(simulator_jar)" "${args[@]}"
}

simulator_ready() { http_ok "$(simulator_base_url)/health"; }
