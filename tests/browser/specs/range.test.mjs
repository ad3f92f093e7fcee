// Range pages as a reader meets them, in every locale on a phone, a tablet and a desktop:
// a legend above the table explains the star, each curated port's star stays on the line
// of its number, and no service name breaks at its hyphen ("notify-srvr" on 3016).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LOCALES, assertClean, curatedPorts, launch, openPage, screenshot } from "../lib/harness.mjs";

const RANGES = [
  [0, 999],
  [3000, 3999],
];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const width of [320, 768, 1280]) {
  for (const [code, prefix] of LOCALES) {
    test(`${code} range pages at ${width} px: star legend, stars beside their numbers, names unbroken`, async () => {
      const { context, page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
      try {
        for (const [start, end] of RANGES) {
          const target = `${prefix}/ports/${start}-${end}/`;
          await page.goto(target);
          if (start === 3000 && code === "ar") await screenshot(page, `range-ar-3000-3999-${width}px`, { fullPage: false });
          const seen = await page.evaluate(() => {
            const legend = document.querySelector(".range-legend");
            const table = document.querySelector(".range-table");
            const sameLine = (a, b) => {
              const x = a.getBoundingClientRect();
              const y = b.getBoundingClientRect();
              return Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top) > Math.min(x.height, y.height) / 2;
            };
            const curated = [...table.querySelectorAll("tbody tr.curated")].map((row) => {
              const link = row.querySelector("th a");
              const star = row.querySelector("th .curated-mark");
              return {
                port: Number(link.textContent),
                star: star?.textContent ?? "",
                sameLine: Boolean(star) && sameLine(link, star),
                label: row.querySelector("th .visually-hidden")?.textContent.trim() ?? "",
              };
            });
            const broken = [...table.querySelectorAll(".service-name")]
              .filter((name) => {
                const boxes = [...name.getClientRects()];
                return boxes.some((b) => Math.abs(b.top - boxes[0].top) > 2);
              })
              .map((name) => name.textContent);
            return {
              legend: legend
                ? {
                    star: legend.querySelector(".curated-mark")?.textContent ?? "",
                    text: legend.textContent.replace("★", "").trim(),
                    visible: legend.getBoundingClientRect().height > 0,
                    beforeTable: Boolean(legend.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING),
                  }
                : null,
              curated,
              broken,
              names: [...table.querySelectorAll(".service-name")].map((name) => name.textContent),
            };
          });
          assert.ok(seen.legend, `${target} has no star legend`);
          assert.equal(seen.legend.star, "★", `${target}: the legend shows the star`);
          assert.ok(seen.legend.text.length >= 5 && seen.legend.visible, `${target}: the legend explains the star`);
          assert.ok(seen.legend.beforeTable, `${target}: the legend comes before the table`);
          const expected = curatedPorts().filter((port) => port >= start && port <= end);
          assert.deepEqual(seen.curated.map((row) => row.port), expected, `${target}: starred rows`);
          for (const row of seen.curated) {
            assert.equal(row.star, "★", `${target}: port ${row.port} has its star`);
            assert.ok(row.sameLine, `${target}: the star of port ${row.port} wraps onto its own line`);
            assert.ok(row.label.length > 0, `${target}: port ${row.port}'s star has a label for screen readers`);
          }
          if (start === 3000) assert.ok(seen.names.includes("notify-srvr"), `${target} lists notify-srvr`);
          assert.deepEqual(seen.broken, [], `${target}: service names broken across lines`);
        }
        assertClean(problems);
      } finally {
        await context.close();
      }
    });
  }
}
