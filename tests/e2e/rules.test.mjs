// Browser tests of the rule explorer: /en/rules/ and /fr/rules/. The table without JavaScript,
// the date control by keyboard, state restored from the address, the reader's chip, messages for
// values that cannot be used, the map redrawn for a day equal to the map loaded on that day, the
// live region, accessibility at a phone and a desktop width, and no layout shift on enhancement.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { axeViolations, launchBrowser, openPage, url } from './harness.mjs';

const PAGES = { en: '/en/rules/', fr: '/fr/rules/' };
const PHONE = { width: 412, height: 823 };
const DESKTOP = { width: 1280, height: 900 };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Opens a rules page with its scripts running (reduced motion: no transitions to wait for). */
async function openRules(path, options = {}) {
  const opened = await openPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce', ...options });
  await opened.page.goto(url(path));
  await opened.page.waitForFunction(() => customElements.get('h20-rule-map') && customElements.get('h20-own-chip'));
  return opened;
}

/** Waits until the address holds every key=value given. */
function addressHas(page, values) {
  return page.waitForFunction((v) => {
    const params = new URLSearchParams(location.search);
    return Object.entries(v).every(([k, value]) => params.get(k) === value);
  }, values);
}

const followedStatus = (page) => page.locator('.rx-followed .rx-status strong').textContent();
const markClass = (page, id) => page.locator(`svg.chart-wide a[data-chip="${id}"]`).getAttribute('class');

describe('rules page without JavaScript', () => {
  test('the table, the map, the rule versions and the worked example are complete in the HTML', async () => {
    for (const [lang, path] of Object.entries(PAGES)) {
      const { page, context, problems } = await openPage(browser, { javaScriptEnabled: false });
      await page.goto(url(path));
      const rules = await page.locator('.rt-table thead th').count();
      assert.equal(rules, 12, `${lang}: a chip column and 11 rule versions`);
      const rows = await page.locator('.rt-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.id,
          cells: [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
        })),
      );
      assert.ok(rows.length >= 10, `${lang}: one row per US chip`);
      assert.ok(rows.some((r) => r.id === 'rules-row-h20'));
      assert.ok(!rows.some((r) => r.id.startsWith('rules-row-ascend')), 'no row for chips made in China');
      for (const row of rows) {
        assert.equal(row.cells.length, 11);
        for (const links of row.cells) {
          assert.match(links[0], /^#rule-\d{4}-\d{2}-/, 'each cell links to its rule version');
          assert.match(links[1], new RegExp(`^/${lang}/chips/#chip-`), 'and to the chip’s card');
        }
      }
      const anchors = await page.locator('.rv h3[id^="rule-"]').evaluateAll((hs) => hs.map((h) => h.id));
      assert.equal(anchors.length, 11);
      for (const row of rows) for (const links of row.cells) assert.ok(anchors.includes(links[0].slice(1)), links[0]);
      assert.ok((await page.locator('svg.chart-wide a.pt').count()) > 15, 'the map has its chips');
      assert.ok((await page.locator('.oc-verdicts > li').count()) === 11, 'the example lists every version');
      assert.match(await page.locator('.oc-figures').textContent(), lang === 'en' ? /TPP 2,368 \(148 × 16 bits\)/ : /TPP 2\u202f368/);
      assert.deepEqual(problems(), []);
      await context.close();
    }
  });

  test('Pagefind indexes the rule versions, not the map, the form or the controls', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(PAGES.en));
    const ignored = await page.evaluate(() =>
      ['h20-rule-map', 'h20-own-chip', '.rv-sources'].map((s) => document.querySelector(s)?.hasAttribute('data-pagefind-ignore')),
    );
    assert.deepEqual(ignored, [true, true, true]);
    assert.equal(await page.locator('[data-pagefind-body] .rv-list').count(), 1);
    await context.close();
  });
});

describe('date control', () => {
  test('the slider and the date field work from the keyboard, and the address follows', async () => {
    const { page, context, problems } = await openRules(PAGES.en);
    await page.focus('#rx-slider');
    const before = await page.locator('#rx-date').inputValue();
    assert.equal(before, '2026-02-28');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#rx-date').inputValue(), '2026-03-01');
    await page.keyboard.press('PageDown');
    assert.equal(await page.locator('#rx-date').inputValue(), '2026-02-01');
    assert.equal(await page.locator('#rx-slider').getAttribute('aria-valuetext'), '1 February 2026');
    await page.keyboard.press('Home');
    assert.equal(await page.locator('#rx-date').inputValue(), '2022-01-01');
    assert.match(await followedStatus(page), /Not yet announced/);
    await addressHas(page, { date: '2022-01-01', chip: 'h20' });
    // The date field: type a day, then leave the field.
    await page.locator('#rx-date').fill('2023-10-24');
    await page.locator('#rx-date').dispatchEvent('change');
    assert.equal(await page.locator('#rx-map-title').textContent(), 'US export rules on 24 October 2023');
    // The change buttons.
    await page.click('[data-step="next"]');
    assert.equal(await page.locator('#rx-date').inputValue(), '2023-11-17');
    await page.click('[data-step="prev"]');
    assert.equal(await page.locator('#rx-date').inputValue(), '2023-10-23');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('one polite live region says one short summary when the reader stops', async () => {
    const { page, context } = await openRules(PAGES.en);
    const regions = await page
      .locator('h20-rule-map [role="status"], h20-rule-map [aria-live], h20-own-chip [role="status"], h20-own-chip [aria-live]')
      .count();
    assert.equal(regions, 1);
    await page.evaluate(() => {
      window.__liveChanges = 0;
      new MutationObserver(() => window.__liveChanges++).observe(document.getElementById('rules-live'), {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.focus('#rx-slider');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.getElementById('rules-live').textContent !== '');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__liveChanges), 1);
    assert.equal(await page.locator('#rules-live').textContent(), '22 February 2026. H20: licences granted, against a revenue share.');
    await context.close();
  });
});

describe('state in the address', () => {
  test('?date=2025-04-15&chip=h20: the H20 needs a licence, in both languages', async () => {
    for (const [lang, expected] of [
      ['en', 'Licence required'],
      ['fr', 'Licence requise'],
    ]) {
      const { page, context, problems } = await openRules(`${PAGES[lang]}?date=2025-04-15&chip=h20`);
      assert.equal(await followedStatus(page), expected);
      assert.equal(await page.locator('#rx-date').inputValue(), '2025-04-15');
      assert.match(await markClass(page, 'h20'), /\bst-licence-required\b/);
      assert.match(
        await page.locator('.rx-followed .rx-lines').textContent(),
        lang === 'en' ? /April 2025 letter on the H20/ : /Lettre d’avril 2025 sur le H20/,
      );
      assert.match(await page.locator('.oc-on-day').textContent(), lang === 'en' ? /On 15 April 2025/ : /Au 15 avril 2025/);
      assert.deepEqual(problems(), []);
      await context.close();
    }
  });

  test('?date=2026-01-20&chip=h200: case by case under the January 2026 rule', async () => {
    for (const [lang, expected] of [
      ['en', 'Licence reviewed case by case'],
      ['fr', 'Licence examinée au cas par cas'],
    ]) {
      const { page, context, problems } = await openRules(`${PAGES[lang]}?date=2026-01-20&chip=h200`);
      assert.equal(await followedStatus(page), expected);
      assert.equal(await page.locator('#rx-chip').inputValue(), 'h200');
      assert.match(await markClass(page, 'h200'), /\bst-case-by-case\b.*\bpt-selected\b/);
      assert.deepEqual(problems(), []);
      await context.close();
    }
  });

  test('moving the slider to a day draws the same SVG as loading that day', async () => {
    const day = '2025-04-15';
    const svgs = (page) => page.locator('h20-rule-map svg.rx-svg').evaluateAll((all) => all.map((s) => s.outerHTML));
    const loaded = await openRules(`${PAGES.en}?date=${day}`);
    const expected = await svgs(loaded.page);
    await loaded.context.close();
    const moved = await openRules(PAGES.en);
    const start = await moved.page.locator('#rx-slider').getAttribute('min');
    const offset = (Date.UTC(2025, 3, 15) - Date.UTC(2022, 0, 1)) / 86_400_000;
    assert.equal(start, '0');
    await moved.page.locator('#rx-slider').fill(String(offset));
    assert.equal(await moved.page.locator('#rx-date').inputValue(), day);
    assert.deepEqual(await svgs(moved.page), expected);
    assert.deepEqual(moved.problems(), []);
    await moved.context.close();
  });

  test('a day or chip that cannot be used is named, and the page shows the default', async () => {
    const { page, context, problems } = await openRules(`${PAGES.en}?date=2025-13-40&chip=h2o`);
    const message = await page.locator('#rx-problem').textContent();
    assert.match(message, /“2025-13-40” is not a day between 1 January 2022 and 31 December 2026/);
    assert.match(message, /There is no chip “h2o”/);
    assert.equal(await page.locator('#rx-date').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#rx-date').inputValue(), '2026-02-28');
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

describe('test your own chip', () => {
  test('a hypothetical chip typed in updates the verdicts and the address', async () => {
    const { page, context, problems } = await openRules(PAGES.en);
    await page.selectOption('#oc-from', '');
    await page.check('input[name="mode"][value="tpp"]');
    await page.fill('#oc-tpp', '4000');
    await page.fill('#oc-area', '600');
    await page.fill('#oc-mem', '1600');
    await page.fill('#oc-link', '0');
    await addressHas(page, { tpp: '4000', area: '600', mem: '1600', link: '0' });
    assert.equal(new URL(page.url()).searchParams.get('from'), null);
    assert.equal(await page.locator('#oc-title').textContent(), 'Verdicts for your chip');
    assert.match(await page.locator('.oc-figures').textContent(), /TPP 4,000; performance density 6.67 \(4,000 ÷ 600 mm²\)/);
    const oct2023 = page.locator('.oc-verdicts > li[data-outcome^="tpp-and-density"]');
    assert.match(
      await oct2023.textContent(),
      /3A090\.a: licence, denial presumed for China.*TPP 4,000 reaches 1,600; density 6.67 reaches 5.92/s,
    );
    const april = page.locator('.oc-verdicts > li[data-outcome^="bandwidth-letter"]');
    assert.equal(await april.getAttribute('data-outcome'), 'bandwidth-letter_depends-on-reading');
    await page.waitForFunction(() => document.getElementById('rules-live').textContent.startsWith('Your chip'));
    // The same figures from the address, in French.
    const shared = new URL(page.url());
    const fr = await openRules(`${PAGES.fr}${shared.search}`);
    assert.equal(await fr.page.locator('#oc-tpp').inputValue(), '4000');
    assert.match(await fr.page.locator('.oc-figures').textContent(), /densité de performance 6,67/);
    assert.deepEqual([...problems(), ...fr.problems()], []);
    await fr.context.close();
    await context.close();
  });

  test('what if the H20 had 30% more compute: one figure changed, the rest from the database', async () => {
    const { page, context } = await openRules(PAGES.en);
    await page.fill('#oc-tops', '192.4');
    await addressHas(page, { from: 'h20', tops: '192.4' });
    assert.equal(await page.locator('#oc-title').textContent(), 'Verdicts for H20, changed');
    assert.equal(
      await page.locator('.oc-verdicts > li[data-outcome^="tpp-and-density"]').getAttribute('data-outcome'),
      'tpp-and-density_3a090b',
    );
    await page.click('.oc-reset');
    assert.equal(await page.locator('#oc-title').textContent(), 'Verdicts for H20');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('tops'));
    await context.close();
  });

  test('?tpp=abc: a clear message in the form, never a broken page; the keyboard reaches the field', async () => {
    for (const [lang, expected] of [
      ['en', /“abc” is not a number/],
      ['fr', /«\u00a0abc\u00a0» n’est pas un nombre/],
    ]) {
      const { page, context, problems } = await openRules(`${PAGES[lang]}?tpp=abc`);
      assert.match(await page.locator('#oc-err-tpp').textContent(), expected);
      assert.equal(await page.locator('#oc-tpp').getAttribute('aria-invalid'), 'true');
      assert.ok(await page.locator('#oc-errors').isVisible());
      assert.ok(await page.locator('.oc-invalid').isVisible());
      assert.ok(await page.locator('.oc-body').isHidden());
      // Submitting with the keyboard puts focus on the field to fix.
      await page.focus('#oc-area');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'oc-tpp');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3000');
      await page.waitForFunction(() => document.querySelector('#oc-err-tpp').hidden);
      assert.ok(await page.locator('.oc-body').isVisible());
      assert.deepEqual(problems(), []);
      await context.close();
    }
  });
});

describe('accessibility and stability', () => {
  test('no axe violations (WCAG 2.2 AA) at a phone and a desktop width, in both languages, with an error shown', async () => {
    for (const path of Object.values(PAGES)) {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, context, problems } = await openRules(path, { viewport });
        assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width} px`);
        await page.goto(url(`${path}?date=2025-04-15&chip=h20&tpp=abc&from=nope`));
        await page.waitForFunction(() => !document.querySelector('#oc-errors').hidden);
        assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width} px with errors`);
        assert.deepEqual(problems(), []);
        await context.close();
      }
    }
  });

  test('dark mode and reduced motion come from the tokens and the media query', async () => {
    const { page, context } = await openRules(PAGES.en, { colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const mark = document.querySelector('svg.chart-wide a[data-chip="h20"] .pt-mark');
      return { fill: getComputedStyle(mark).fill, transition: getComputedStyle(mark).transitionDuration };
    });
    // The site's reduced-motion rule leaves a duration too short to see (0.01 ms).
    assert.ok(Number.parseFloat(colours.transition) < 0.001, colours.transition);
    await context.close();
    const light = await openRules(PAGES.en, { colorScheme: 'light', reducedMotion: 'no-preference' });
    const lightFill = await light.page.evaluate(
      () => getComputedStyle(document.querySelector('svg.chart-wide a[data-chip="h20"] .pt-mark')).fill,
    );
    assert.notEqual(lightFill, colours.fill, 'the status colour changes with the theme');
    await light.context.close();
  });

  test('enhancing shifts nothing (CLS 0), on the default page and on a restored day', async () => {
    for (const path of [PAGES.en, `${PAGES.en}?date=2025-04-15&chip=h20`, `${PAGES.fr}?date=2026-01-20&chip=h200&from=h20&tops=192.4`]) {
      const measure = async (javaScriptEnabled) => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: DESKTOP });
        const page = await context.newPage();
        // Fonts use font-display: optional; both loads use the fallback fonts, so only JavaScript could move things.
        await page.route('**/*.woff2', (route) => route.abort());
        await page.addInitScript(() => {
          window.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url(path));
        await page.waitForLoadState('load');
        await page.waitForTimeout(400);
        const result = await page.evaluate(() => ({
          cls: window.__cls,
          table: document.querySelector('.rt').getBoundingClientRect().top + scrollY,
          map: document.querySelector('svg.chart-wide').getBoundingClientRect().height,
        }));
        await context.close();
        return result;
      };
      const off = await measure(false);
      const on = await measure(true);
      assert.equal(on.cls, 0, `${path}: layout shift`);
      assert.equal(on.map, off.map, `${path}: the map keeps its size`);
      if (path === PAGES.en) assert.equal(on.table, off.table, 'the default page does not move when its scripts run');
    }
  });
});

describe('links in', () => {
  test('chip cards link to their row in the explorer, which exists', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/en/chips/'));
    const href = await page.locator('article.chip-card:has(#chip-h20) .chip-explorer a').getAttribute('href');
    assert.equal(href, '/en/rules/?chip=h20#rules-row-h20');
    await page.goto(url(href));
    assert.equal(await page.locator('#rules-row-h20').count(), 1);
    await page.goto(url('/fr/alternatives/'));
    assert.equal(await page.locator('.chip-explorer a').count(), 0, 'no explorer row for chips made in China');
    await context.close();
  });
});
