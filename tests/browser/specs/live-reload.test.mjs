// `portsite serve` in a real browser: a saved edit reloads the open page; a broken edit
// shows its error (file:line:col) over the last good page; the fix reloads it; and the
// live-reload script runs under the Content-Security-Policy without a violation.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { assertClean, launch, openPage, screenshot } from "../lib/harness.mjs";

const BIN = process.env.PORTSITE_BIN ?? "../../target/test-release/portsite";
const REPO = process.env.PORTSITE_REPO ?? "../..";
const ENTRY = "content/ports/3712/index.en.md";

let browser;
let server;
let root;
let base;

/** Starts `portsite serve` on a copy of the bundled site and resolves with its URL. */
function startServe() {
  root = mkdtempSync(join(tmpdir(), "portsite-live-"));
  for (const part of ["content", "templates", "locales", "static", "site.yaml"]) {
    cpSync(join(REPO, part), join(root, part), { recursive: true });
  }
  const config = readFileSync(join(root, "site.yaml"), "utf8");
  writeFileSync(join(root, "site.yaml"), config.replace("  from: 0\n", "  from: 3700\n").replace("  to: 65535\n", "  to: 3720\n"));
  server = spawn(BIN, ["serve", "--bind", "127.0.0.1:0", "--root", root], { stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${seen}`)), 15000);
    server.stderr.on("data", (chunk) => {
      seen += chunk;
      const found = /serving on (http:\/\/[0-9.:]+)\//.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
}

function edit(file, from, to) {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${file} no longer contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

before(async () => {
  base = await startServe();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("an edit reloads the open page; a broken one shows its error until the fix", async () => {
  const { context, page, problems } = await openPage(browser, { baseURL: base });
  try {
    // The live-reload stream is open once its response headers arrived.
    const listening = page.waitForResponse((r) => r.url().includes("/__portsite/events"));
    await page.goto(`${base}/ports/3712/`);
    assert.equal((await listening).status(), 200);
    const started = Date.now();
    edit(ENTRY, "Port 3712: Sentinel", "Port 3712: Freshly Edited Sentinel");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent.includes("Freshly Edited"), null, { timeout: 10000 });
    console.log(`edit to reloaded page in the browser: ${Date.now() - started} ms`);

    edit(ENTRY, "title: \"Port 3712", "titel: \"Port 3712");
    const overlay = page.getByRole("alert");
    await overlay.waitFor({ timeout: 10000 });
    const text = await overlay.textContent();
    assert.match(text, /index\.en\.md:2:1/);
    assert.match(text, /titel/);
    // The last good page is still there under the error.
    assert.match(await page.locator("h1").textContent(), /Freshly Edited/);
    await screenshot(page, "live-reload-error");

    edit(ENTRY, "titel: \"Port 3712", "title: \"Port 3712");
    await overlay.waitFor({ state: "detached", timeout: 10000 });
    assertClean(problems);
  } finally {
    await context.close();
  }
});
