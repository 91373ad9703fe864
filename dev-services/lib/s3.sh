# shellcheck shell=bash
# An S3-compatible store (S3Proxy with its filesystem backend) on 127.0.0.1:$PARCELIQ_S3_PORT.
# Objects live under <data>/s3/buckets/<bucket>/.

readonly PIQ_S3_ACCESS_KEY=parceliq PIQ_S3_SECRET_KEY=parceliq-secret PIQ_S3_REGION=us-east-1
readonly PIQ_S3_LABELS_BUCKET=parceliq-labels PIQ_S3_ARCHIVE_BUCKET=parceliq-archive
readonly PIQ_S3_FINANCE_BUCKETS=parceliq-reconciliation,parceliq-invoices,parceliq-claims
# Every bucket the apps expect to exist (comma separated).
PIQ_S3_BUCKETS="${PARCELIQ_S3_BUCKETS:-$PIQ_S3_LABELS_BUCKET,$PIQ_S3_ARCHIVE_BUCKET,$PIQ_S3_FINANCE_BUCKETS}"

s3_port() { echo "$PARCELIQ_S3_PORT"; }
s3_timeout() { echo "${PARCELIQ_S3_TIMEOUT:-60}"; }
s3_endpoint() { echo "http://127.0.0.1:$PARCELIQ_S3_PORT"; }
s3_url() { echo "$(s3_endpoint) (access key $PIQ_S3_ACCESS_KEY, secret $PIQ_S3_SECRET_KEY, region $PIQ_S3_REGION, path-style, bucket $PIQ_S3_LABELS_BUCKET)"; }

s3_prepare() {
  ensure_java
  ensure_s3proxy
}

s3_launch() {
  local dir conf
  dir="$(svc_dir s3)"
  conf="$dir/s3proxy.conf"
  mkdir -p "$dir/buckets"
  cat >"$conf" <<EOF
# Written by ./parceliq at every start; edit dev-services/lib/s3.sh instead.
s3proxy.endpoint=$(s3_endpoint)
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$PIQ_S3_ACCESS_KEY
s3proxy.credential=$PIQ_S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir/buckets
EOF
  # A small store for a handful of labels: C1 only, and a class-data archive (written at the
  # first stop) that halves the next start.
  svc_spawn s3 "$PIQ_JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$dir/s3proxy-$PIQ_S3PROXY_VERSION.jsa" \
    -jar "$PIQ_S3PROXY_JAR" --properties "$conf"
}

# Any HTTP answer means the server listens (anonymous requests are answered 403).
s3_ready() {
  [[ "$(curl -s -o /dev/null --max-time 3 -w '%{http_code}' "$(s3_endpoint)/")" != 000 ]]
}

# A request signed with AWS Signature V4, the way the apps' AWS SDK signs.
s3_signed_curl() {
  curl -sS --max-time 10 --aws-sigv4 "aws:amz:$PIQ_S3_REGION:s3" \
    --user "$PIQ_S3_ACCESS_KEY:$PIQ_S3_SECRET_KEY" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@"
}

# Creates the buckets (an existing one answers 409, which is fine) and checks each with a signed
# HEAD, which proves the credentials work as the apps will use them.
s3_after_ready() {
  local bucket code buckets=()
  IFS=',' read -r -a buckets <<<"$PIQ_S3_BUCKETS"
  for bucket in "${buckets[@]}"; do
    code="$(s3_signed_curl -o /dev/null -w '%{http_code}' -X PUT "$(s3_endpoint)/$bucket")"
    [[ "$code" == 200 || "$code" == 409 ]] || die "could not create the S3 bucket $bucket (HTTP $code)"
    code="$(s3_signed_curl -o /dev/null -w '%{http_code}' -I "$(s3_endpoint)/$bucket")"
    [[ "$code" == 200 ]] || die "the S3 bucket $bucket does not answer a signed HEAD (HTTP $code)"
  done
}
