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
