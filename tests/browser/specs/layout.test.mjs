// Layout a reader sees: no page of any kind in any locale scrolls sideways on a 320 px
// phone (long commands scroll inside their own block), the search placeholder is whole on
// desktop and tablet screens, and desktop screenshots of the Turkish and the right-to-left
// Arabic page (target/browser/).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  LOCALES,
  assertClean,
  curatedPorts,
  launch,
  openPage,
  screenshot,
  sidewaysOverflow,
} from "../lib/harness.mjs";

let browser;
// One phone-sized page for the whole 320 px sweep: its cache makes the 60-odd loads quick.
let phone;
before(async () => {
  browser = await launch();
  phone = await openPage(browser, { viewport: { width: 320, height: 640 } }, {
    expectMissing: LOCALES.map(([, prefix]) => `${prefix}/no-such-page/`),
  });
});
after(async () => {
  await phone?.context.close();
  await browser?.close();
});

/** Every page kind: home, curated and generated ports, ranges, search (with open results), 404. */
const PAGES = [
  ["home", "/"],
  ...curatedPorts().map((port) => [`curated port ${port}`, `/ports/${port}/`]),
  ["generated port 3002 (two services)", "/ports/3002/"],
  ["generated port 0", "/ports/0/"],
  ["range 0-999", "/ports/0-999/"],
  ["range 3000-3999", "/ports/3000-3999/"],
  ["search page with results", "/search/?q=sentinel"],
  ["404", "/no-such-page/"],
];

for (const [code, prefix] of LOCALES) {
  for (const [kind, path] of PAGES) {
    const target = `${prefix}${path}`;
    test(`${code} ${kind} (${target}) at 320 px wide has no sideways scroll and nothing cut off`, async () => {
      const { page, problems } = phone;
      problems.length = 0;
      const response = await page.goto(target);
      assert.equal(response?.status(), kind === "404" ? 404 : 200, `${target} answers`);
      if (path.startsWith("/search/")) {
        await page.locator("#search-results a").first().waitFor({ state: "visible", timeout: 10_000 });
      }
      const found = await sidewaysOverflow(page);
      if (found.scrollWidth > found.width || found.outside.length) {
        await screenshot(page, `overflow-320px${target.replace(/[^a-z0-9]+/gi, "-")}`);
      }
      assert.ok(
        found.scrollWidth <= found.width,
        `${target} is ${found.scrollWidth} px wide on a ${found.width} px screen; sticking out:\n${found.outside.slice(0, 8).join("\n")}`,
      );
      assert.deepEqual(found.outside.slice(0, 8), [], `${target} cuts off content at the screen edge`);
      // Commands wider than the screen scroll inside their own block.
      const stiff = await page.evaluate(() =>
        [...document.querySelectorAll("pre")]
          .filter((pre) => pre.scrollWidth > pre.clientWidth && !/auto|scroll/.test(getComputedStyle(pre).overflowX))
          .map((pre) => pre.textContent.slice(0, 60)),
      );
      assert.deepEqual(stiff, [], `${target} has code blocks wider than the screen that do not scroll`);
      assertClean(problems);
    });
  }
}

for (const width of [1280, 1024, 768]) {
  test(`the search placeholder is shown whole at ${width} px in every locale`, async () => {
    const { context, page } = await openPage(browser, { viewport: { width, height: 800 } });
    try {
      const cut = [];
      for (const [code, prefix] of LOCALES) {
        await page.goto(`${prefix}/ports/3712/`);
        const fit = await page.evaluate(() => {
          const input = document.querySelector("#search-input");
          const box = getComputedStyle(input);
          const style = getComputedStyle(input, "::placeholder");
          const canvas = document.createElement("canvas").getContext("2d");
          canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const inner = input.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
          return { text: input.placeholder, needs: Math.ceil(canvas.measureText(input.placeholder).width), has: Math.floor(inner) };
        });
        assert.ok(fit.text.length > 0, `${code}: the search field has a placeholder`);
        if (fit.needs > fit.has) cut.push(`${code}: "${fit.text}" needs ${fit.needs} px, the field shows ${fit.has} px`);
      }
      assert.deepEqual(cut, [], `the placeholder is cut off at ${width} px`);
    } finally {
      await context.close();
    }
  });
}

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

test("English fallback text on /ar/ports/3000/ is marked English and laid out left to right", async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto("/ar/ports/3000/");
    // run.sh drops the 3000 entry's Arabic translation, so its English write-up and FAQ are shown.
    // A reader sees an English sentence in a right-to-left block with its punctuation on
    // the wrong side ("?Does Sentinel ..."), and a screen reader reads it with an Arabic voice.
    const wrong = await page.evaluate(() => {
      const latin = (text) => (text.match(/[A-Za-z]/g) ?? []).length;
      const arabic = (text) => (text.match(/[\u0600-\u06FF]/g) ?? []).length;
      const blocks = document.querySelectorAll(
        ".entry p, .entry li, .entry h2, .entry h3, .faq h3, .faq > div",
      );
      const found = [];
      let english = 0;
      for (const el of blocks) {
        const text = el.textContent.trim();
        if (latin(text) < 20 || arabic(text) > latin(text) / 10) continue;
        english += 1;
        const lang = el.closest("[lang]")?.getAttribute("lang");
        const dir = getComputedStyle(el).direction;
        if (lang !== "en" || dir !== "ltr") found.push(`${el.tagName.toLowerCase()} lang=${lang} dir=${dir}: ${text.slice(0, 60)}`);
      }
      return { found, english };
    });
    assert.ok(wrong.english >= 5, `only ${wrong.english} English blocks on /ar/ports/3000/: is it still the fallback?`);
    assert.ok(
      wrong.found.length === 0,
      `${wrong.found.length} English blocks on the Arabic page lack lang=en and dir=ltr, among them:\n${wrong.found.slice(0, 6).join("\n")}`,
    );
  } finally {
    await context.close();
  }
});
