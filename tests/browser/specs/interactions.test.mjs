// The page's small tools: copy buttons, the "was this page helpful?" form and the theme
// toggle, checked by what the reader sees and what reaches the clipboard or the server.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import { FEEDBACK_LOG, SITE, assertClean, launch, openPage, textOf } from "../lib/harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The feedback posts nginx has logged so far, bodies parsed. */
function feedbackPosts() {
  return readFileSync(FEEDBACK_LOG, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((entry) => ({ ...entry, json: safeParse(entry.body) }));
}

function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Waits until a logged post matches, or returns what was logged instead. */
async function waitForPost(matches) {
  for (let i = 0; i < 50; i += 1) {
    const posts = feedbackPosts();
    const found = posts.find(matches);
    if (found) return { found, posts };
    await sleep(100);
  }
  return { found: undefined, posts: feedbackPosts() };
}

test("the copy button puts the command on the clipboard and says so", async () => {
  const { context, page, problems } = await openPage(browser, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
    await page.goto("/ports/3712/");
    const button = page.locator("button.copy:visible").first();
    await button.waitFor({ state: "visible" });
    const command = await button.locator("xpath=preceding-sibling::pre[1]").evaluate((pre) => pre.textContent);
    assert.match(command ?? "", /3712/, "the copied command names the port");
    const label = await textOf(button);
    await button.click();
    // The labels come from the locale's strings file, not from the page.
    const strings = await (await page.request.get(`${SITE}/static/strings/en.json`)).json();
    const copied = strings["copy-done"];
    assert.equal(label, strings["copy-button"]);
    await page.waitForFunction(
      ([el, text]) => el.textContent.trim() === text,
      [await button.elementHandle(), copied],
    );
    assert.notEqual(copied, label, "the button's label changes after a copy");
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clipboard, command);
    // The command copied is the one shown above the button, not a variant of it.
    const shown = await textOf(button.locator("xpath=preceding-sibling::pre[1]"));
    assert.equal(shown, command.replace(/\s+/g, " ").trim());
    assertClean(problems);
  } finally {
    await context.close();
  }
});

for (const [path, locale, answer, helpful] of [
  ["/tr/ports/3712/", "tr", "yes", true],
  ["/ports/3712/", "en", "no", false],
]) {
  test(`the ${locale} feedback form posts {page, locale, helpful: ${helpful}} and ${helpful ? "thanks the reader" : "asks what was missing"}`, async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(path);
      const form = page.locator("form.feedback-form");
      // The same thanks a reader without JavaScript is sent to (#feedback-thanks).
      const thanks = await page.locator("#feedback-thanks").textContent();
      assert.ok(thanks, "the page carries its thanks text");
      // The first button of a value is the vote; a second "no" sends the optional comment.
      await form.locator(`button[value=${answer}]`).first().click();
      if (helpful) {
        const status = form.locator(".feedback-status");
        await page.waitForFunction(
          ([el, text]) => el.textContent === text,
          [await status.elementHandle(), thanks],
        );
      } else {
        // After "No" the optional comment box opens (specs/feedback.test.mjs follows it through).
        await page.locator(".feedback-more textarea").waitFor({ state: "visible" });
      }
      assert.equal(await form.locator("button[value=yes]").isDisabled(), true, "no second vote");
      const { found, posts } = await waitForPost(
        (post) => post.json?.page === path && post.json?.helpful === helpful,
      );
      assert.ok(found, `no matching post reached the endpoint; logged: ${JSON.stringify(posts)}`);
      assert.equal(found.method, "POST");
      assert.match(found.type, /^application\/json/);
      assert.deepEqual(found.json, { page: path, locale, helpful });
      assertClean(problems);
    } finally {
      await context.close();
    }
  });
}

test("the Turkish thanks are in Turkish, not the English text", async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.goto("/ports/3712/");
    const english = await page.locator("#feedback-thanks").textContent();
    await page.goto("/tr/ports/3712/");
    const turkish = await page.locator("#feedback-thanks").textContent();
    assert.notEqual(turkish, english);
    assert.match(turkish ?? "", /teşekkür/i);
  } finally {
    await context.close();
  }
});

test("the theme toggle switches to dark and the choice survives a reload", async () => {
  const { context, page, problems } = await openPage(browser, { colorScheme: "light" });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  try {
    await page.goto("/ports/3712/");
    const toggle = page.locator("button.theme-toggle");
    await toggle.waitFor({ state: "visible" });
    const light = await background();
    await toggle.click();
    assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    const dark = await background();
    assert.notEqual(dark, light, "the page actually turns dark");
    await page.reload();
    assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
    assert.equal(await background(), dark, "still dark after a reload");
    await page.locator("button.theme-toggle").click();
    assert.equal(await page.locator("html").getAttribute("data-theme"), "light");
    assert.equal(await background(), light);
    assertClean(problems);
  } finally {
    await context.close();
  }
});
