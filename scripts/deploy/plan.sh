#!/usr/bin/env bash
# Sourced by the deploy recipes (needs jq). deploy_plan NEW OLD PLAN_DIR compares two build
# manifests (.portsite-manifest.json) by SHA-256, without reading the site, and writes:
#   PLAN_DIR/groups.tsv        one line per upload group, in upload order:
#                              "<list file><TAB><Content-Type><TAB><Cache-Control>"
#   PLAN_DIR/upload-N.txt      the paths of group N (new or changed files)
#   PLAN_DIR/uploads.txt       every path to upload, in the same order
#   PLAN_DIR/removed.txt       paths the new build no longer has (deleted last)
#   PLAN_DIR/removed-dirs.txt  folders the new build no longer has (for file-tree targets)
#   PLAN_DIR/counts            "<uploads> <removals> <files>"
# OLD may be missing or empty: then every file is uploaded. Upload order: static assets and
# the search index first, pages next, sitemaps, feeds and robots.txt last, so that a page
# never refers to an asset that is not there yet.
deploy_plan() {
  local new=$1 old=$2 plan=$3
  mkdir -p "$plan"
  rm -f "$plan"/upload-*.txt "$plan"/removed*.txt "$plan/groups.tsv" "$plan/uploads.txt"
  if [ ! -s "$old" ]; then
    echo '{"files": []}' > "$plan/empty.json"
    old="$plan/empty.json"
  fi
  jq -r --slurpfile old "$old" '
    def rank: if startswith("static/") then 1
      elif startswith("search/") or test("^[a-z-]+/search/") then 2
      elif endswith(".html") then 3 else 4 end;
    def ctype: if endswith(".html") then "text/html; charset=utf-8"
      elif endswith(".css") then "text/css; charset=utf-8"
      elif endswith(".js") then "text/javascript; charset=utf-8"
      elif endswith(".json") then "application/json"
      elif endswith(".svg") then "image/svg+xml"
      elif test("(^|/)feed\\.xml$") then "application/atom+xml; charset=utf-8"
      elif endswith(".xml") then "application/xml; charset=utf-8"
      elif endswith(".txt") then "text/plain; charset=utf-8"
      elif endswith(".png") then "image/png"
      elif endswith(".woff2") then "font/woff2"
      else "application/octet-stream" end;
    # Static assets keep their names across builds (no hash in the name): an hour. Pages,
    # the search index, sitemaps and feeds change with any content edit: five minutes.
    def cache: if startswith("static/") then "public, max-age=3600"
      else "public, max-age=300" end;
    def dirs: [.[] | split("/") | .[:-1] | range(1; length + 1) as $n | .[:$n] | join("/")]
      | unique;
    ($old[0].files | map({key: .path, value: .sha256}) | from_entries) as $before
    | (.files | map({key: .path, value: true}) | from_entries) as $now
    | ([.files[].path] | dirs | map({key: ., value: true}) | from_entries) as $now_dirs
    | ([.files[] | select($before[.path] != .sha256) | .path]
       | sort_by(rank) | .[] | "U\t\(rank)\t\(ctype)\t\(cache)\t\(.)"),
      ($old[0].files[] | select($now[.path] | not) | "R\t\t\t\t\(.path)"),
      ([$old[0].files[].path] | dirs | .[] | select($now_dirs[.] | not) | "D\t\t\t\t\(.)")
  ' "$new" > "$plan/lines.tsv"
  awk -F'\t' -v plan="$plan" '
    $1 == "U" {
      key = $2 "\t" $3 "\t" $4
      if (!(key in group)) {
        group[key] = ++groups
        printf "%s/upload-%d.txt\t%s\t%s\n", plan, groups, $3, $4 > (plan "/groups.tsv")
      }
      print $5 > (plan "/upload-" group[key] ".txt")
      print $5 > (plan "/uploads.txt")
    }
    $1 == "R" { print $5 > (plan "/removed.txt") }
    $1 == "D" { print $5 > (plan "/removed-dirs.txt") }
  ' "$plan/lines.tsv"
  touch "$plan/removed.txt" "$plan/removed-dirs.txt" "$plan/groups.tsv" "$plan/uploads.txt"
  echo "$(wc -l < "$plan/uploads.txt") $(wc -l < "$plan/removed.txt") $(jq '.files | length' "$new")" \
    > "$plan/counts"
}
