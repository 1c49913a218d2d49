// The rule explorer's redraw for a date change, timed in Chromium on the built page: the same
// `show()` the slider calls (map attributes, both panels, and the form's status line, which
// listens for the day), each followed by a forced style and layout so that the browser's own
// work on the changed attributes is counted, not only the script's.

/**
 * Times `changes` date changes spread over the explorer's range (after a warm-up of five) and
 * returns the median and the worst, in milliseconds.
 */
export async function benchRedraw(browser, pageUrl, changes = 50) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => customElements.get('h20-rule-map') !== undefined);
    const times = await page.evaluate((n) => {
      const map = document.querySelector('h20-rule-map');
      const slider = map.querySelector('#rx-slider');
      const chip = map.querySelector('#rx-chip').value;
      const max = Number(slider.max);
      const start = Date.UTC(2022, 0, 1);
      const dayAt = (i) => new Date(start + Math.round((i / (n - 1)) * max) * 86_400_000).toISOString().slice(0, 10);
      const timed = [];
      for (let i = -5; i < n; i++) {
        const day = dayAt(Math.abs(i) % n);
        const t0 = performance.now();
        map.show(day, chip);
        void document.body.offsetHeight;
        if (i >= 0) timed.push(performance.now() - t0);
      }
      return timed;
    }, changes);
    times.sort((a, b) => a - b);
    return { path: new URL(pageUrl).pathname, changes: times.length, medianMs: times[Math.floor(times.length / 2)], maxMs: times.at(-1) };
  } finally {
    await context.close();
  }
}
