// `npm run bench [-- options]`: measures the built site against its budgets.
//
//   --dist <dir>       measure an existing build (default: build into tmp/bench/ and time it)
//   --compare <json>   print the change of every figure against an earlier run
//   --scale <N>        also build a synthetic site N times the real one and show how it grows
//   --no-lighthouse    skip Lighthouse (about 15 s per page and run)
//   --lighthouse-runs N  run Lighthouse N times per page and keep the median run (default 1)
//   --lang en|fr       measure one language only
//   --out <json>       where to write the figures (default bench-results/latest.json)
//   --no-quality       skip the search-quality suite (about a minute)
//   --chunk-sizes N,M  also index the site with each Pagefind chunk size and compare first queries,
//                      index size and the search page's Lighthouse performance (see scripts/search-index.mjs)
//   --peer <json>      peer-report.json of the Starlight twin (starlight-peer.sh): printed next to
//                      the first visit of every English page, with the ratio
//   --no-visits        skip the first-visit / second-view table of the English pages
//
// One table per page type (home, chapter, glossary, timeline, compare, rules, search), each figure
// next to its budget; site-wide figures (build time, index size, timeline layout, the rule explorer's
// redraw, npm audit) after.
// Exits 1 when a budget is broken. Figures in bench-results/*.json (gitignored) compare run to run.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { buildSite, ROOT } from './bench/build.mjs';
import { sweepChunkSizes } from './bench/chunk-sizes.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { measureFirstQuery, measurePage } from './bench/measure.mjs';
import { benchRedraw } from './bench/redraw.mjs';
import { checkTimelinePage, generateScaled, layoutOfEvents, resyncRealContent } from './bench/scale.mjs';
import { startServer } from './bench/server.mjs';
import { benchLayout, npmAudit } from './bench/site-figures.mjs';
import { contentPagePaths, measureVisits } from './bench/visits.mjs';
import { brokenBudgets, BUDGETS, CHART_PAGES, checkBudgets, checkPage, withinBudget } from './lib/bench/budgets.ts';
import { compareRuns, deltaCells } from './lib/bench/compare.ts';
import { formatBytes, formatMs, formatRatioChange, formatScore, renderTable } from './lib/bench/format.ts';
import { pageTypes } from './lib/bench/results.ts';
import { readPeerReport, visitRows } from './lib/bench/visits.ts';
import { launchBrowser } from './lib/browser.mjs';
import { describeMisses, hitRates, loadQueries, runQueries } from './lib/search-quality.mjs';

process.env.TZ = 'UTC';
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    compare: { type: 'string' },
    scale: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '1' },
    lang: { type: 'string' },
    out: { type: 'string', default: 'bench-results/latest.json' },
    'no-quality': { type: 'boolean', default: false },
    'chunk-sizes': { type: 'string' },
    peer: { type: 'string' },
    'no-visits': { type: 'boolean', default: false },
  },
});

/** The page measured for each type, in each language. */
const PAGES = {
  home: (l) => `/${l}/`,
  chapter: (l) => `/${l}/saga/april-2025-licence/`,
  glossary: (l) => `/${l}/glossary/`,
  timeline: (l) => `/${l}/timeline/`,
  compare: (l) => `/${l}/compare/`,
  rules: (l) => `/${l}/rules/`,
  search: (l) => `/${l}/search/?q=H20`,
};
const TITLES = {
  home: 'Home',
  chapter: 'Saga chapter',
  glossary: 'Glossary',
  timeline: 'Timeline',
  compare: 'Compare',
  rules: 'Rule explorer',
  search: 'Search results (?q=H20)',
};
const LANGS = args.lang ? [args.lang] : ['en', 'fr'];
/** A reader's first query, typed into the header box of a chapter: a chip name, and two words. */
const SEARCH_QUERIES = ['H20', 'export licence'];

/** A budget by id (scripts/lib/bench/budgets.ts is the only place a limit is written). */
function budget(id) {
  const found = BUDGETS.find((b) => b.id === id);
  if (!found) throw new Error(`no budget "${id}" in scripts/lib/bench/budgets.ts`);
  return found;
}
const LAYOUT_BUDGET = budget('layout-1000');
const CHART_JS_BUDGET = budget('js-chart');
const REDRAW_BUDGET = budget('redraw');
const SECOND_VIEW_BUDGET = budget('second-view');
const FIRST_VISIT_BUDGET = budget('first-visit-median');
/** No English page may weigh more than this many times its Starlight twin on a first visit. */
const PEER_RATIO_LIMIT = 1.5;
const log = (text) => console.error(text);

const results = { version: 1, measuredAt: new Date().toISOString(), pages: [] };
// Read before the long run, so a wrong path fails at once.
const peer = args.peer ? readPeerReport(JSON.parse(readFileSync(resolve(args.peer), 'utf8'))) : undefined;

// 1. Build (timed), unless an existing build is given.
let dist;
if (args.dist) {
  dist = resolve(args.dist);
  if (!existsSync(join(dist, 'pagefind'))) throw new Error(`${dist} has no pagefind/ folder: build it with npm run build`);
} else {
  log('▶ building into tmp/bench/dist (astro build + postbuild + pagefind)…');
  const built = buildSite({ outDir: 'tmp/bench/dist', cacheDir: 'tmp/bench/cache' });
  dist = built.outDir;
  results.build = built.figures;
}

// 2. Bytes, requests and first query, page by page, in Chromium.
const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (const type of pageTypes) {
    for (const lang of LANGS) {
      const path = PAGES[type](lang);
      log(`▶ measuring ${path}`);
      results.pages.push(await measurePage(browser, { base: server.base, dist, type, lang, path }));
    }
  }
  // The rule explorer's redraw for a date change (50 changes, median).
  const redrawLang = LANGS.includes('en') ? 'en' : LANGS[0];
  log(`▶ rule explorer redraw, 50 date changes (${PAGES.rules(redrawLang)})…`);
  results.redraw = await benchRedraw(browser, new URL(PAGES.rules(redrawLang), server.base).href);
  // 2b. The search: first queries in a fresh browser each, then the quality suite.
  results.search = { firstQueries: [] };
  for (const lang of LANGS) {
    for (const query of SEARCH_QUERIES) {
      log(`▶ first query "${query}" on ${PAGES.chapter(lang)}`);
      results.search.firstQueries.push(await measureFirstQuery(browser, { base: server.base, dist, path: PAGES.chapter(lang), query }));
    }
  }
  if (!args['no-quality']) {
    log('▶ search-quality suite (tests/search-quality/queries.yaml)…');
    const outcomes = await runQueries(
      browser,
      server.base,
      loadQueries().filter((q) => LANGS.includes(q.lang)),
    );
    results.search.quality = hitRates(outcomes);
    results.search.misses = describeMisses(outcomes);
  }
  // 2b. First visit and second view of every English page (the peer's pages).
  if (!args['no-visits'] && LANGS.includes('en')) {
    results.visits = [];
    for (const path of contentPagePaths(ROOT, 'en')) {
      log(`▶ first visit and second view of ${path}`);
      results.visits.push(await measureVisits(browser, { base: server.base, dist, path }));
    }
  }
  // 3. Lighthouse (mobile).
  if (!args['no-lighthouse']) {
    log('▶ Lighthouse (mobile)…');
    const figures = await runLighthouse(
      results.pages.map((p) => new URL(p.path, server.base).href),
      { runs: Number(args['lighthouse-runs']), log },
    );
    for (const p of results.pages) {
      const f = figures.get(new URL(p.path, server.base).href);
      if (f?.error && f.performance === undefined) p.error = [p.error, `Lighthouse: ${f.error}`].filter(Boolean).join('; ');
      else if (f) p.lighthouse = f;
    }
  }
} finally {
  await browser.close();
  server.stop();
}

// 3b. Index chunk sizes, each on a copy of the site.
if (args['chunk-sizes']) {
  results.search.chunkSizes = await sweepChunkSizes({
    dist,
    sizes: args['chunk-sizes'].split(',').map(Number),
    queries: SEARCH_QUERIES,
    path: PAGES.chapter,
    langs: LANGS,
    runs: Number(args['lighthouse-runs']),
    lighthouse: !args['no-lighthouse'],
    log,
  });
}

// 4. Site-wide figures.
log('▶ timeline layout, 1,000 synthetic events…');
results.layout = benchLayout(1000);
log('▶ npm audit --omit=dev…');
results.audit = npmAudit();

// 5. Scale check.
if (args.scale) {
  const factor = Number(args.scale);
  log(`▶ scale ×${factor}: generating synthetic content…`);
  const generated = generateScaled(factor);
  try {
    const realBuild = results.build ?? buildSite({ outDir: 'tmp/bench/dist-real', cacheDir: 'tmp/bench/cache-real' }).figures;
    log(`▶ scale ×${factor}: building ${generated.contentDir} (${generated.synthetic.pages} pages, ${generated.synthetic.events} events)…`);
    const synthetic = buildSite({
      outDir: `${generated.base}/dist`,
      cacheDir: `${generated.base}/cache`,
      contentDir: generated.contentDir,
    });
    const realQuery = results.pages.find((p) => p.type === 'chapter' && p.lang === 'en')?.firstQuery?.total.gzip;
    const scaledServer = await startServer(synthetic.outDir);
    const scaledBrowser = await launchBrowser();
    try {
      const chapter = await measurePage(scaledBrowser, {
        base: scaledServer.base,
        dist: synthetic.outDir,
        type: 'chapter',
        lang: 'en',
        path: PAGES.chapter('en'),
      });
      const timeline = await checkTimelinePage(scaledBrowser, new URL(PAGES.timeline('en'), scaledServer.base).href);
      const layout = layoutOfEvents(generated.events);
      results.scale = {
        factor,
        real: { ...generated.real, build: realBuild, firstQueryBytes: realQuery },
        synthetic: { ...generated.synthetic, build: synthetic.figures, firstQueryBytes: chapter.firstQuery?.total.gzip },
        timeline: {
          listedEvents: timeline.listed,
          expectedEvents: generated.synthetic.events,
          svgLabels: timeline.labels,
          overlaps: timeline.overlaps.length,
          layoutMs: layout.medianMs,
          layoutOverlaps: layout.overlaps,
        },
      };
      if (timeline.overlaps.length) results.scale.timelineOverlapSample = timeline.overlaps.slice(0, 5);
      if (chapter.error) results.scale.error = chapter.error;
    } finally {
      await scaledBrowser.close();
      scaledServer.stop();
    }
  } finally {
    rmSync(join(ROOT, generated.base), { recursive: true, force: true });
    resyncRealContent();
  }
}

// 6. Tables.
const byPage = (type, lang) => results.pages.find((p) => p.type === type && p.lang === lang);
const both = (raw, gzip) => `${formatBytes(raw)} / ${formatBytes(gzip)}`;
const budgetText = (b) =>
  b.unit === 'bytes'
    ? `≤ ${formatBytes(b.limit)}`
    : b.unit === 'score'
      ? `${formatScore(b.limit)}`
      : b.unit === 'cls'
        ? `${b.limit}`
        : `< ${formatMs(b.limit)}`;

for (const type of pageTypes) {
  const pages = LANGS.map((l) => byPage(type, l)).filter(Boolean);
  if (!pages.length) continue;
  const checks = new Map(pages.map((p) => [p.lang, checkPage(p)]));
  const mark = (p, id, text) => {
    const check = checks.get(p.lang).find((c) => c.budget.id === id);
    return check && !check.ok ? `${text} ✘` : text;
  };
  const budgetOf = (id) => BUDGETS.find((b) => b.id === id && b.pages?.includes(type));
  const row = (label, cell, id) => {
    const budget = id ? budgetOf(id) : undefined;
    const failing = budget && pages.some((p) => !checks.get(p.lang).find((c) => c.budget.id === id)?.ok);
    return [
      label,
      ...pages.map((p) => (id ? mark(p, id, cell(p)) : cell(p))),
      budget ? budgetText(budget) : '',
      budget ? (failing ? '✘' : '✔') : '',
    ];
  };
  const lh = (p, key, f) => (p.lighthouse ? f(p.lighthouse[key]) : '–');
  const rows = [
    row('HTML raw / gzip', (p) => both(p.load.html.raw, p.load.html.gzip)),
    row('CSS raw / gzip', (p) => both(p.load.css.raw, p.load.css.gzip)),
    row('JS raw / gzip (files + inline)', (p) => both(p.load.js.raw, p.load.js.gzip)),
    row('fonts (files)', (p) => `${formatBytes(p.load.font.gzip)} (${p.load.font.requests})`),
    row('images, data, other', (p) => formatBytes(p.load.image.gzip + p.load.data.gzip + p.load.other.gzip)),
    row('requests before interaction', (p) => String(p.load.total.requests)),
    row('total gzip before interaction', (p) => formatBytes(p.load.total.gzip)),
    row('HTML+CSS gzip, whole page', (p) => formatBytes(p.load.html.gzip + p.load.css.gzip)),
    row('first mobile screen ends at (of HTML)', (p) =>
      p.firstScreen ? `${formatBytes(p.firstScreen.raw)} of ${formatBytes(p.load.html.raw)}` : '–',
    ),
    row('HTML+CSS gzip for first render', (p) => formatBytes(p.firstRenderGzip), 'first-render'),
    row('  same for a 1350×940 screen', (p) => (p.firstScreenDesktop ? formatBytes(p.firstScreenDesktop.gzip + p.load.css.gzip) : '–')),
    row('JS gzip', (p) => formatBytes(p.load.js.gzip), CHART_PAGES.includes(type) ? 'js-chart' : 'js-article'),
    row(
      type === 'search' ? 'query on load: fetched gzip (req.)' : 'first query "H20": fetched gzip (req.)',
      (p) => (p.firstQuery ? `${formatBytes(p.firstQuery.total.gzip)} (${p.firstQuery.total.requests})` : '–'),
      'first-query',
    ),
    row('  of which /pagefind/ files', (p) => (p.firstQuery ? formatBytes(p.firstQuery.pagefind.gzip) : '–')),
    row(type === 'search' ? 'time to first results (from navigation)' : 'time to first results', (p) =>
      p.firstQuery ? `${formatMs(p.firstQuery.msToResults)} (${p.firstQuery.results} shown)` : '–',
    ),
    row('Lighthouse performance', (p) => lh(p, 'performance', formatScore), 'lh-performance'),
    row('Lighthouse accessibility', (p) => lh(p, 'accessibility', formatScore), 'lh-accessibility'),
    row('Lighthouse best practices', (p) => lh(p, 'bestPractices', formatScore), 'lh-best-practices'),
    row('Lighthouse SEO', (p) => lh(p, 'seo', formatScore), 'lh-seo'),
    row('LCP', (p) => lh(p, 'lcpMs', formatMs)),
    row('CLS', (p) => lh(p, 'cls', (v) => v.toFixed(3)), 'cls'),
    row('TBT', (p) => lh(p, 'tbtMs', formatMs)),
  ];
  console.log(
    `\n${renderTable(`${TITLES[type]} — ${pages.map((p) => p.path).join(' · ')}`, ['figure', ...pages.map((p) => p.lang), 'budget', 'ok'], rows)}`,
  );
  for (const p of pages) {
    if (p.error) console.log(`  ! ${p.lang}: ${p.error}`);
    if (p.lighthouse?.runs)
      console.log(
        `  · ${p.lang} Lighthouse performance over ${p.lighthouse.runs.length} runs: ${p.lighthouse.runs.join(', ')} (median shown)`,
      );
    for (const line of p.lighthouse?.failing ?? []) console.log(`  · ${p.lang} Lighthouse — ${line}`);
  }
}

// The search: first queries (bytes, requests, the files) and the quality suite.
{
  const search = results.search;
  const firstQueryBudget = budget('first-query');
  const qualityBudget = budget('search-quality');
  const rows = SEARCH_QUERIES.flatMap((query) => {
    const measured = LANGS.map((lang) => search.firstQueries.find((q) => q.lang === lang && q.query === query));
    const over = measured.some((q) => q && !withinBudget(firstQueryBudget, q.total.gzip));
    return [
      [
        `first query "${query}": fetched gzip (req.)`,
        ...measured.map((q) =>
          q ? `${formatBytes(q.total.gzip)} (${q.total.requests})${withinBudget(firstQueryBudget, q.total.gzip) ? '' : ' ✘'}` : '–',
        ),
        budgetText(firstQueryBudget),
        over ? '✘' : '✔',
      ],
      ['  of which search files', ...measured.map((q) => (q ? formatBytes(q.pagefind.gzip) : '–')), '', ''],
      ['  time to first results', ...measured.map((q) => (q ? formatMs(q.msToResults) : '–')), '', ''],
    ];
  });
  if (search.quality) {
    const failing = LANGS.some((lang) => search.quality[lang] && !withinBudget(qualityBudget, search.quality[lang].rate));
    rows.push([
      'search-quality hit rate (queries)',
      ...LANGS.map((lang) => {
        const q = search.quality[lang];
        return q ? `${(q.rate * 100).toFixed(1)} % (${q.hits}/${q.queries})` : '–';
      }),
      '100 %',
      failing ? '✘' : '✔',
    ]);
    rows.push([
      '  queries without any result',
      ...LANGS.map((lang) => String(search.quality[lang]?.zero ?? '–')),
      '0',
      LANGS.some((l) => search.quality[l]?.zero) ? '✘' : '✔',
    ]);
  }
  console.log(
    `\n${renderTable(`Search — header box on ${LANGS.map((l) => PAGES.chapter(l)).join(' · ')}, a fresh browser per query`, ['figure', ...LANGS, 'budget', 'ok'], rows)}`,
  );
  for (const q of search.firstQueries) {
    console.log(
      `  · ${q.lang} "${q.query}": ${q.files.map((f) => `${f.path.replace(/^\/(pagefind|_astro)\//, '')} ${formatBytes(f.gzip)}`).join(', ')}`,
    );
  }
  for (const miss of search.misses ?? []) console.log(`  ! ${miss}`);

  if (search.chunkSizes) {
    const cell = (row, lang, query) => {
      const q = row.firstQueries.find((f) => f.lang === lang && f.query === query);
      return q ? `${formatBytes(q.total.gzip)} (${q.total.requests})` : '–';
    };
    const chunkRows = search.chunkSizes.map((row) => [
      String(row.size),
      `${row.indexChunks} / ${formatBytes(row.indexChunkBytes)}`,
      `${row.pagefindFiles} / ${formatBytes(row.pagefindBytes)}`,
      ...LANGS.flatMap((lang) => SEARCH_QUERIES.map((query) => cell(row, lang, query))),
      row.lighthouse && 'performance' in row.lighthouse
        ? `${formatScore(row.lighthouse.performance)}${row.lighthouse.runs ? ` (${row.lighthouse.runs.join(', ')})` : ''}`
        : '–',
    ]);
    console.log(
      `\n${renderTable(
        'Pagefind index chunk size (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE): first queries, gzip (requests)',
        [
          'positions',
          'index chunks / size',
          '/pagefind/ files / size',
          ...LANGS.flatMap((lang) => SEARCH_QUERIES.map((query) => `${lang} "${query}"`)),
          `LH perf /${LANGS[0]}/search/?q=H20`,
        ],
        chunkRows,
      )}`,
    );
  }
}

if (results.visits?.length) {
  const { rows, median, worstRatio } = visitRows(results.visits, peer);
  const ratio = (r) => (r === undefined ? '–' : `${r.toFixed(2)}×${r > PEER_RATIO_LIMIT ? ' ✘' : ''}`);
  const line = (label, r) => [
    label,
    `${formatBytes(r.first)} (${Math.round(r.requests)})`,
    `${formatBytes(r.second)}${r.second > SECOND_VIEW_BUDGET.limit ? ' ✘' : ''}`,
    ...(peer ? [r.peer === undefined ? '–' : `${formatBytes(r.peer)} (${Math.round(r.peerRequests)})`, ratio(r.ratio)] : []),
  ];
  const header = ['page', 'first visit (req.)', 'second view', ...(peer ? [`${peer.label} (req.)`, 'ratio'] : [])];
  const table = [...rows.map((r) => line(r.path, r)), line('median', median)];
  console.log(
    `\n${renderTable('First visit (cold cache, until network idle, gzip, fonts and favicon included) and second view (cache warm), English pages', header, table)}`,
  );
  const goals = [
    `median first visit ${formatBytes(median.first)}${peer ? ` vs ${formatBytes(median.peer)}` : ''} (budget ${budgetText(FIRST_VISIT_BUDGET)})`,
  ];
  if (worstRatio) goals.push(`heaviest against its twin: ${worstRatio.path} ${worstRatio.ratio.toFixed(2)}× (limit ${PEER_RATIO_LIMIT}×)`);
  goals.push(`second view median ${formatBytes(median.second)} (budget ${budgetText(SECOND_VIEW_BUDGET)})`);
  console.log(`  · ${goals.join('; ')}`);
  results.visitSummary = {
    medianFirst: median.first,
    medianSecond: median.second,
    ...(peer ? { medianPeer: median.peer, worstRatio: worstRatio?.ratio } : {}),
  };
}

const site = [];
if (results.build) {
  const b = results.build;
  site.push(
    ['build: astro build', formatMs(b.astroMs), ''],
    ['build: postbuild', formatMs(b.postbuildMs), ''],
    ['build: pagefind', formatMs(b.pagefindMs), ''],
    ['build: total', formatMs(b.totalMs), ''],
  );
  site.push(
    ['HTML pages', String(b.htmlPages), ''],
    ['site files (without index)', formatBytes(b.siteBytes), ''],
    ['search index (/pagefind/)', `${formatBytes(b.indexBytes)} in ${b.indexFiles} files`, ''],
  );
}
site.push([
  `timeline layout, ${results.layout.events} events (median / worst)`,
  `${formatMs(results.layout.medianMs)} / ${formatMs(results.layout.maxMs)}`,
  `${budgetText(LAYOUT_BUDGET)} ${withinBudget(LAYOUT_BUDGET, results.layout.medianMs) ? '✔' : '✘'}`,
]);
site.push([
  '  labels placed / overlapping',
  `${results.layout.labels} / ${results.layout.overlaps}`,
  `0 overlapping ${results.layout.overlaps === 0 ? '✔' : '✘'}`,
]);
if (results.redraw) {
  const r = results.redraw;
  site.push([
    `rule explorer redraw, ${r.changes} date changes (median / worst)`,
    `${formatMs(r.medianMs)} / ${formatMs(r.maxMs)}`,
    `${budgetText(REDRAW_BUDGET)} ${withinBudget(REDRAW_BUDGET, r.medianMs) ? '✔' : '✘'}`,
  ]);
}
for (const type of CHART_PAGES) {
  for (const lang of LANGS) {
    const p = byPage(type, lang);
    if (p)
      site.push([
        `JS gzip on ${lang} ${type}`,
        formatBytes(p.load.js.gzip),
        `${budgetText(CHART_JS_BUDGET)} ${withinBudget(CHART_JS_BUDGET, p.load.js.gzip) ? '✔' : '✘'}`,
      ]);
  }
}
const a = results.audit;
site.push([
  'npm audit --omit=dev',
  a.answered
    ? Object.entries(a.vulnerabilities)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : a.message,
  '',
]);
console.log(`\n${renderTable('Site', ['figure', 'value', 'budget'], site)}`);

if (results.scale) {
  const s = results.scale;
  const grow = (r, n) => (r ? formatRatioChange(n / r).replace(/^\+/, '+') : '');
  const times = (r, n) => (r ? `×${(n / r).toFixed(1)}` : '');
  const rows = [
    [
      'MDX pages (chapters ×N; section pages stay one)',
      String(s.real.pages),
      String(s.synthetic.pages),
      times(s.real.pages, s.synthetic.pages),
    ],
    ['events', String(s.real.events), String(s.synthetic.events), times(s.real.events, s.synthetic.events)],
    ['chips', String(s.real.chips), String(s.synthetic.chips), times(s.real.chips, s.synthetic.chips)],
    ['sources', String(s.real.sources), String(s.synthetic.sources), times(s.real.sources, s.synthetic.sources)],
    ['glossary terms', String(s.real.terms), String(s.synthetic.terms), times(s.real.terms, s.synthetic.terms)],
    [
      'HTML pages built',
      String(s.real.build.htmlPages),
      String(s.synthetic.build.htmlPages),
      times(s.real.build.htmlPages, s.synthetic.build.htmlPages),
    ],
    [
      'build: astro',
      formatMs(s.real.build.astroMs),
      formatMs(s.synthetic.build.astroMs),
      times(s.real.build.astroMs, s.synthetic.build.astroMs),
    ],
    [
      'build: pagefind',
      formatMs(s.real.build.pagefindMs),
      formatMs(s.synthetic.build.pagefindMs),
      times(s.real.build.pagefindMs, s.synthetic.build.pagefindMs),
    ],
    [
      'build: total',
      formatMs(s.real.build.totalMs),
      formatMs(s.synthetic.build.totalMs),
      times(s.real.build.totalMs, s.synthetic.build.totalMs),
    ],
    [
      'site files',
      formatBytes(s.real.build.siteBytes),
      formatBytes(s.synthetic.build.siteBytes),
      times(s.real.build.siteBytes, s.synthetic.build.siteBytes),
    ],
    [
      'search index',
      formatBytes(s.real.build.indexBytes),
      formatBytes(s.synthetic.build.indexBytes),
      times(s.real.build.indexBytes, s.synthetic.build.indexBytes),
    ],
    [
      'first query "H20" (en chapter), gzip',
      formatBytes(s.real.firstQueryBytes),
      formatBytes(s.synthetic.firstQueryBytes),
      grow(s.real.firstQueryBytes, s.synthetic.firstQueryBytes),
    ],
    [
      'timeline: events listed / expected',
      '',
      `${s.timeline.listedEvents} / ${s.timeline.expectedEvents}`,
      s.timeline.listedEvents === s.timeline.expectedEvents ? '✔' : '✘',
    ],
    [
      'timeline: chart text boxes / overlapping',
      '',
      `${s.timeline.svgLabels} / ${s.timeline.overlaps}`,
      s.timeline.overlaps === 0 ? '✔' : '✘',
    ],
    [
      `timeline: layout of ${s.synthetic.events} events / overlaps`,
      '',
      `${formatMs(s.timeline.layoutMs)} / ${s.timeline.layoutOverlaps}`,
      s.timeline.layoutOverlaps === 0 && withinBudget(LAYOUT_BUDGET, s.timeline.layoutMs) ? '✔' : '✘',
    ],
  ];
  console.log(
    `\n${renderTable(`Scale ×${s.factor} (synthetic content in tmp/scale-${s.factor}/, removed after)`, ['figure', 'real', `×${s.factor}`, 'growth'], rows)}`,
  );
  if (s.timelineOverlapSample) console.log(`  overlapping chart text, first pairs: ${JSON.stringify(s.timelineOverlapSample)}`);
  if (s.error) console.log(`  ! ${s.error}`);
}

// 7. Budgets, JSON, comparison.
const checks = checkBudgets(results);
const broken = brokenBudgets(checks);
const scaleBroken =
  results.scale &&
  (results.scale.timeline.overlaps > 0 ||
    results.scale.timeline.layoutOverlaps > 0 ||
    results.scale.timeline.listedEvents !== results.scale.timeline.expectedEvents);
const layoutOverlaps = results.layout.overlaps > 0;
const errors = results.pages.filter((p) => p.error);

const out = resolve(args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures written to ${out}`);

if (args.compare) {
  const before = JSON.parse(readFileSync(resolve(args.compare), 'utf8'));
  if (before.version !== results.version)
    throw new Error(`${args.compare} is a version ${before.version} file; this bench writes version ${results.version}`);
  const rows = compareRuns(before, results).map(deltaCells);
  console.log(`\n${renderTable(`Change since ${args.compare} (${before.measuredAt})`, ['figure', 'before', 'now', 'change'], rows)}`);
}

if (broken.length || scaleBroken || layoutOverlaps || errors.length) {
  console.log('\n✘ Broken budgets:');
  for (const c of broken) {
    const where = c.page ? `${c.page.lang} ${c.page.type} (${c.page.path})` : 'site';
    const value =
      c.value === null
        ? 'not scored'
        : c.budget.unit === 'bytes'
          ? formatBytes(c.value)
          : c.budget.unit === 'ms'
            ? formatMs(c.value)
            : c.budget.unit === 'score'
              ? formatScore(c.value)
              : c.value.toFixed(3);
    console.log(`  ${where}: ${c.budget.label} ${value}, budget ${budgetText(c.budget)}`);
  }
  if (layoutOverlaps) console.log(`  timeline layout: ${results.layout.overlaps} overlapping labels`);
  if (scaleBroken) console.log('  scale check: see the Scale table');
  for (const p of errors) console.log(`  ${p.lang} ${p.type}: ${p.error}`);
  process.exit(1);
}
console.log(`\n✔ All ${checks.length} budget checks pass.`);
