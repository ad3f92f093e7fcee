// Getting around: search by number and by name, the language switcher, and the 404 page's
// "go to port" form, each ending on the page a reader asked for.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LOCALES, assertClean, launch, openPage, screenshot, textOf, url } from "../lib/harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("typing 3712 in the search box and pressing Enter opens the page of port 3712", async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto("/");
    await page.locator("#search-input").fill("3712");
    await page.locator("#search-input").press("Enter");
    await page
      .waitForURL(url("/ports/3712/"), { timeout: 10_000 })
      .catch(() => assert.fail(`pressing Enter after "3712" led to ${page.url()}, not /ports/3712/`));
    assert.match(await textOf(page.locator("h1")), /3712/);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('searching "sentinel" lists port 3712, and clicking it opens its page', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto("/");
    await page.locator("#search-input").fill("sentinel");
    const hit = page.locator('#search-results a[href$="/ports/3712/"]');
    await hit
      .first()
      .waitFor({ state: "visible", timeout: 10_000 })
      .catch(async () => {
        const shown = await page.locator("#search-results").innerHTML();
        assert.fail(`no visible link to /ports/3712/ in #search-results; it holds: ${shown || "(nothing)"}`);
      });
    await screenshot(page, "search-sentinel");
    await hit.first().click();
    await page.waitForURL(url("/ports/3712/"));
    assert.match(await textOf(page.locator("h1")), /Sentinel/i);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("in Turkish, 3712 and Enter opens the Turkish page of port 3712", async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto("/tr/");
    await page.locator("#search-input").fill("3712");
    await page.locator("#search-input").press("Enter");
    await page
      .waitForURL(url("/tr/ports/3712/"), { timeout: 10_000 })
      .catch(() => assert.fail(`pressing Enter after "3712" on /tr/ led to ${page.url()}`));
    assert.equal(await page.locator("html").getAttribute("lang"), "tr");
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('on the Arabic home page, the keyboard alone picks "sentinel" → 3712 from the results', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto("/ar/");
    const input = page.locator("#search-input");
    await input.fill("sentinel");
    await page.locator('#search-results a[href$="/ports/3712/"]').first().waitFor({ timeout: 10_000 });
    // Arrow down through the results until 3712 is the selected one (at most 10 steps).
    let selected = "";
    for (let step = 0; step < 10 && !selected.endsWith("/ports/3712/"); step += 1) {
      await input.press("ArrowDown");
      selected = (await page.locator('#search-results [aria-selected="true"]').first().getAttribute("href")) ?? "";
    }
    assert.match(selected, /\/ar\/ports\/3712\/$/, "3712 can be selected with the arrow keys");
    await input.press("Enter");
    await page.waitForURL(url("/ar/ports/3712/"));
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("the language switcher on /ports/3712/ leads to the Turkish page of the same port", async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto("/ports/3712/");
    await page.locator("nav.languages a[hreflang=tr]").click();
    await page.waitForURL(url("/tr/ports/3712/"));
    assert.equal(await page.locator("html").getAttribute("lang"), "tr");
    assert.match(await textOf(page.locator("h1")), /3712/);
    // The Turkish page's switcher leads back to English on the same port.
    await page.locator("nav.languages a[hreflang=en]").click();
    await page.waitForURL(url("/ports/3712/"));
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assertClean(problems);
  } finally {
    await context.close();
  }
});

for (const [missing, prefix, lang] of LOCALES.map(([code, prefix]) => [`${prefix}/no-such-page/`, prefix, code])) {
  test(`the ${lang} 404 page's "go to port" form opens ${prefix}/ports/3712/`, async () => {
    const { context, page, problems } = await openPage(browser, {}, { expectMissing: [missing] });
    try {
      const response = await page.goto(missing);
      assert.equal(response?.status(), 404, "nginx answers a missing URL with 404");
      assert.equal(await page.locator("html").getAttribute("lang"), lang, "the 404 page is in the reader's language");
      await page.locator("#goto-input").fill("3712");
      await page.locator("#goto-input").press("Enter");
      await page.waitForURL(url(`${prefix}/ports/3712/`));
      assert.match(await textOf(page.locator("h1")), /3712/);
      assertClean(problems);
    } finally {
      await context.close();
    }
  });
}

test("a missing page under each locale's folder gets that locale's 404 page from nginx", async () => {
  const paths = (prefix) => [`${prefix}/nope/`, `${prefix}/ports/99999/`, `${prefix}/ports/3712/nope.html`];
  const missing = LOCALES.flatMap(([, prefix]) => paths(prefix));
  const { context, page, problems } = await openPage(browser, {}, { expectMissing: missing });
  try {
    // Each locale's own 404 page, as built, is what a missing URL under its folder shows.
    const titles = new Map();
    for (const [code, prefix] of LOCALES) {
      await page.goto(`${prefix}/404.html`);
      titles.set(code, await textOf(page.locator("h1")));
    }
    assert.equal(new Set(titles.values()).size, LOCALES.length, `each locale has its own 404 title: ${[...titles.values()]}`);
    const wrong = [];
    for (const [code, prefix] of LOCALES) {
      for (const path of paths(prefix)) {
        const response = await page.goto(path);
        const lang = await page.locator("html").getAttribute("lang");
        const title = await textOf(page.locator("h1"));
        if (response?.status() !== 404 || lang !== code || title !== titles.get(code)) {
          wrong.push(`${path}: status ${response?.status()}, lang ${lang}, "${title}" (want 404, ${code}, "${titles.get(code)}")`);
        }
      }
    }
    assert.deepEqual(wrong, []);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("a reader whose browser prefers Turkish is offered the Turkish page, never redirected", async () => {
  const { context, page, problems } = await openPage(browser, { locale: "tr-TR" });
  try {
    await page.goto("/ports/3712/");
    const hint = page.locator(".lang-hint");
    await hint.waitFor({ state: "visible", timeout: 5_000 });
    assert.equal(page.url(), url("/ports/3712/"), "the page must not redirect");
    const offer = hint.locator('a[hreflang="tr"]');
    assert.equal(await offer.getAttribute("href"), "/tr/ports/3712/");
    assert.equal(await textOf(offer), "Bu sayfayı Türkçe olarak da okuyabilirsiniz.");
    assert.equal(await hint.locator("p").getAttribute("lang"), "tr");
    await hint.locator("button").click();
    await page.reload();
    assert.equal(await hint.isVisible(), false, "a dismissed hint stays dismissed");
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("no language hint when the page is already in the reader's language", async () => {
  const { context, page, problems } = await openPage(browser, { locale: "tr-TR" });
  try {
    await page.goto("/tr/ports/3712/");
    await page.waitForLoadState("load");
    assert.equal(await page.locator(".lang-hint").isVisible(), false);
    assertClean(problems);
  } finally {
    await context.close();
  }
});
