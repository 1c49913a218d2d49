// Validates all content (data + MDX references) without building: `npm run check:content`.
import { loadSiteData } from '../src/loaders/site-data.ts';

try {
  const data = loadSiteData();
  const counts = Object.entries(data).map(([k, v]) => `${v.length} ${k}`);
  console.log(`Content OK: ${counts.join(', ')}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
