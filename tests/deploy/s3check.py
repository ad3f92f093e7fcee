"""Checks for tests/deploy/run.sh, read through the S3 API (boto3) or the filesystem.

Usage: s3check.py ping | full PUBLIC | edit PUBLIC BEFORE_MANIFEST START_EPOCH MUST_PATH
       | removal PUBLIC RCLONE_LOG GONE_PATH | same-tree PUBLIC FOLDER
S3_ENDPOINT and BUCKET name the server and bucket. Exits non-zero with a message on failure.
"""

import hashlib
import json
import os
import sys

MANIFEST = ".portsite-manifest.json"
EXPECTED = {  # a sample of each kind: Content-Type, Cache-Control
    "ports/3712/index.html": ("text/html; charset=utf-8", "public, max-age=300"),
    "tr/ports/3712/index.html": ("text/html; charset=utf-8", "public, max-age=300"),
    "static/site.css": ("text/css; charset=utf-8", "public, max-age=3600"),
    "static/highlight.css": ("text/css; charset=utf-8", "public, max-age=3600"),
    "static/site.js": ("text/javascript; charset=utf-8", "public, max-age=3600"),
    "static/favicon.svg": ("image/svg+xml", "public, max-age=3600"),
    "search/en/s.json": ("application/json", "public, max-age=300"),
    "feed.xml": ("application/atom+xml; charset=utf-8", "public, max-age=300"),
    "sitemap.xml": ("application/xml; charset=utf-8", "public, max-age=300"),
    "robots.txt": ("text/plain; charset=utf-8", "public, max-age=300"),
}


def fail(message):
    print(f"deploy tests: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def client():
    import boto3

    return boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])


def objects():
    s3, bucket, found = client(), os.environ["BUCKET"], {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for obj in page.get("Contents", []):
            found[obj["Key"]] = obj
    return found


def manifest(path):
    with open(path, encoding="utf-8") as f:
        return {f["path"]: f for f in json.load(f)["files"]}


def check_same_objects(public):
    files, found = manifest(os.path.join(public, MANIFEST)), objects()
    if MANIFEST not in found:
        fail("the deploy left no manifest in the bucket")
    keys = set(found) - {MANIFEST}
    if keys != set(files):
        fail(f"bucket and build differ: missing {sorted(set(files) - keys)[:5]}, extra {sorted(keys - set(files))[:5]}")
    for key, record in files.items():
        if found[key]["Size"] != record["size"]:
            fail(f"{key}: {found[key]['Size']} bytes in the bucket, {record['size']} built")
    return files, found


def full(public):
    files, _ = check_same_objects(public)
    s3, bucket = client(), os.environ["BUCKET"]
    for key, (ctype, cache) in EXPECTED.items():
        head = s3.head_object(Bucket=bucket, Key=key)
        if head["ContentType"] != ctype or head.get("CacheControl") != cache:
            fail(f"{key}: Content-Type {head['ContentType']!r}, Cache-Control {head.get('CacheControl')!r}; expected {ctype!r}, {cache!r}")
        body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        if hashlib.sha256(body).hexdigest() != files[key]["sha256"]:
            fail(f"{key}: the bytes in the bucket are not the built ones")
    print(f"deploy tests: full deploy: {len(files)} files in the bucket, headers right for {len(EXPECTED)} kinds")


def edit(public, before_path, start, must):
    files, found = check_same_objects(public)
    before = manifest(before_path)
    changed = {k for k, f in files.items() if before.get(k, {}).get("sha256") != f["sha256"]}
    uploaded = {k for k, o in found.items() if k != MANIFEST and o["LastModified"].timestamp() >= float(start)}
    if must not in changed:
        fail(f"the edit did not change {must}")
    if uploaded != changed:
        fail(f"uploaded {sorted(uploaded)[:10]} ({len(uploaded)}) but changed {sorted(changed)[:10]} ({len(changed)})")
    if len(uploaded) > 50:
        fail(f"{len(uploaded)} files uploaded after one entry edit (goal: at most 50)")
    print(f"deploy tests: after one entry edit, {len(uploaded)} of {len(files)} files uploaded: {', '.join(sorted(uploaded))}")


def removal(public, log_path, gone):
    files, found = check_same_objects(public)
    if gone in found:
        fail(f"{gone} is still in the bucket")
    with open(log_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    copied = [i for i, line in enumerate(lines) if "Copied" in line]
    deleted = [i for i, line in enumerate(lines) if "Deleted" in line]
    if not deleted:
        fail("rclone logged no deletion")
    if copied and min(deleted) < max(copied):
        fail("a file was deleted before the last upload finished")
    print(f"deploy tests: {gone} deleted after all {len(copied)} uploads; bucket matches the build ({len(files)} files)")


def same_tree(public, folder):
    files = manifest(os.path.join(public, MANIFEST))
    found = {}
    for root, dirs, names in os.walk(folder):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), folder)
            if not rel.startswith(".portsite-"):
                with open(os.path.join(root, name), "rb") as f:
                    found[rel] = hashlib.sha256(f.read()).hexdigest()
    if set(found) != set(files):
        fail(f"server folder and build differ: missing {sorted(set(files) - set(found))[:5]}, extra {sorted(set(found) - set(files))[:5]}")
    wrong = [k for k in files if files[k]["sha256"] != found[k]]
    if wrong:
        fail(f"stale files on the server: {wrong[:5]}")
    folders = {os.path.relpath(root, folder) for root, _, _ in os.walk(folder)} - {"."}
    built = {"/".join(p.split("/")[:n]) for p in files for n in range(1, p.count("/") + 1)}
    if folders != built:
        fail(f"folders left behind on the server: {sorted(folders - built)[:5]}")
    print(f"deploy tests: rsync: the server folder holds the build ({len(files)} files)")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "ping":
        client().list_buckets()
    else:
        {"full": full, "edit": edit, "removal": removal, "same-tree": same_tree}[command](*args)
