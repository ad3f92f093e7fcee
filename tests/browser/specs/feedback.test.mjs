// Reader feedback end to end: the page's prompt → nginx (deploy/nginx/feedback.conf) →
// `portsite feedback serve` → SQLite or PostgreSQL → `portsite feedback report`. A Turkish
// reader answers "Evet" with and without JavaScript; an Arabic reader answers "لا" and says
// what they were looking for, with and without JavaScript. Each is another reader (nginx takes
// the address from X-Test-Reader), since the collector counts one vote per reader, page and day.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, test } from "node:test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS, assertClean, launch, openPage, textOf } from "../lib/harness.mjs";

const PORTSITE = process.env.PORTSITE ?? "portsite";
const ROOT = process.env.SITE_ROOT ?? ".";
const DB = process.env.FEEDBACK_DB ?? "sqlite://feedback.db";
const BACKEND = process.env.FEEDBACK_BACKEND ?? "sqlite";

const TR_PAGE = "/tr/ports/3712/";
const AR_PAGE = "/ar/ports/80/";
const TR_THANKS = "Geri bildiriminiz için teşekkürler!";
const AR_THANKS = "شكرًا على ملاحظاتك!";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** `portsite feedback report` in the given format, straight from the collector's database. */
function report(format = "json") {
  const text = execFileSync(PORTSITE, ["feedback", "report", "--root", ROOT, "--db", DB, "--format", format], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return format === "json" ? JSON.parse(text) : text;
}

/** The report row of a page, or an empty one. */
function row(page) {
  return report().find((r) => r.page === page) ?? { yes: 0, no: 0, total: 0, comments: [] };
}

/** Saves a picture of the page's feedback section as target/browser/<name>.png. */
async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator("section.feedback").screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Browser context options of a reader at `address` (documentation addresses, RFC 5737). */
function reader(address, options = {}) {
  return { extraHTTPHeaders: { "X-Test-Reader": address }, ...options };
}

test(`"Evet" with JavaScript thanks the reader in Turkish and the vote is stored (${BACKEND})`, async () => {
  const before = row(TR_PAGE);
  const { context, page, problems } = await openPage(browser, reader("192.0.2.10"));
  try {
    await page.goto(TR_PAGE);
    const form = page.locator("form.feedback-form");
    await form.getByRole("button", { name: "Evet" }).click();
    const status = form.locator(".feedback-status");
    await page.waitForFunction((el) => el.textContent.trim() !== "", await status.elementHandle());
    assert.equal(await textOf(status), TR_THANKS);
    assert.equal(await form.getByRole("button", { name: "Evet" }).isDisabled(), true, "no second vote");
    // The 204 comes after the commit: the vote is there the moment the thanks are.
    const now = row(TR_PAGE);
    assert.equal(now.yes, before.yes + 1, `the vote is in the ${BACKEND} database`);
    assert.equal(now.locale, "tr");
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test(`"Evet" without JavaScript lands on the Turkish thanks and the vote is stored (${BACKEND})`, async () => {
  const before = row(TR_PAGE);
  const { context, page } = await openPage(browser, reader("192.0.2.20", { javaScriptEnabled: false }));
  try {
    await page.goto(TR_PAGE);
    const thanks = page.locator("#feedback-thanks");
    assert.equal(await thanks.isVisible(), false, "no thanks before an answer");
    await Promise.all([page.waitForURL(/#feedback-thanks$/), page.getByRole("button", { name: "Evet" }).click()]);
    assert.equal(new URL(page.url()).pathname, TR_PAGE, "back on the page");
    assert.equal(await thanks.isVisible(), true, "the thanks are shown");
    assert.equal(await textOf(thanks), TR_THANKS);
    assert.equal(await page.locator("form.feedback-form").isVisible(), false, "the answered prompt steps aside");
    await screenshot(page, `feedback-tr-no-js-${BACKEND}`);
    assert.equal(row(TR_PAGE).yes, before.yes + 1, `the vote is in the ${BACKEND} database`);
  } finally {
    await context.close();
  }
});

test(`"لا" with JavaScript opens the comment box and the comment lands (${BACKEND})`, async () => {
  const before = row(AR_PAGE);
  const comment = `كنت أبحث عن إعدادات <b>TLS</b> & 'المنفذ' (${BACKEND} js)`;
  const { context, page, problems } = await openPage(browser, reader("192.0.2.10"));
  try {
    await page.goto(AR_PAGE);
    await page.locator("form.feedback-form").getByRole("button", { name: "لا" }).click();
    const box = page.getByLabel("عمّ كنت تبحث؟ (اختياري)");
    await box.waitFor({ state: "visible" });
    assert.equal(await box.evaluate((el) => el === document.activeElement), true, "the comment box has the focus");
    assert.equal(row(AR_PAGE).no, before.no + 1, "the No is stored before any comment");
    await box.fill(comment);
    await screenshot(page, `feedback-ar-js-${BACKEND}`);
    await page.getByRole("button", { name: "إرسال" }).click();
    const status = page.locator(".feedback-status");
    await page.waitForFunction((el) => el.textContent.trim() !== "", await status.elementHandle());
    assert.equal(await textOf(status), AR_THANKS);
    assert.equal(await box.isVisible(), false, "the comment box closes");
    const now = row(AR_PAGE);
    assert.equal(now.no, before.no + 1, "the comment belongs to the same vote");
    assert.ok(now.comments.includes(comment), `the comment is stored as written: ${JSON.stringify(now.comments)}`);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test(`"لا" without JavaScript leads to the comment form, then to the Arabic thanks (${BACKEND})`, async () => {
  const before = row(AR_PAGE);
  const comment = `المنفذ 80 مع nginx (${BACKEND} no-js)`;
  const { context, page } = await openPage(browser, reader("192.0.2.20", { javaScriptEnabled: false }));
  try {
    await page.goto(AR_PAGE);
    await Promise.all([page.waitForURL(/#feedback-more$/), page.getByRole("button", { name: "لا" }).click()]);
    const box = page.getByLabel("عمّ كنت تبحث؟ (اختياري)");
    assert.equal(await box.isVisible(), true, "the comment form is shown");
    await box.fill(comment);
    await screenshot(page, `feedback-ar-comment-no-js-${BACKEND}`);
    await Promise.all([page.waitForURL(/#feedback-thanks$/), page.getByRole("button", { name: "إرسال" }).click()]);
    assert.equal(await textOf(page.locator("#feedback-thanks")), AR_THANKS);
    await screenshot(page, `feedback-ar-thanks-no-js-${BACKEND}`);
    const now = row(AR_PAGE);
    assert.equal(now.no, before.no + 1, "one vote, with its comment");
    assert.ok(now.comments.includes(comment), `the comment is stored: ${JSON.stringify(now.comments)}`);
  } finally {
    await context.close();
  }
});

test(`the report lists the Turkish votes and the Arabic "No" with its comments (${BACKEND})`, () => {
  const rows = report();
  const tr = rows.find((r) => r.page === TR_PAGE);
  const ar = rows.find((r) => r.page === AR_PAGE);
  assert.ok(tr && tr.yes >= 2 && tr.locale === "tr", `Turkish yes votes: ${JSON.stringify(tr)}`);
  assert.ok(ar && ar.no >= 2 && ar.locale === "ar", `Arabic no votes: ${JSON.stringify(ar)}`);
  assert.ok(rows.indexOf(ar) < rows.indexOf(tr), "least helpful first");
  for (const r of rows) {
    assert.deepEqual(Object.keys(r).sort(), ["comments", "helpful_share", "locale", "no", "page", "total", "wilson_lower", "yes"]);
  }
  const html = report("html");
  assert.match(html, /<svg/);
  assert.ok(html.includes("&lt;b&gt;TLS&lt;/b&gt; &amp;"), "the comment is shown escaped");
  assert.ok(!html.includes("<b>TLS</b>"), "never as markup");
  assert.ok(!/<script/i.test(html), "no script in the report");
  const table = report("table");
  assert.ok(table.includes(TR_PAGE) && table.includes(AR_PAGE), table);
});
