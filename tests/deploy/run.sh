#!/usr/bin/env bash
# Tests the deploy recipes end to end (docs/deploy-static.md):
#  - object storage: scripts/deploy-rclone.sh against a real S3 API server on loopback (moto's
#    server, from PyPI), checked through the S3 API with boto3;
#  - a server folder: scripts/deploy-rsync.sh into a local folder.
# Each recipe: a full first deploy; then one entry edited, the site rebuilt and deployed
# again, which must upload only the files whose bytes changed (at most 50); then a port
# dropped from the span, which must be deleted only after everything else is up.
# Exits 0 with "deploy tests: skipped: …" when a tool is missing (scripts/test.sh says so).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"

missing=()
for tool in rclone jq rsync moto_server python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -eq 0 ] && ! python3 -c 'import boto3' 2>/dev/null; then
  missing+=("boto3")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "deploy tests: skipped: ${missing[*]} not installed (.ci/run installs rclone, jq and rsync from apt and moto[server] from PyPI)"
  exit 0
fi

work="$(mktemp -d -t portsite-deploy-test.XXXXXX)"
moto_pid=""
cleanup() {
  [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

(cd "$repo" && cargo build --profile test-release --quiet)
portsite="$target_dir/test-release/portsite"
site="$work/site"
mkdir -p "$site"
cp -r "$repo"/{content,templates,locales,static,site.yaml} "$site/"
# Ports 3000-3999 in four locales: 4,000 port pages, 3712 (a curated entry) among them.
sed -i -e 's/^  from: 0$/  from: 3000/' -e 's/^  to: 65535$/  to: 3999/' "$site/site.yaml"
grep -q '^  to: 3999$' "$site/site.yaml" || { echo "deploy tests: could not set the port span" >&2; exit 1; }
build() { "$portsite" build --root "$site" 2> "$work/build.log" || { cat "$work/build.log" >&2; exit 1; }; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
moto_server -H 127.0.0.1 -p "$port" > "$work/moto.log" 2>&1 &
moto_pid=$!
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1
# The server is plain HTTP on loopback; a CA bundle from the environment only trips rclone's
# AWS SDK ("unable to load custom CA bundle").
unset AWS_CA_BUNDLE
export RCLONE_CONFIG_SITE_TYPE=s3 RCLONE_CONFIG_SITE_PROVIDER=Other \
  RCLONE_CONFIG_SITE_ACCESS_KEY_ID=testing RCLONE_CONFIG_SITE_SECRET_ACCESS_KEY=testing \
  RCLONE_CONFIG_SITE_ENDPOINT="http://127.0.0.1:$port" RCLONE_CONFIG_SITE_REGION=us-east-1 \
  RCLONE_CONFIG_SITE_FORCE_PATH_STYLE=true
export RCLONE_CONFIG=/dev/null   # the remote is all environment
export S3_ENDPOINT="http://127.0.0.1:$port" BUCKET=portsite
for _ in $(seq 100); do
  python3 "$here/s3check.py" ping 2>/dev/null && break
  sleep 0.1
done
rclone mkdir site:portsite

deploy_s3() {
  "$repo/scripts/deploy-rclone.sh" "$site/public" site:portsite -v 2>> "$work/rclone.log" \
    || { tail -n 20 "$work/rclone.log" >&2; exit 1; }
}
serverdir="$work/server"
deploy_rsync() { "$repo/scripts/deploy-rsync.sh" "$site/public" "$serverdir"; }

echo "deploy tests: first build and full deploys"
build
grep -E '^(built|output|fits|too large)' "$work/build.log"
mkdir -p "$serverdir"
deploy_s3 | tee "$work/deploy1.txt"
python3 "$here/s3check.py" full "$site/public"
deploy_rsync | tee "$work/rsync1.txt"
python3 "$here/s3check.py" same-tree "$site/public" "$serverdir"

echo "deploy tests: one entry edited"
entry="$site/content/ports/3712/index.en.md"
python3 - "$entry" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("\n## ", "\nA sentence added by the deploy test.\n\n## ", 1))
PY
cp "$site/public/.portsite-manifest.json" "$work/before.json"
build
sleep 1.1   # S3 LastModified has one-second resolution
start=$(date -u +%s)
started=$(date +%s.%N)
deploy_s3 | tee "$work/deploy2.txt"
awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", b - a }' > "$work/deploy2.time"
python3 "$here/s3check.py" edit "$site/public" "$work/before.json" "$start" ports/3712/index.html
echo "deploy tests: second deploy took $(cat "$work/deploy2.time") s"
deploy_rsync | tee "$work/rsync2.txt"
grep -q 'Number of regular files transferred: [0-9]$\|Number of regular files transferred: [1-4][0-9]$' "$work/rsync2.txt" \
  || { echo "deploy tests: rsync sent more than 49 files after one edit" >&2; exit 1; }
python3 "$here/s3check.py" same-tree "$site/public" "$serverdir"

echo "deploy tests: a port dropped from the span"
sed -i 's/^  to: 3999$/  to: 3998/' "$site/site.yaml"
build
: > "$work/rclone.log"
deploy_s3 | tee "$work/deploy3.txt"
python3 "$here/s3check.py" removal "$site/public" "$work/rclone.log" ports/3999/index.html
deploy_rsync | tee "$work/rsync3.txt"
python3 "$here/s3check.py" same-tree "$site/public" "$serverdir"
echo "deploy tests: passed"
