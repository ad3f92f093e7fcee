// The shared harness of the browser specs: one headless Chromium per spec file, pages that
// record every console error, uncaught exception and CSP violation, and screenshots.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

/** The site under test, served by nginx (set by run.sh). */
export const SITE = process.env.SITE_URL ?? "http://127.0.0.1:8080";
/** Where nginx logs each feedback post (set by run.sh). */
export const FEEDBACK_LOG = process.env.FEEDBACK_LOG ?? "";
/** Where screenshots are written. */
export const SCREENSHOTS = process.env.SCREENSHOTS ?? "target/browser";

/** Launches Debian's Chromium headless, with no network but loopback to reach. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** The absolute URL of a site path such as `/tr/ports/3712/`. */
export function url(path) {
  return new URL(path, SITE).href;
}

/**
 * Opens a page in its own context and records what a reader's console would show.
 * `problems` lists console errors, uncaught exceptions and CSP violations; requests for
 * the URLs in `expectMissing` may answer 404 without counting as a problem.
 */
export async function openPage(browser, contextOptions = {}, { expectMissing = [] } = {}) {
  const context = await browser.newContext({ baseURL: SITE, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const missing = new Set(expectMissing.map((path) => url(path)));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location()?.url ?? "";
    if (missing.has(where) && /status of 404/.test(message.text())) return;
    problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  await page.exposeBinding("__portsiteCspViolation", (_source, text) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__portsiteCspViolation(
        `CSP violation on ${location.href}: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}` +
          (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ""),
      );
    });
  });
  return { context, page, problems };
}

/** Fails with every recorded console error and CSP violation. */
export function assertClean(problems) {
  assert.deepEqual(problems, [], `the console showed:\n${problems.join("\n")}`);
}

/** Saves a full-page screenshot as target/browser/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The source of axe-core's browser build, evaluated in pages that bypass the CSP. */
export function axeSource() {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
}

/** The text of an element with surrounding whitespace collapsed. */
export async function textOf(locator) {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}
