// Headless Chromium for every tool and test: Debian's chromium (never a browser downloaded by a
// package), driven by playwright-core, with the flags this machine needs (no network but localhost).
// The one place for its path and flags: browser tests (tests/e2e/harness.mjs), bench and Lighthouse
// (scripts/bench/), screenshots and the Open Graph image.
import { chromium } from 'playwright-core';

/** Debian's chromium; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every launch (Playwright's and Lighthouse's chrome-launcher alike). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Launches headless chromium through playwright-core. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
