#!/usr/bin/env bash
# Deploys a built portsite site to object storage (S3, R2, B2, MinIO, … any rclone remote)
# and moves only what changed since the last deploy.
#
#   scripts/deploy-rclone.sh PUBLIC REMOTE:BUCKET[/PREFIX] [RCLONE FLAGS…]
#
# Extra flags go to every rclone command (for example -v to list each file, --dry-run to
# see what would move, --transfers 64 on a fast link).
# Needs rclone and jq. The remote is any rclone remote, configured in rclone.conf or with
# RCLONE_CONFIG_<NAME>_* variables (see docs/deploy-static.md). How it works:
#   1. reads the manifest the last deploy left (REMOTE/.portsite-manifest.json, or the file
#      or remote path in $PORTSITE_DEPLOY_STATE); none means a first, full upload;
#   2. compares it with PUBLIC/.portsite-manifest.json by SHA-256 (nothing is hashed again);
#   3. uploads new and changed files, assets first and pages next, each group with its
#      Content-Type and Cache-Control;
#   4. uploads the new manifest, then deletes the files the new build no longer has: no file
#      is deleted before everything that replaces it is up.
# A deploy that fails part-way leaves the old manifest in place, so the next run uploads the
# same changes again (uploads are idempotent).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/plan.sh
. "$here/deploy/plan.sh"

if [ $# -lt 2 ]; then
  echo "usage: $0 PUBLIC REMOTE:BUCKET[/PREFIX] [RCLONE FLAGS...]" >&2
  exit 2
fi
public=${1%/}
remote=${2%/}
shift 2
flags=("$@")
manifest="$public/.portsite-manifest.json"
state=${PORTSITE_DEPLOY_STATE:-$remote/.portsite-manifest.json}
for tool in rclone jq; do
  command -v "$tool" >/dev/null || { echo "deploy: $tool is missing (Debian: apt-get install $tool)" >&2; exit 1; }
done
if [ ! -f "$manifest" ]; then
  echo "deploy: $manifest not found: run 'portsite build' first (it writes the manifest)" >&2
  exit 1
fi

work=$(mktemp -d -t portsite-deploy.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The previous manifest; "not found" is a first deploy, any other failure stops here.
if ! rclone cat "$state" "${flags[@]}" > "$work/previous.json" 2> "$work/cat.err"; then
  if grep -qiE "not found|doesn't exist|does not exist|NoSuchKey|404" "$work/cat.err"; then
    : > "$work/previous.json"
  else
    echo "deploy: could not read the last deploy's manifest at $state:" >&2
    cat "$work/cat.err" >&2
    exit 1
  fi
fi
deploy_plan "$manifest" "$work/previous.json" "$work/plan"
read -r uploads removals files < "$work/plan/counts"
echo "deploy: $files files in the build; uploading $uploads, deleting $removals"

common=(--no-traverse --no-check-dest --transfers "${RCLONE_TRANSFERS:-16}"
        --checkers "${RCLONE_CHECKERS:-16}" "${flags[@]}")
while IFS=$'\t' read -r list type cache; do
  rclone copy "$public" "$remote" --files-from-raw "$list" "${common[@]}" \
    --header-upload "Content-Type: $type" --header-upload "Cache-Control: $cache"
done < "$work/plan/groups.tsv"

# The new state goes up only after every upload succeeded: from here on the remote holds
# the new site, and the next deploy compares against it.
rclone copyto "$manifest" "$state" "${common[@]}" \
  --header-upload "Content-Type: application/json" --header-upload "Cache-Control: no-store"

if [ "$removals" -gt 0 ]; then
  rclone delete "$remote" --files-from-raw "$work/plan/removed.txt" --no-traverse "${flags[@]}"
fi
echo "deploy: done; $uploads uploaded, $removals deleted"
