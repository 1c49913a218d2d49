// axe-core (WCAG 2.0–2.2, A and AA: tests/e2e/harness.mjs) on every page type, in both languages,
// at a phone's width (Lighthouse's mobile viewport) and a desktop's. Phone widths are where
// WCAG 2.2's target size (2.5.8) and scrolling regions (a wide table inside the text column)
// fail, so both widths run on every type.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { axeViolations, launchBrowser, openPage, url } from './harness.mjs';

/** One page of each type; `{lang}` is filled in. */
const PAGES = {
  home: '/{lang}/',
  chapter: '/{lang}/saga/april-2025-licence/',
  chips: '/{lang}/chips/',
  alternatives: '/{lang}/alternatives/',
  compare: '/{lang}/compare/',
  rules: '/{lang}/rules/',
  timeline: '/{lang}/timeline/',
  glossary: '/{lang}/glossary/',
  sources: '/{lang}/sources/',
  about: '/{lang}/about/',
  search: '/{lang}/search/?q=H20',
  404: '/{lang}/no-such-page/',
};
const WIDTHS = {
  phone: { width: 412, height: 823 },
  desktop: { width: 1280, height: 900 },
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [width, viewport] of Object.entries(WIDTHS)) {
  describe(`axe, WCAG 2.2 AA, ${width} (${viewport.width}×${viewport.height})`, () => {
    for (const lang of ['en', 'fr']) {
      for (const [type, pattern] of Object.entries(PAGES)) {
        const path = pattern.replace('{lang}', lang);
        test(`${type}: ${path}`, async () => {
          const { page, context } = await openPage(browser, { viewport });
          try {
            await page.goto(url(path));
            if (type === 'search') await page.locator('.search-page .search-result').first().waitFor();
            assert.deepEqual(await axeViolations(page), []);
          } finally {
            await context.close();
          }
        });
      }
    }
  });
}
