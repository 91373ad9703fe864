# shellcheck shell=bash
# The dev OIDC issuer (dev-identity module): discovery, JWKS and a client_credentials token
# endpoint that signs the subject, tenant and roles a client asks for. For development and tests
# only; the API trusts it as its OIDC issuer (PARCELIQ_OIDC_ISSUER).

readonly PIQ_IDENTITY_JAR_REL=dev-identity/target/parceliq-dev-identity.jar
readonly PIQ_IDENTITY_CLIENT_ID=parceliq-dev

identity_port() { echo "$PARCELIQ_IDENTITY_PORT"; }
identity_timeout() { echo "${PARCELIQ_IDENTITY_TIMEOUT:-30}"; }
identity_base_url() { echo "http://127.0.0.1:$PARCELIQ_IDENTITY_PORT"; }
identity_url() { echo "$(identity_base_url) (token: POST /token, client $PIQ_IDENTITY_CLIENT_ID, secret in $PIQ_DATA/identity-client-secret)"; }
identity_jar() { echo "$PIQ_ROOT/$PIQ_IDENTITY_JAR_REL"; }

identity_prepare() { ensure_java; }

identity_launch() {
  local dir
  dir="$(svc_dir identity)"
  # The signing key lives in the service's directory, so a restart keeps issued tokens valid; the
  # client secret goes in the environment, so it stays out of `ps`.
  svc_spawn identity env "IDENTITY_CLIENT_ID=$PIQ_IDENTITY_CLIENT_ID" \
    "IDENTITY_CLIENT_SECRET=${PIQ_IDENTITY_CLIENT_SECRET:-}" \
    "$PIQ_JAVA" -Xmx64m "-Dparceliq.home=$dir/" -jar "$(identity_jar)" \
    --bind 127.0.0.1 --port "$PARCELIQ_IDENTITY_PORT" --data-dir "$dir"
}

identity_ready() { http_ok "$(identity_base_url)/health"; }
