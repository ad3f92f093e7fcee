// Without JavaScript the port page is complete: the commands for every OS and the FAQ are
// on screen, and no control that needs a script is offered.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, openPage, screenshot, textOf } from "../lib/harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("without JavaScript /ports/3712/ shows the commands for macOS, Linux and Windows and the FAQ", async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  try {
    await page.goto("/ports/3712/");
    await screenshot(page, "en-3712-no-js");
    for (const platform of ["macos", "linux", "windows"]) {
      const panel = page.locator(`#check-${platform}`);
      assert.ok(await panel.isVisible(), `the ${platform} commands are visible`);
      const commands = panel.locator("pre code");
      assert.ok((await commands.count()) >= 1, `${platform} has a command`);
      for (const command of await commands.all()) {
        assert.ok(await command.isVisible(), `a ${platform} command is visible`);
        assert.match(await textOf(command), /3712/, `the ${platform} command names the port`);
      }
    }
    const faq = page.locator("section.faq");
    assert.ok(await faq.isVisible(), "the FAQ is visible");
    const questions = faq.locator("h3");
    assert.ok((await questions.count()) >= 3, "the FAQ has questions");
    for (const answer of await faq.locator(":scope > div").all()) {
      assert.ok(await answer.isVisible(), "every FAQ answer is open to read");
      assert.notEqual(await textOf(answer), "");
    }
    // Controls that only work with a script stay out of the way.
    assert.equal(await page.locator("button.copy:visible").count(), 0, "no dead copy buttons");
    assert.equal(await page.locator("button.theme-toggle:visible").count(), 0, "no dead theme toggle");
  } finally {
    await context.close();
  }
});
