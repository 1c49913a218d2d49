// Developer aid: `npx node scripts/screenshot.mjs <url> <out.png> [width=1440] [height=900] [dark]`
import { launchBrowser } from './lib/browser.mjs';

const [target, out, width = '1440', height = '900', scheme = 'light'] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
await page.goto(target, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
