// Renders the default Open Graph image (public/og-default.png, 1200×630) with chromium.
// Run by hand when the design changes: `npx node scripts/og-image.mjs`. The PNG is committed.
import { launchBrowser } from './lib/browser.mjs';

const html = `<!doctype html><html><head><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: space-between;
    box-sizing: border-box; padding: 72px 80px; background: #fbfaf7; color: #1d1c1a; font-family: Georgia, serif; }
  .brand { font: 700 34px/1 system-ui, sans-serif; color: #0b5e5a; display: flex; gap: 16px; align-items: center; }
  .mark { width: 40px; height: 40px; border: 5px solid #0b5e5a; border-radius: 8px; box-sizing: border-box; display: grid; place-items: center; }
  .mark::after { content: ''; width: 14px; height: 14px; background: #0b5e5a; border-radius: 2px; }
  h1 { font: 800 72px/1.05 system-ui, sans-serif; letter-spacing: -2px; margin: 0; max-width: 960px; }
  p { font-size: 30px; line-height: 1.35; color: #5c5a55; margin: 0; max-width: 980px; }
  .rule { height: 10px; background: linear-gradient(90deg, #1f5fa8 0 25%, #b3261e 25% 50%, #4d7c0f 50% 75%, #7c4a9e 75%); border-radius: 5px; }
</style></head><body>
  <div class="brand"><span class="mark"></span>H20 Explained</div>
  <div><h1>The Nvidia H20 saga, explained and sourced</h1></div>
  <p>US export controls, Nvidia’s China chips, Beijing’s push back and China’s alternatives — every figure linked to its source. In English and French.</p>
  <div class="rule"></div>
</body></html>`;

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-default.png' });
await browser.close();
console.log('wrote public/og-default.png');
