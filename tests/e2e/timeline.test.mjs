// Browser tests of the timeline: /en/timeline/ and /fr/timeline/, embedded timelines, downloads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { axeViolations, launchBrowser, openPage, url } from './harness.mjs';

const PAGE = '/en/timeline/';
let browser;
/** Event ids in date order, from the page's own JSON download. */
let ids = [];

before(async () => {
  browser = await launchBrowser();
  const response = await fetch(url(`${PAGE}events.json`));
  ids = (await response.json()).events.map((e) => e.id);
});
after(async () => {
  await browser?.close();
});

/** Opens the timeline on a wide screen, without zoom animations, and waits for the element to upgrade. */
async function openTimeline(path = PAGE, options = {}) {
  const opened = await openPage(browser, { viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce', ...options });
  await opened.page.goto(url(path));
  await opened.page.waitForFunction(() => customElements.get('h20-timeline') !== undefined);
  return opened;
}

/**
 * Opens the timeline with its web font in use. The label layout (src/lib/timeline/layout.ts) sizes
 * labels from Inter's metrics, and the fonts use font-display: optional: when Inter does not arrive
 * within the first render's short block period, as often happens in a fresh browser context on a
 * busy machine, the page keeps the fallback font (DejaVu Sans here, wider than Inter) and labels that
 * fit in Inter overlap. So load the page once, wait until its fonts have loaded (they are then in the
 * context's cache), and load it again: a cached font is used from the first render.
 */
async function openTimelineWithWebFont(path = PAGE) {
  const opened = await openTimeline(path);
  await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
  await opened.page.goto(url(path));
  await opened.page.waitForFunction(() => customElements.get('h20-timeline') !== undefined);
  return opened;
}

/** The font the browser really renders the first visible chart label with (not the CSS font-family list). */
async function labelFont(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.tl-svg-full .tl-label:not(.tl-off)' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName).join(', ');
  } finally {
    await cdp.detach();
  }
}

/** Ids of marks that are displayed and inside the plot's visible x range. */
function marksInView(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('.tl-svg-full');
    const width = Number(svg.getAttribute('width'));
    return [...svg.querySelectorAll('.tl-mark')]
      .filter((a) => getComputedStyle(a).display !== 'none')
      .filter((a) => {
        const x = Number(/translate\(([-\d.]+)/.exec(a.querySelector('.tl-shape').getAttribute('transform'))[1]);
        return x >= 0 && x <= width;
      })
      .map((a) => a.dataset.id);
  });
}

const activeId = (page) => page.evaluate(() => document.activeElement?.closest('.tl-mark')?.dataset.id ?? null);

describe('timeline page', () => {
  test('a #event- link opens with that event selected, highlighted and in view', async () => {
    const id = ids[Math.floor(ids.length * 0.6)];
    const { page, problems, context } = await openTimeline(`${PAGE}#event-${id}`);
    const mark = page.locator(`.tl-mark[data-id="${id}"]`);
    await page.waitForFunction((i) => document.querySelector(`.tl-mark[data-id="${i}"]`)?.classList.contains('is-selected'), id);
    assert.equal(await mark.getAttribute('aria-current'), 'true');
    const title = await page.locator(`#event-${id}`).textContent();
    assert.equal(await page.locator('.tl-panel-title').textContent(), title);
    assert.ok(await page.locator('.tl-panel-card').isVisible());
    await page.waitForTimeout(300);
    const box = await mark.boundingBox();
    assert.ok(box && box.y > 0 && box.y + box.height < 1000, `the mark is in the viewport (y=${box?.y})`);
    assert.equal(new URL(page.url()).hash, `#event-${id}`);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('selecting a mark replaces the hash without adding history; copy link and Escape work', async () => {
    const { page, problems, context } = await openTimeline();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    const before = await page.evaluate(() => history.length);
    const id = ids[ids.length - 1];
    await page.locator(`.tl-mark[data-id="${id}"]`).click();
    assert.equal(new URL(page.url()).hash, `#event-${id}`);
    assert.equal(await page.evaluate(() => history.length), before);
    await page.locator('[data-act="copy"]').click();
    // The event's share page, which carries its own social card (tests/e2e/share.test.mjs).
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url(`${PAGE}e/${id}/`));
    await page.keyboard.press('Escape');
    assert.ok(await page.locator('.tl-panel-card').isHidden());
    assert.equal(new URL(page.url()).hash, '');
    assert.equal(await activeId(page), id, 'focus returns to the mark');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the chart is one tab stop; arrow keys move in date order, Enter opens, Escape closes', async () => {
    const { page, problems, context } = await openTimeline();
    await page.focus('select[name="actor"]');
    await page.keyboard.press('Tab');
    assert.equal(await activeId(page), ids[0]);
    await page.keyboard.press('ArrowRight');
    assert.equal(await activeId(page), ids[1]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await activeId(page), ids[1]);
    await page.keyboard.press('End');
    assert.equal(await activeId(page), ids.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('.tl-panel-card').isVisible());
    assert.equal(new URL(page.url()).hash, `#event-${ids[1]}`);
    assert.match(await page.locator('.tl-status').textContent(), /\S/, 'the selection is announced');
    await page.keyboard.press('Escape');
    assert.ok(await page.locator('.tl-panel-card').isHidden());
    // Leaving the chart with Tab goes on to the panel / page, not to the next mark.
    await page.keyboard.press('Tab');
    assert.equal(await activeId(page), null);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('track and actor filters hide and show marks', async () => {
    const { page, problems, context } = await openTimeline();
    const market = page.locator('.tl-mark[data-track="market"]');
    const count = await market.count();
    assert.ok(count > 0);
    await page.locator('input[data-filter="track"][value="market"]').uncheck();
    for (let i = 0; i < count; i++) assert.ok(await market.nth(i).isHidden());
    assert.ok(await page.locator('.tl-mark[data-track="nvidia"]').first().isVisible());
    assert.match(await page.locator('.tl-status').textContent(), new RegExp(`${ids.length - count} of ${ids.length}`));
    await page.locator('input[data-filter="track"][value="market"]').check();
    assert.ok(await market.first().isVisible());

    await page.selectOption('select[name="actor"]', 'cac');
    const shown = await marksInView(page);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('.tl-mark')].filter((a) => a.dataset.a.split(' ').includes('cac')).map((a) => a.dataset.id),
    );
    assert.ok(expected.length > 0);
    assert.deepEqual(new Set(shown), new Set(expected));
    await page.selectOption('select[name="actor"]', '');
    assert.equal((await marksInView(page)).length, ids.length);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('zoom buttons, + and − keys and preset ranges change the visible range', async () => {
    const { page, problems, context } = await openTimeline();
    const years = () => page.locator('.tl-tick-context').allTextContents();
    const all = await marksInView(page);
    assert.equal(all.length, ids.length);
    await page.locator('[data-zoom="in"]').click();
    await page.locator('[data-zoom="in"]').click();
    const zoomed = await marksInView(page);
    assert.ok(zoomed.length < all.length, `fewer marks after zooming in (${zoomed.length})`);
    assert.match(await page.locator('.tl-status').textContent(), /Showing/);
    await page.locator('[data-zoom="out"]').click();
    await page.locator('[data-zoom="out"]').click();
    assert.equal((await marksInView(page)).length, all.length);

    await page.locator('[data-range]', { hasText: '2025' }).click();
    assert.deepEqual(await years(), ['2025']);
    const in2025 = await marksInView(page);
    assert.ok(
      in2025.every((id) => id.startsWith('2025') || id.startsWith('2024-12') || id.startsWith('2026-01')),
      in2025.join(' '),
    );
    await page.locator('[data-range="all"]').click();
    assert.ok((await years()).length >= 4);

    await page.focus('.tl-mark:not([tabindex])');
    await page.keyboard.press('+');
    assert.ok((await marksInView(page)).length < all.length);
    await page.keyboard.press('-');
    assert.equal((await marksInView(page)).length, all.length);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('labels never overlap after zooming', async () => {
    const { page, context } = await openTimelineWithWebFont();
    // Rendered boxes match the layout's widths only in the font it measures for.
    assert.equal(await labelFont(page), 'Inter', 'the labels are set in Inter');
    for (const range of ['2025', '2024', 'all']) {
      await page
        .locator(range === 'all' ? '[data-range="all"]' : '[data-range]', { hasText: range === 'all' ? undefined : range })
        .first()
        .click();
      const overlaps = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.tl-label:not(.tl-off)')].map((t) => t.getBoundingClientRect());
        let n = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) n++;
          }
        return n;
      });
      assert.equal(overlaps, 0, `no overlapping labels (${range})`);
    }
    await context.close();
  });

  test('without JavaScript every event is in the list, with its anchor, date and sources', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(url(PAGE));
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll('.tl-list .tl-entry')].map((li) => ({
        id: li.querySelector('h3')?.id,
        datetime: li.querySelector('time')?.getAttribute('datetime'),
        sources: li.querySelectorAll('.tl-sources a[href^="http"]').length,
        year: li.closest('section')?.querySelector('h2')?.id,
      })),
    );
    assert.deepEqual(
      entries.map((e) => e.id),
      ids.map((id) => `event-${id}`),
    );
    for (const e of entries) {
      assert.match(e.datetime, /^\d{4}(-\d{2}(-\d{2})?)?$/);
      assert.ok(e.sources > 0, `${e.id} lists its sources`);
      assert.equal(e.year, `year-${e.datetime.slice(0, 4)}`);
    }
    assert.ok(await page.locator('.tl-svg-full').isHidden(), 'the chart is hidden on a narrow screen');
    await context.close();
  });

  test('the chart is complete before JavaScript and running it shifts nothing', async () => {
    const position = async (javaScriptEnabled) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      // Web fonts use font-display: optional, so whether they apply depends on load timing; both
      // loads use the fallback fonts, so that only JavaScript could move the list.
      await page.route('**/*.woff2', (route) => route.abort());
      await page.goto(url(PAGE));
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => ({
        marks: document.querySelectorAll('.tl-mark').length,
        labels: document.querySelectorAll('.tl-label:not(.tl-off)').length,
        list: document.querySelector('.tl-list-intro').getBoundingClientRect().top + scrollY,
        svg: document.querySelector('.tl-svg-full').getBoundingClientRect().height,
      }));
      await context.close();
      return result;
    };
    const off = await position(false);
    const on = await position(true);
    assert.equal(off.marks, ids.length);
    assert.ok(off.labels > 5);
    assert.equal(on.svg, off.svg);
    assert.equal(on.list, off.list);
  });

  test('no axe violations, in English and French, with an event open', async () => {
    for (const path of [PAGE, '/fr/timeline/']) {
      const { page, problems, context } = await openTimeline(path);
      assert.deepEqual(await axeViolations(page), [], path);
      await page.focus('.tl-mark:not([tabindex])');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      assert.ok(await page.locator('.tl-panel-card').isVisible());
      assert.deepEqual(await axeViolations(page), [], `${path} with an event open`);
      assert.deepEqual(problems(), []);
      await context.close();
    }
  });
});

describe('timeline downloads and embeds', () => {
  test('JSON, CSV and Atom exist in both languages', async () => {
    for (const lang of ['en', 'fr']) {
      const json = await (await fetch(url(`/${lang}/timeline/events.json`))).json();
      assert.equal(json.language, lang);
      assert.equal(json.events.length, ids.length);
      const csv = await (await fetch(url(`/${lang}/timeline/events.csv`))).text();
      assert.match(csv, /^id,date,precision,/);
      assert.ok(csv.includes('source_urls'));
      const feed = await fetch(url(`/${lang}/timeline/feed.xml`));
      assert.equal(feed.status, 200);
      assert.match(await feed.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    }
  });

  test('chapter event lists and embedded timelines link to events that exist', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/en/saga/april-2025-licence/'));
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('.tl-chapter-events a, .tl-embed a')].map((a) => a.getAttribute('href')),
    );
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) {
      assert.match(href, /^\/en\/timeline\/#event-/);
      assert.ok(ids.includes(href.split('#event-')[1]), href);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
});
