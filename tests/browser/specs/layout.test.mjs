// Layout a reader sees: a phone-width Turkish page that never scrolls sideways, and
// desktop screenshots of the Turkish and the right-to-left Arabic page (target/browser/).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertClean, launch, openPage, screenshot } from "../lib/harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("/tr/ports/3712/ at 320 px wide has no horizontal scroll", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  try {
    await page.goto("/tr/ports/3712/");
    await screenshot(page, "tr-3712-320px");
    const { scrollWidth, widest } = await page.evaluate(() => {
      // Name the widest element, so a failure says what overflows.
      let widest = { right: 0, what: "" };
      for (const el of document.querySelectorAll("body *")) {
        const right = el.getBoundingClientRect().right;
        if (right > widest.right) widest = { right, what: el.tagName.toLowerCase() + (el.className ? `.${el.className}` : "") };
      }
      return { scrollWidth: document.documentElement.scrollWidth, widest };
    });
    assert.ok(scrollWidth <= 320, `the page is ${scrollWidth} px wide; widest element: ${JSON.stringify(widest)}`);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("desktop screenshots of /tr/ports/3712/ and the right-to-left /ar/ports/3712/", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto("/tr/ports/3712/");
    await screenshot(page, "tr-3712-1280px");
    assert.equal(await page.locator("html").getAttribute("dir"), "ltr");

    await page.goto("/ar/ports/3712/");
    await screenshot(page, "ar-3712-1280px");
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
    // Right to left: the title's text starts at the right edge of its box, and the
    // site name sits to the right of the search box in the header.
    const layout = await page.evaluate(() => {
      const h1 = document.querySelector("h1");
      const range = document.createRange();
      range.selectNodeContents(h1);
      const text = range.getBoundingClientRect();
      const box = h1.getBoundingClientRect();
      return {
        textRight: text.right,
        boxRight: box.right,
        brand: document.querySelector(".brand").getBoundingClientRect().left,
        search: document.querySelector(".search").getBoundingClientRect().left,
      };
    });
    assert.ok(Math.abs(layout.textRight - layout.boxRight) <= 2, `the Arabic title is not right-aligned: ${JSON.stringify(layout)}`);
    assert.ok(layout.brand > layout.search, `the header is not mirrored: ${JSON.stringify(layout)}`);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test("English fallback text on /ar/ports/3712/ is marked English and laid out left to right", async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto("/ar/ports/3712/");
    // The 3712 entry has no Arabic translation, so its English write-up and FAQ are shown.
    // A reader sees an English sentence in a right-to-left block with its punctuation on
    // the wrong side ("?Does Sentinel ..."), and a screen reader reads it with an Arabic voice.
    const wrong = await page.evaluate(() => {
      const latin = (text) => (text.match(/[A-Za-z]/g) ?? []).length;
      const arabic = (text) => (text.match(/[\u0600-\u06FF]/g) ?? []).length;
      const blocks = document.querySelectorAll(
        ".entry p, .entry li, .entry h2, .entry h3, .faq h3, .faq .faq-answer",
      );
      const found = [];
      for (const el of blocks) {
        const text = el.textContent.trim();
        if (latin(text) < 20 || arabic(text) > latin(text) / 10) continue;
        const lang = el.closest("[lang]")?.getAttribute("lang");
        const dir = getComputedStyle(el).direction;
        if (lang !== "en" || dir !== "ltr") found.push(`${el.tagName.toLowerCase()} lang=${lang} dir=${dir}: ${text.slice(0, 60)}`);
      }
      return found;
    });
    assert.ok(
      wrong.length === 0,
      `${wrong.length} English blocks on the Arabic page lack lang=en and dir=ltr, among them:\n${wrong.slice(0, 6).join("\n")}`,
    );
  } finally {
    await context.close();
  }
});
