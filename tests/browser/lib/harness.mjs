// The shared harness of the browser specs: one headless Chromium per spec file, pages that
// record every console error, uncaught exception and CSP violation, and screenshots.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
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

/**
 * Saves a screenshot as target/browser/<name>.png and returns its path: the full page, or
 * with `{ fullPage: false }` only the viewport (a 1000-row range table takes seconds whole).
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
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

/** The site's locales as URL prefixes, the default (English) one first. */
export const LOCALES = [
  ["en", ""],
  ["tr", "/tr"],
  ["de", "/de"],
  ["ar", "/ar"],
];

/** The last port run.sh builds (it narrows the span to keep the build short). */
export const SPAN_END = Number(process.env.PORT_SPAN_END ?? 65535);

/** The curated ports (content/ports/<n>/) that the test build contains, in numeric order. */
export function curatedPorts() {
  const dir = fileURLToPath(new URL("../../../content/ports/", import.meta.url));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+$/.test(entry.name))
    .map((entry) => Number(entry.name))
    .filter((port) => port <= SPAN_END)
    .sort((a, b) => a - b);
}

/**
 * What sticks out of the viewport sideways on the loaded page: the document's scroll width
 * (a reader can scroll to what overflows on the inline-start side of an RTL page or the
 * right of an LTR one) and every visible element whose box crosses either edge without an
 * ancestor that clips or scrolls it (content cut off where no scrolling reaches it). Off-screen
 * skip links and visually hidden labels are meant to be there and are left out.
 */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const name = (el) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + (el.classList.length ? `.${[...el.classList].join(".")}` : "");
    const outside = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(".skip-link, .visually-hidden")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      if (clipped(el)) continue;
      outside.push(`${name(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px`);
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, outside };
  });
}
