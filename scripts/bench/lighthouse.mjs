// Lighthouse 12 (mobile, simulated throttling: its default) over a list of URLs, one Chromium
// for all of them (Debian's, with the flags this machine needs).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits that cost points in a category (score below 1), as `category: title (score)`. */
function failingAudits(lhr) {
  const out = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)) continue;
      out.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return out;
}

/** The why behind a performance score below 100: shifted elements, blocking files, LCP element, DOM size. */
function diagnostics(lhr) {
  const out = [];
  const path = (url) => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  };
  for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
    const causes = (item.subItems?.items ?? []).map((s) => s.cause).filter(Boolean);
    out.push(
      `layout shift ${item.score.toFixed(3)}: ${item.node?.selector ?? item.node?.value ?? '?'}${causes.length ? ` (${[...new Set(causes)].join(', ')})` : ''}`,
    );
  }
  const blocking = (lhr.audits['render-blocking-insight'] ?? lhr.audits['render-blocking-resources'])?.details?.items ?? [];
  if (blocking.length) out.push(`render-blocking: ${blocking.map((i) => path(i.url)).join(', ')}`);
  const lcp = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcp) out.push(`LCP element: ${lcp.selector}`);
  const dom = lhr.audits['dom-size'];
  if (dom?.numericValue > 800) out.push(`DOM elements: ${dom.numericValue}`);
  const bootup = lhr.audits['bootup-time']?.details?.items ?? [];
  if ((lhr.audits['total-blocking-time']?.numericValue ?? 0) > 0) {
    out.push(
      `main thread: ${(lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])
        .slice(0, 3)
        .map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)} ms`)
        .join(', ')}`,
    );
    if (bootup.length)
      out.push(
        `scripts: ${bootup
          .slice(0, 3)
          .map((i) => `${path(i.url)} ${Math.round(i.total)} ms`)
          .join(', ')}`,
      );
  }
  return out;
}

/** Figures of one Lighthouse result (LighthouseFigures in scripts/lib/bench/results.ts). */
export function figures(lhr) {
  const score = (id) => lhr.categories[id]?.score ?? null;
  const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    failing: [...failingAudits(lhr), ...((lhr.categories.performance?.score ?? 1) < 1 ? diagnostics(lhr) : [])],
    ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
  };
}

/**
 * Runs Lighthouse on each URL in turn, `runs` times each, and keeps the run with the median
 * performance score (as Lighthouse's own guidance suggests: one run on a busy machine is noisy).
 * Returns a Map url → figures (or `{ error }`).
 */
export async function runLighthouse(urls, { runs = 1, log = () => {} } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const out = new Map();
  try {
    for (const url of urls) {
      const results = [];
      let lastError;
      for (let i = 0; i < runs; i++) {
        log(`  lighthouse ${url}${runs > 1 ? ` (run ${i + 1}/${runs})` : ''}`);
        try {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
          results.push(figures(result.lhr));
        } catch (error) {
          lastError = error.message.split('\n')[0];
        }
      }
      if (!results.length) {
        out.set(url, { error: lastError });
        continue;
      }
      results.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      const median = results[Math.floor((results.length - 1) / 2)];
      if (runs > 1) median.runs = results.map((r) => Math.round((r.performance ?? 0) * 100));
      out.set(url, median);
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
