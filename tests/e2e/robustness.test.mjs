// Robustness: the site without JavaScript (every page type stays readable, the timeline's event
// list and the comparison table are there), and search when its index cannot load.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, url } from './harness.mjs';

/** One page of each type, in both languages. */
const PAGE_TYPES = {
  home: '',
  chapter: 'saga/april-2025-licence/',
  chips: 'chips/',
  alternatives: 'alternatives/',
  compare: 'compare/',
  timeline: 'timeline/',
  glossary: 'glossary/',
  sources: 'sources/',
  about: 'about/',
  search: 'search/?q=H20',
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** What a reader without JavaScript sees of the main content. */
function readable(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const h1 = main?.querySelector('h1');
    const visible = (el) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
    };
    return { main: visible(main), h1: visible(h1) ? h1.textContent.trim() : null, text: (main?.innerText ?? '').trim().length };
  });
}

describe('without JavaScript', () => {
  for (const lang of ['en', 'fr']) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${lang} ${type} is readable: main content and its heading visible`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const response = await page.goto(url(`/${lang}/${path}`));
        assert.equal(response?.status(), 200);
        const seen = await readable(page);
        assert.ok(seen.main, 'main is visible');
        assert.ok(seen.h1, 'the page heading is visible');
        if (type === 'search') {
          assert.ok(await page.locator('.search-noscript').isVisible(), 'the search page says search needs JavaScript');
        } else {
          assert.ok(seen.text > 400, `main shows its text (${seen.text} characters)`);
        }
        await context.close();
      });
    }

    test(`${lang} timeline: the event list is present and visible, every event with its anchor`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url(`/${lang}/timeline/`));
      const events = page.locator('main [id^="event-"]');
      const count = await events.count();
      assert.ok(count >= 20, `${count} events listed`);
      for (const i of [0, Math.floor(count / 2), count - 1]) {
        const event = events.nth(i);
        await event.scrollIntoViewIfNeeded();
        assert.ok(await event.isVisible(), `event ${i + 1} of ${count} is visible`);
      }
      await context.close();
    });

    test(`${lang} compare: the comparison table is present and visible with its rows`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url(`/${lang}/compare/`));
      const table = page.locator('main table').first();
      await table.scrollIntoViewIfNeeded();
      assert.ok(await table.isVisible(), 'a table is visible');
      const rows = await table.locator('tbody tr').count();
      assert.ok(rows >= 10, `${rows} rows`);
      assert.ok(await table.locator('tbody tr').first().isVisible(), 'its first row is visible');
      await context.close();
    });
  }
});

describe('when /pagefind/ cannot load', () => {
  for (const lang of ['en', 'fr']) {
    test(`${lang}: the header search says so in words`, async () => {
      const context = await browser.newContext();
      await context.route('**/pagefind/**', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(url(`/${lang}/saga/april-2025-licence/`));
      const expected = await page.locator('h20-search').evaluate((el) => JSON.parse(el.dataset.strings ?? '{}').unavailable);
      assert.ok(expected && expected.length > 20, 'the component carries an "unavailable" sentence');
      await page.locator('#site-search').fill('H20');
      const status = page.locator('h20-search .search-status');
      await page.waitForFunction((text) => document.querySelector('h20-search .search-status')?.textContent?.trim() === text, expected);
      assert.ok(await status.isVisible(), 'the message is visible');
      await context.close();
    });

    test(`${lang}: the search page says so in words`, async () => {
      const context = await browser.newContext();
      await context.route('**/pagefind/**', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(url(`/${lang}/search/?q=H20`));
      await page.waitForFunction(() => /.{20,}/.test(document.querySelector('main .search-status')?.textContent ?? ''));
      const text = await page.locator('main .search-status').first().textContent();
      const expected = await page
        .locator('h20-search')
        .first()
        .evaluate((el) => JSON.parse(el.dataset.strings ?? '{}').unavailable);
      assert.equal(text.trim(), expected);
      await context.close();
    });
  }
});
