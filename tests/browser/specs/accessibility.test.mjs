// axe-core on the page kinds a reader meets (home, a port, a range, the 404) in every
// locale, left to right and right to left: no serious or critical violations. axe is evaluated from its source in contexts that bypass the CSP, since the
// site's own policy rightly refuses injected scripts.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LOCALES, axeSource, launch, openPage } from "../lib/harness.mjs";

const PAGES = [
  ["home", "/"],
  ["port 3712", "/ports/3712/"],
  ["range 3000-3999", "/ports/3000-3999/"],
  ["404", "/no-such-page/"],
];

let browser;
let axe;
before(async () => {
  browser = await launch();
  axe = axeSource();
});
after(async () => {
  await browser?.close();
});

/** A readable line per serious or critical violation, naming the offending elements. */
function describe(violations) {
  return violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}`,
  );
}

for (const [code, prefix] of LOCALES) {
  for (const [kind, path] of PAGES) {
    const target = `${prefix}${path}`;
    test(`axe finds no serious or critical violation on the ${code} ${kind} page (${target})`, async () => {
      const { context, page } = await openPage(browser, { bypassCSP: true });
      try {
        const response = await page.goto(target);
        assert.equal(response?.status(), kind === "404" ? 404 : 200);
        await page.evaluate(axe);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ["violations"] });
          return result.violations.map(({ id, impact, help, nodes }) => ({
            id,
            impact,
            help,
            nodes: nodes.map((n) => ({ target: n.target })),
          }));
        });
        const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        assert.deepEqual(describe(severe), [], `${target} has accessibility violations`);
      } finally {
        await context.close();
      }
    });
  }
}
