// A tour of the site's page kinds in three locales: no console error, no uncaught
// exception, no Content-Security-Policy violation, and nginx's security headers on each.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertClean, launch, openPage } from "../lib/harness.mjs";

const TOUR = [
  "/", "/ports/3712/", "/ports/22/", "/ports/3000-3999/", "/ports/0-999/",
  "/tr/", "/tr/ports/3712/", "/tr/ports/443/", "/tr/ports/3000-3999/",
  "/ar/", "/ar/ports/3712/", "/ar/ports/80/", "/de/ports/3712/",
];
const MISSING = ["/no-such-page/", "/tr/no-such-page/", "/ar/no-such-page/"];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("no console errors or CSP violations on the pages visited", async () => {
  const { context, page, problems } = await openPage(browser, {}, { expectMissing: MISSING });
  try {
    for (const path of [...TOUR, ...MISSING]) {
      const response = await page.goto(path);
      assert.equal(response?.status(), MISSING.includes(path) ? 404 : 200, path);
      const headers = response.headers();
      assert.equal(headers["content-security-policy"], "default-src 'self'", `CSP header on ${path}`);
      assert.equal(headers["x-content-type-options"], "nosniff", `nosniff on ${path}`);
      // Let deferred scripts and late style or font loads report before moving on.
      await page.waitForLoadState("load");
    }
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("every stylesheet, script and icon a page links to loads", async () => {
  const { context, page, problems } = await openPage(browser);
  const failed = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  try {
    for (const path of ["/ports/3712/", "/tr/ports/3712/", "/ar/"]) {
      // Wait for the icon too: leaving earlier would abort its request, not fail it.
      await page.goto(path, { waitUntil: "networkidle" });
    }
    assert.deepEqual(failed, []);
    assertClean(problems);
  } finally {
    await context.close();
  }
});
