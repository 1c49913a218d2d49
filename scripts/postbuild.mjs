// Static hosts look for `<folder>/404.html`; Astro writes the French 404 as /fr/404/index.html
// (directory format), so copy it next to its folder. Runs after `astro build`.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.ASTRO_OUT_DIR ?? 'dist';
const from = join(out, 'fr/404/index.html');
if (!existsSync(from)) throw new Error(`postbuild: ${from} is missing`);
copyFileSync(from, join(out, 'fr/404.html'));
