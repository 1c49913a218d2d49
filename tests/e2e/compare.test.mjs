// Browser tests of the compare page: static charts, table sorting and filters, the two-chip
// view and its URL state, downloads, accessibility and console errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { axeViolations, launchBrowser, openPage, url } from './harness.mjs';

const PAGE = '/en/compare/';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The chip ids of the visible table rows, in order. */
const rowIds = (page) => page.locator('h20-compare-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.dataset.chip));
/** The sort keys of one column for the visible rows. */
const columnKeys = (page, col) =>
  page.evaluate((c) => {
    const table = document.querySelector('h20-compare-table table');
    const index = [...table.querySelectorAll('thead th')].findIndex((th) => th.dataset.col === c);
    return [...table.tBodies[0].rows].filter((r) => !r.hidden).map((r) => r.cells[index].dataset.sort ?? null);
  }, col);

describe('compare page without JavaScript', () => {
  test('the static charts hold every chip with data, and the table and default pair are complete', async () => {
    const { page, context, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(PAGE));
    const json = await (await context.request.get(url('/en/compare/chips.json'))).json();
    const withMap = json.chips
      .filter((c) => c.form !== 'system' && c.figures.tpp.value !== null && c.figures.density.value !== null)
      .map((c) => c.id)
      .sort();
    const withBw = json.chips
      .filter((c) => c.form !== 'system' && c.figures.fp16DenseTflops.value !== null && c.figures.memoryBandwidthTBs.value !== null)
      .map((c) => c.id)
      .sort();
    for (const [chart, expected] of [
      ['export-map', withMap],
      ['bandwidth', withBw],
    ]) {
      for (const variant of ['wide', 'narrow']) {
        const ids = await page
          .locator(`h20-chip-chart[data-chart="${chart}"] svg.chart-${variant} a.pt`)
          .evaluateAll((as) => as.map((a) => a.dataset.chip).sort());
        assert.deepEqual(ids, expected, `${chart} (${variant}) plots every chip with data`);
      }
    }
    assert.ok(withMap.includes('h20') && withBw.includes('h20'), 'the H20 is on both charts');
    const rows = await page.locator('h20-compare-table tbody tr').count();
    assert.equal(rows, json.chips.length, 'one table row per chip');
    const dates = await columnKeys(page, 'announced');
    const known = dates.filter((d) => d !== null);
    assert.deepEqual(known, [...known].sort(), 'rows are sorted by announcement date');
    assert.equal(await page.locator('h20-chip-pair thead th[data-name="a"]').textContent(), 'H20');
    assert.equal(await page.locator('h20-chip-pair thead th[data-name="b"]').textContent(), 'H100');
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

describe('comparison table', () => {
  test('sorts by click and by keyboard, numbers with undisclosed values last', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(url(PAGE));
    const tppButton = page.locator('h20-compare-table thead button[data-col="tpp"]');
    await tppButton.click();
    assert.equal(await page.locator('h20-compare-table th[data-col="tpp"]').getAttribute('aria-sort'), 'descending');
    let keys = await columnKeys(page, 'tpp');
    let numbers = keys.filter((k) => k !== null).map(Number);
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => b - a),
      'TPP descending',
    );
    assert.ok(keys.indexOf(null) === -1 || keys.slice(keys.indexOf(null)).every((k) => k === null), 'undisclosed last');
    assert.match(page.url(), /sort=tpp/);
    // Keyboard: focus the header button and press Enter, then Space.
    await tppButton.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('h20-compare-table th[data-col="tpp"]').getAttribute('aria-sort'), 'ascending');
    keys = await columnKeys(page, 'tpp');
    numbers = keys.filter((k) => k !== null).map(Number);
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => a - b),
      'TPP ascending',
    );
    assert.equal(keys.at(-1) === null || keys.every((k) => k !== null), true, 'undisclosed still last');
    const nameButton = page.locator('h20-compare-table thead button[data-col="name"]');
    await nameButton.focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('h20-compare-table th[data-col="name"]').getAttribute('aria-sort'), 'ascending');
    assert.equal(await page.locator('h20-compare-table th[data-col="tpp"]').getAttribute('aria-sort'), null, 'one sorted column at a time');
    const names = await columnKeys(page, 'name');
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })),
    );
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('filters by maker and market, says how many rows show, and restores filters from the URL', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(url(PAGE));
    const total = await page.locator('h20-compare-table tbody tr').count();
    await page.selectOption('h20-compare-table select[name="maker"]', 'huawei');
    const huawei = await page.locator('h20-compare-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.dataset.maker));
    assert.ok(huawei.length > 0 && huawei.length < total);
    assert.ok(huawei.every((m) => m === 'huawei'));
    assert.match(await page.locator('h20-compare-table .compare-status').textContent(), new RegExp(`${huawei.length} of ${total}`));
    await page.selectOption('h20-compare-table select[name="maker"]', '');
    await page.selectOption('h20-compare-table select[name="market"]', 'china-variant');
    const markets = await page.locator('h20-compare-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.dataset.market));
    assert.ok(markets.length > 0 && markets.every((m) => m === 'china-variant'));
    assert.match(page.url(), /market=china-variant/);
    await page.goto(url(`${PAGE}?maker=nvidia&market=global&sort=memoryBandwidthTBs&dir=descending`));
    assert.equal(await page.locator('h20-compare-table select[name="maker"]').inputValue(), 'nvidia');
    const visible = await page
      .locator('h20-compare-table tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => `${r.dataset.maker}/${r.dataset.market}`));
    assert.ok(visible.length > 0 && visible.every((v) => v === 'nvidia/global'));
    assert.equal(await page.locator('h20-compare-table th[data-col="memoryBandwidthTBs"]').getAttribute('aria-sort'), 'descending');
    await page.click('h20-compare-table button[data-reset]');
    await page.waitForFunction(() => document.querySelectorAll('h20-compare-table tbody tr[hidden]').length === 0);
    assert.equal(await rowIds(page).then((r) => r.length), total);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('every disclosed figure links to a source with a readable label; undisclosed ones say so', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(url(PAGE));
    const h20 = page.locator('h20-compare-table tr[data-chip="h20"]');
    const mark = h20.locator('td a.src').first();
    assert.match(await mark.getAttribute('href'), /^\/en\/sources\/#source-[a-z0-9-]+$/);
    assert.match(await mark.getAttribute('aria-label'), /^Sources?: \S/);
    await mark.focus();
    const tip = await mark.evaluate((a) => getComputedStyle(a, '::after').content);
    assert.ok(/Sources?: /.test(tip), 'the source shows on focus');
    assert.equal(await h20.locator('th a').getAttribute('href'), '/en/chips/#chip-h20');
    assert.equal(
      await page.locator('h20-compare-table tr[data-chip="ascend-910c"] th a').getAttribute('href'),
      '/en/alternatives/#chip-ascend-910c',
    );
    assert.ok((await page.locator('h20-compare-table .nd').count()) > 0, 'some figures are not disclosed');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('CSV and JSON downloads are linked and well formed', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(url(PAGE));
    const csvHref = await page.locator('a[href$="chips.csv"]').first().getAttribute('href');
    const csv = await (await context.request.get(url(csvHref))).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.ok(lines[0].startsWith('id,Chip,Maker,Market,Announced'));
    assert.ok(lines[0].includes('Memory bandwidth (TB/s)'));
    assert.ok(lines.some((l) => l.startsWith('h20,')));
    const json = await (await context.request.get(url('/en/compare/chips.json'))).json();
    const h20 = json.chips.find((c) => c.id === 'h20');
    assert.equal(h20.figures.memoryBandwidthTBs.unit, 'TB/s');
    assert.ok(h20.figures.memoryBandwidthTBs.sources.every((id) => id in json.sources));
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

describe('charts', () => {
  test('points show details on focus and hover, Escape closes them, #chip-h20 highlights the H20', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(url(`${PAGE}#chip-h20`));
    const map = page.locator('h20-chip-chart[data-chart="export-map"]');
    const h20 = map.locator('svg.chart-wide a.pt[data-chip="h20"]');
    assert.equal(await h20.getAttribute('data-highlight'), '', 'the H20 point is highlighted');
    assert.match(await h20.getAttribute('aria-label'), /NVIDIA H20.*TPP: 2,368/);
    await h20.focus();
    const tip = map.locator('.chart-tip');
    assert.equal(await tip.isVisible(), true);
    assert.match(await tip.textContent(), /H20/);
    await page.keyboard.press('Escape');
    assert.equal(await tip.isVisible(), false);
    const h100 = page.locator('h20-chip-chart[data-chart="bandwidth"] svg.chart-wide a.pt[data-chip="h100"]');
    await h100.hover();
    const bwTip = page.locator('h20-chip-chart[data-chart="bandwidth"] .chart-tip');
    assert.equal(await bwTip.isVisible(), true);
    assert.match(await bwTip.textContent(), /H100/);
    const ticks = await page.locator('.chart-grid').evaluateAll((gs) => gs.every((g) => g.getAttribute('aria-hidden') === 'true'));
    assert.ok(ticks, 'tick labels are hidden from assistive technology');
    assert.ok((await page.locator('details.chart-data table').count()) === 2, 'each chart has a data table');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('phones get the narrow drawing', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: { width: 360, height: 800 } });
    await page.goto(url(PAGE));
    assert.equal(await page.locator('h20-chip-chart[data-chart="export-map"] svg.chart-narrow').isVisible(), true);
    assert.equal(await page.locator('h20-chip-chart[data-chart="export-map"] svg.chart-wide').isVisible(), false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal page scroll (${overflow}px)`);
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

describe('two-chip view', () => {
  test('restores ?a=ascend-910c&b=h20, updates the URL and the ratios when the selection changes', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(url(`${PAGE}?a=ascend-910c&b=h20`));
    const pair = page.locator('h20-chip-pair');
    assert.equal(await pair.locator('select[name="a"]').inputValue(), 'ascend-910c');
    assert.equal(await pair.locator('select[name="b"]').inputValue(), 'h20');
    assert.equal(await pair.locator('thead th[data-name="a"]').textContent(), 'Ascend 910C');
    assert.match(await pair.locator('.pair-ratio-head').textContent(), /Ascend 910C ÷ H20/);
    const fp16Ratio = await pair.locator('tr[data-col="fp16DenseTflops"] .pair-ratio').textContent();
    assert.match(fp16Ratio, /^\d+(\.\d+)?×$/);
    await pair.locator('select[name="a"]').selectOption('h100');
    assert.match(page.url(), /a=h100&b=h20/);
    const bw = await pair.locator('tr[data-col="memoryBandwidthTBs"] .pair-ratio').textContent();
    assert.equal(bw, '0.84×', 'H100 ÷ H20 memory bandwidth');
    await pair.locator('[data-swap]').click();
    assert.equal(await pair.locator('select[name="a"]').inputValue(), 'h20');
    assert.equal(new URL(page.url()).search, '', 'the default pair (H20 / H100) keeps the URL clean');
    await pair.locator('a[data-a="ascend-910c"][data-b="h20"]').click();
    assert.match(page.url(), /a=ascend-910c&b=h20/);
    assert.equal(await pair.locator('thead th[data-name="b"]').textContent(), 'H20');
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

describe('accessibility', () => {
  for (const path of ['/en/compare/', '/fr/compare/']) {
    test(`no axe violations on ${path} (with the data tables open)`, async () => {
      const { page, context, problems } = await openPage(browser);
      await page.goto(url(path));
      await page.locator('details.chart-data').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
      assert.deepEqual(await axeViolations(page), []);
      await page.setViewportSize({ width: 360, height: 800 });
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }
});
