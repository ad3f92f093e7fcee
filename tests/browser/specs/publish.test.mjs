// Publishing: the build's own files beside the site are never served, and every kind of
// file a deploy uploads arrives with the Content-Type a browser needs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { url } from "../lib/harness.mjs";

test("the build manifest and the output marker are not served", async () => {
  for (const path of ["/.portsite-manifest.json", "/.portsite-output"]) {
    const response = await fetch(url(path));
    assert.equal(response.status, 404, `${path} must not be served`);
    const body = await response.text();
    assert.doesNotMatch(body, /sha256/, `${path} leaked the manifest`);
  }
});

test("pages, styles, scripts, search shards and feeds come with their content types", async () => {
  const expected = {
    "/ports/3712/": "text/html",
    "/static/highlight.css": "text/css",
    "/static/site.js": "javascript",
    "/search/en/s.json": "application/json",
    "/feed.xml": "xml",
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await fetch(url(path));
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get("content-type") ?? "", new RegExp(type), path);
  }
});
