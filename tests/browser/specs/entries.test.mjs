// Curated entries as a reader meets them: footnotes come at the end of the article, after
// the FAQ, in every locale; and the new Arabic entries inside the test build (53, 3306,
// 3389) read right to left with their commands, paths and flags left to right, and pass
// axe-core with no serious or critical violation.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LOCALES, assertClean, axeSource, curatedPorts, launch, openPage, screenshot } from "../lib/harness.mjs";

let browser;
let axe;
before(async () => {
  browser = await launch();
  axe = axeSource();
});
after(async () => {
  await browser?.close();
});

for (const [code, prefix] of LOCALES) {
  test(`${code}: every curated entry's footnotes come after its FAQ, at the end of the article`, async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      const wrong = [];
      let withNotes = 0;
      for (const port of curatedPorts()) {
        const target = `${prefix}/ports/${port}/`;
        await page.goto(target);
        const where = await page.evaluate(() => {
          const notes = document.querySelector(".footnotes");
          const faq = document.querySelector("section.faq");
          if (!notes) return null;
          const after = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
          const refs = [...document.querySelectorAll(".footnote-ref a[href^='#']")].map((a) => a.getAttribute("href"));
          return {
            afterFaq: Boolean(faq) && after(faq, notes) && !faq.contains(notes),
            belowFaq: Boolean(faq) && notes.getBoundingClientRect().top >= faq.getBoundingClientRect().bottom,
            insideChecks: Boolean(notes.closest(".checks, .checks-section, .facts")),
            // Each marker in the text leads to a note inside the footnotes section.
            dangling: refs.filter((href) => !notes.contains(document.getElementById(decodeURIComponent(href.slice(1))))),
          };
        });
        if (!where) continue;
        withNotes += 1;
        if (!where.afterFaq || !where.belowFaq) wrong.push(`${target}: the footnotes are not after the FAQ`);
        if (where.insideChecks) wrong.push(`${target}: the footnotes sit inside another section`);
        if (where.dangling.length) wrong.push(`${target}: markers ${where.dangling.join(", ")} lead to no note`);
      }
      // 80 and 22 are the pages the footnotes were reported on; both carry notes.
      assert.ok(withNotes >= 2, `only ${withNotes} ${code} curated pages have footnotes`);
      assert.deepEqual(wrong, []);
      assertClean(problems);
    } finally {
      await context.close();
    }
  });
}

/** Arabic translations of entries added with issue 14 that the test build (ports 0-3999) holds. */
const ARABIC_ENTRIES = [53, 3306, 3389].filter((port) => curatedPorts().includes(port));

test("the test build holds at least one of the new Arabic entries", () => {
  assert.ok(ARABIC_ENTRIES.length > 0, "none of 53, 3306, 3389 is curated any more: pick another Arabic entry");
});

for (const port of ARABIC_ENTRIES) {
  const target = `/ar/ports/${port}/`;

  test(`${target} is an Arabic write-up laid out right to left, with commands left to right`, async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(target);
      await screenshot(page, `ar-${port}-1280px`);
      assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
      assert.equal(await page.locator("html").getAttribute("lang"), "ar");
      const found = await page.evaluate(() => {
        const entry = document.querySelector(".entry:not(.entry-notes)");
        const paragraphs = [...entry.querySelectorAll("p")];
        const arabic = paragraphs.filter((p) => /[\u0600-\u06FF]/.test(p.textContent));
        // A paragraph's text ends at the right edge of its box when it runs right to left.
        const first = arabic[0];
        const line = document.createRange();
        line.selectNodeContents(first);
        // The first line may hold several runs (Arabic, then a left-to-right name): take its right end.
        const rects = [...line.getClientRects()];
        const top = Math.min(...rects.map((r) => r.top));
        const firstRight = Math.max(...rects.filter((r) => r.top - top < 2).map((r) => r.right));
        const misordered = [];
        const codes = [...document.querySelectorAll(".entry code, .faq code")].filter((c) => !c.closest("pre"));
        for (const code of codes) {
          const style = getComputedStyle(code);
          const text = code.firstChild;
          if (style.direction !== "ltr" || style.unicodeBidi !== "isolate") {
            misordered.push(`${code.textContent}: direction ${style.direction}, unicode-bidi ${style.unicodeBidi}`);
            continue;
          }
          // Read on screen: the first character sits left of the last, as in a terminal.
          if (code.childNodes.length !== 1 || text.nodeType !== Node.TEXT_NODE || text.length < 2) continue;
          // Skip code that wraps onto a second line; a reordered run on one line shows up
          // as several boxes on the same line, and is checked.
          const boxes = [...code.getClientRects()];
          if (boxes.some((b) => Math.abs(b.top - boxes[0].top) > 2)) continue;
          const at = (i) => {
            const r = document.createRange();
            r.setStart(text, i);
            r.setEnd(text, i + 1);
            return r.getBoundingClientRect().left;
          };
          if (!(at(0) < at(text.length - 1))) misordered.push(`${code.textContent}: reads right to left on screen`);
        }
        const blocks = [...document.querySelectorAll("pre")].filter((pre) => getComputedStyle(pre).direction !== "ltr");
        return {
          entryLang: entry.closest("[lang]").getAttribute("lang"),
          entryDir: getComputedStyle(entry).direction,
          untranslated: Boolean(document.querySelector(".notice")),
          arabicParagraphs: arabic.length,
          firstRight: Math.round(firstRight),
          boxRight: Math.round(first.getBoundingClientRect().right),
          codes: codes.length,
          misordered,
          rtlBlocks: blocks.map((pre) => pre.textContent.slice(0, 40)),
        };
      });
      assert.equal(found.entryLang, "ar", "the write-up is the Arabic one, not the English fallback");
      assert.equal(found.untranslated, false, "no 'not translated yet' notice");
      assert.equal(found.entryDir, "rtl");
      assert.ok(found.arabicParagraphs >= 3, `only ${found.arabicParagraphs} Arabic paragraphs in the write-up`);
      assert.ok(Math.abs(found.firstRight - found.boxRight) <= 2, `the first paragraph is not right-aligned: ${JSON.stringify(found)}`);
      assert.ok(found.codes >= 3, `expected inline commands or names in the write-up, found ${found.codes}`);
      assert.deepEqual(found.misordered, [], "inline code must read left to right");
      assert.deepEqual(found.rtlBlocks, [], "command blocks must run left to right");
      assertClean(problems);
    } finally {
      await context.close();
    }
  });

  test(`axe finds no serious or critical violation on ${target}`, async () => {
    const { context, page } = await openPage(browser, { bypassCSP: true });
    try {
      await page.goto(target);
      await page.evaluate(axe);
      const severe = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}`);
      });
      assert.deepEqual(severe, [], `${target} has accessibility violations`);
    } finally {
      await context.close();
    }
  });
}
