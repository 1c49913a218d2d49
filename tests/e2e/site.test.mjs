// Browser tests of the site frame: search, section links, language switch, theme, a11y, errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BASE_URL, launchBrowser, openPage, url } from './harness.mjs';

/** A chapter and one of its sections, used where a real article is needed. */
const ARTICLE = '/en/saga/april-2025-licence/';
const FR_ARTICLE = '/fr/saga/april-2025-licence/';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * A section of the article and a word that occurs in it and in no other section or page of
 * the site (same language), so that a search for it has one right answer.
 */
async function sectionWithUniqueWord(page) {
  const sitemap = await (await fetch(url('/sitemap.xml'))).text();
  const others = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .filter((p) => p.startsWith('/en/') && p !== ARTICLE);
  return page.evaluate(async (paths) => {
    // Pagefind stems words ("charged" finds "charges"), so compare by a 6-letter prefix.
    const words = (text) => (text.toLowerCase().match(/\p{L}{7,}/gu) ?? []).map((w) => w.slice(0, 6));
    const indexedText = (doc) => {
      const body = doc.querySelector('[data-pagefind-body]');
      if (!body) return '';
      body.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
      return body.textContent ?? '';
    };
    const elsewhere = new Set();
    for (const path of paths) {
      // Styles out first: a parsed document inherits this page's CSP, which does not list other pages' styles.
      const html = (await (await fetch(path)).text()).replace(/<style[\s\S]*?<\/style>/gi, '');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const w of words(indexedText(doc))) elsewhere.add(w);
    }
    // The full word of the section that starts with the chosen prefix.
    const sectionText = (id, prefix) => {
      let node = document.getElementById(id).closest('.heading');
      const text = [];
      while ((node = node.nextElementSibling) && !node.matches('.heading-2, h2')) text.push(node.textContent ?? '');
      return text
        .join(' ')
        .toLowerCase()
        .match(new RegExp(`${prefix}\\p{L}*`, 'u'))[0];
    };
    const headings = [...document.querySelectorAll('.article-body h2[id]')];
    const sectionWords = headings.map((h) => {
      const text = [];
      let node = h.closest('.heading') ?? h;
      while ((node = node.nextElementSibling) && !node.matches('.heading-2, h2')) {
        const copy = node.cloneNode(true);
        copy.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
        if (!node.matches('[data-pagefind-ignore]')) text.push(...words(copy.textContent ?? ''));
      }
      return { id: h.id, words: text };
    });
    const inSections = new Map();
    for (const s of sectionWords) for (const w of new Set(s.words)) inSections.set(w, (inSections.get(w) ?? 0) + 1);
    for (const s of sectionWords.slice(1)) {
      const word = s.words.find((w) => !elsewhere.has(w) && inSections.get(w) === 1);
      if (word) return { id: s.id, word: sectionText(s.id, word) };
    }
    return null;
  }, others);
}

describe('search', () => {
  test('a word from one section returns its article first, with a sub-result linking to that heading', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const target = await sectionWithUniqueWord(page);
    assert.ok(target, 'the article has a section with a word of its own');
    await page.goto(url('/en/'));
    await page.keyboard.press('/');
    await page.keyboard.type(target.word);
    const first = page.locator('h20-search .search-result').first();
    await first.waitFor();
    assert.equal(new URL(await first.locator('.search-result-title').getAttribute('href'), BASE_URL).pathname, ARTICLE);
    const subLinks = await first.locator('.search-subresults a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(
      subLinks.some((href) => href.endsWith(`#${target.id}`)),
      `a sub-result links to #${target.id} (got ${subLinks.join(', ')})`,
    );
    // Enter opens the best result: that section.
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === ARTICLE);
    assert.ok(page.url().includes('#'), 'Enter lands on a section');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('arrow keys move through the results', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('/en/'));
    await page.locator('#site-search').fill('Nvidia');
    await page.locator('h20-search .search-result').first().waitFor();
    await page.locator('#site-search').press('ArrowDown');
    const focused = await page.evaluate(
      () => document.activeElement?.closest('.search-results') !== null && document.activeElement?.tagName,
    );
    assert.equal(focused, 'A');
    await context.close();
  });

  test('/en/search/?q=… shows results without typing, and typing updates the address', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/en/search/?q=Huawei'));
    await page.locator('.search-page .search-result').first().waitFor();
    assert.ok((await page.locator('.search-page .search-result').count()) > 0);
    await page.locator('#search-page-input').fill('licence');
    await page.waitForFunction(() => location.search.includes('q=licence'));
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the search page fetches ten results at a time; "More results" adds the next ones and moves focus to them', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/en/search/?q=Nvidia'));
    const results = page.locator('.search-page .search-result');
    await results.first().waitFor();
    assert.equal(await results.count(), 10);
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-page .search-result').length > 10);
    assert.equal(
      await page.evaluate(
        () => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-page .search-result')[10],
      ),
      true,
    );
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the French search uses the French index', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('/fr/search/?q=licence'));
    const first = page.locator('.search-page .search-result-title').first();
    await first.waitFor();
    assert.match(await first.getAttribute('href'), /^\/fr\//);
    await context.close();
  });

  test('the section filter keeps only that section', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('/en/search/?q=Nvidia&section=glossary'));
    await page.locator('.search-page .search-result').first().waitFor();
    const hrefs = await page.locator('.search-page .search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(
      hrefs.every((h) => h.startsWith('/en/glossary/')),
      hrefs.join(', '),
    );
    await context.close();
  });

  test('when the index cannot load, the reader is told in words', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(url('/en/'));
    await page.locator('#site-search').fill('Huawei');
    await page.waitForFunction(() => /could not load/i.test(document.querySelector('h20-search .search-status')?.textContent ?? ''));
    await context.close();
  });

  test('without JavaScript the box is a plain form that opens the search page, which says search needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/en/'));
    await page.locator('#site-search').fill('Huawei');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL((u) => u.pathname === '/en/search/' && u.searchParams.get('q') === 'Huawei');
    assert.match(await page.locator('.search-noscript').textContent(), /needs JavaScript/);
    await context.close();
  });
});

describe('section links', () => {
  test('every h2–h4 in an article has an id and a link control', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const missing = await page.$$eval('.article-body :is(h2,h3,h4)', (hs) =>
      hs.filter((h) => !h.id || !h.parentElement?.querySelector(`a.heading-anchor[href="#${h.id}"]`)).map((h) => h.textContent),
    );
    assert.deepEqual(missing, []);
    await context.close();
  });

  test('the copy-link control puts the full section URL on the clipboard', async () => {
    const { page, problems, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await page.goto(url(ARTICLE));
    const anchor = page.locator('.article-body a.heading-anchor').nth(1);
    const href = await anchor.getAttribute('href');
    await anchor.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, url(`${ARTICLE}${href}`));
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('opening a #section lands on the heading below the sticky header, and the TOC marks it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const id = await page.locator('.article-body h2[id]').nth(2).getAttribute('id');
    await page.goto(url(`${ARTICLE}#${id}`));
    const { top, header } = await page.evaluate(
      (hid) => ({
        top: document.getElementById(hid).getBoundingClientRect().top,
        header: document.querySelector('.site-header').getBoundingClientRect().bottom,
      }),
      id,
    );
    assert.ok(top >= header, `heading top ${top} is below the header bottom ${header}`);
    assert.ok(top < header + 120, `heading top ${top} is near the header bottom ${header}`);
    assert.equal(await page.locator('h20-toc a[aria-current="true"]').getAttribute('href'), `#${id}`);
    await context.close();
  });
});

describe('citations and glossary terms', () => {
  test('a citation mark shows publisher, date and evidence kind on focus, and links to the source list with a back-link', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const mark = page.locator('.article-body .cite-link').first();
    await mark.focus();
    assert.ok(await page.locator('.article-body .cite').first().locator('.cite-tip').isVisible());
    const href = await mark.getAttribute('href');
    const markId = await mark.getAttribute('id');
    await mark.click();
    assert.equal(new URL(page.url()).hash, href);
    assert.equal(await page.locator(`${href} a[href="#${markId}"]`).count(), 1, 'the source list links back to the mark');
    await context.close();
  });

  test('a glossary term shows its definition on hover and on focus; Escape closes it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const term = page.locator('.article-body h20-term').first();
    const pop = term.locator('.term-pop');
    await term.locator('.term-link').hover();
    await pop.waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await pop.waitFor({ state: 'hidden' });
    await term.locator('.term-link').focus();
    await pop.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'hidden' });
    assert.match(await term.locator('.term-link').getAttribute('href'), /^\/en\/glossary\/#[a-z0-9-]+$/);
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

describe('language and theme', () => {
  test('the language switch keeps the page and the section', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const id = await page.locator('.article-body h2[id]').nth(1).getAttribute('id');
    await page.goto(url(`${ARTICLE}#${id}`));
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL((u) => u.pathname === FR_ARTICLE);
    assert.equal(new URL(page.url()).hash, `#${id}`);
    assert.equal(await page.locator(`#${id}`).count(), 1, 'the French page has the same section id');
    await context.close();
  });

  test('the theme toggle persists across a navigation, with no flash', async () => {
    const { page, problems, context } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(url('/en/'));
    await page.locator('[data-theme-toggle]').click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.goto(url(ARTICLE));
    // Read before any module script runs: the head-inline script must already have set it.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(20, 21, 23)');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('/ sends a French browser to /fr/ and shows plain links without JavaScript', async () => {
    const fr = await browser.newContext({ locale: 'fr-FR' });
    const page = await fr.newPage();
    await page.goto(url('/'));
    await page.waitForURL((u) => u.pathname === '/fr/');
    await fr.close();
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await nojs.newPage();
    await plain.goto(url('/'));
    assert.deepEqual(await plain.locator('a[data-locale]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['/en/', '/fr/']);
    await nojs.close();
  });
});

describe('accessibility and errors', () => {
  // axe on every page type, both languages, phone and desktop widths: accessibility.test.mjs.
  test('no console errors, CSP violations or foreign requests on any page', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    assert.ok(paths.length > 10, 'the sitemap lists the pages');
    const { page, problems, context } = await openPage(browser);
    for (const path of [...paths, '/en/search/?q=Huawei', '/404.html']) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
});
