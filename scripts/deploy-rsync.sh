#!/usr/bin/env bash
# Deploys a built portsite site to a folder on a server (or a local folder) with rsync and
# moves only what changed since the last deploy.
#
#   scripts/deploy-rsync.sh PUBLIC [USER@]HOST:/srv/portsite     (or a local folder)
#
# Needs rsync (3.1 or newer, on both ends) and jq. Like the object-storage recipe it reads
# the manifest the last deploy left in the destination, uploads only new and changed files
# (each written to a temporary name and renamed, so a reader never sees half a page), then
# the new manifest, then deletes what the new build no longer has. rsync's own quick check
# cannot help here: every build writes every file anew, so all modification times change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/plan.sh
. "$here/deploy/plan.sh"

if [ $# -ne 2 ]; then
  echo "usage: $0 PUBLIC DESTINATION" >&2
  exit 2
fi
public=${1%/}
dest=${2%/}
manifest="$public/.portsite-manifest.json"
for tool in rsync jq; do
  command -v "$tool" >/dev/null || { echo "deploy: $tool is missing (Debian: apt-get install $tool)" >&2; exit 1; }
done
if [ ! -f "$manifest" ]; then
  echo "deploy: $manifest not found: run 'portsite build' first (it writes the manifest)" >&2
  exit 1
fi

work=$(mktemp -d -t portsite-deploy.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The previous manifest; a destination without one gets a full upload.
rsync -q "$dest/.portsite-manifest.json" "$work/previous.json" 2>/dev/null || : > "$work/previous.json"
deploy_plan "$manifest" "$work/previous.json" "$work/plan"
read -r uploads removals files < "$work/plan/counts"
echo "deploy: $files files in the build; uploading $uploads, deleting $removals"

# --files-from implies --relative: each path keeps its folders under the destination.
rsync -a --files-from="$work/plan/uploads.txt" --stats "$public/" "$dest/" | grep -E '^Number of regular files transferred' || true
rsync -a "$manifest" "$dest/.portsite-manifest.json"
if [ "$removals" -gt 0 ]; then
  # Paths missing from the source are deleted on the receiving side (nothing is sent), the
  # folders the build no longer has with everything in them (--force). rsync reports those
  # paths as "vanished" (exit status 24): that is the point here, so it is not an error.
  cat "$work/plan/removed.txt" "$work/plan/removed-dirs.txt" > "$work/delete.txt"
  status=0
  rsync -a --files-from="$work/delete.txt" --delete-missing-args --no-implied-dirs --force \
    "$public/" "$dest/" 2> "$work/delete.err" || status=$?
  grep -vE 'file has vanished|parent dir is absent|\(code 24\)' "$work/delete.err" >&2 || true
  if [ "$status" -ne 0 ] && [ "$status" -ne 24 ]; then
    echo "deploy: deleting removed files failed (rsync exit status $status)" >&2
    exit "$status"
  fi
fi
echo "deploy: done; $uploads uploaded, $removals deleted"
