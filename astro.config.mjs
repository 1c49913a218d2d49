// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIdsPlugin } from './src/integrations/heading-ids.ts';

/** Where the site is deployed; canonical URLs, hreflang and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://h20-explained.example';

export default defineConfig({
  site,
  // Separate folders let several builds run side by side (tests, benchmarks, helpers).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: satteri({ hastPlugins: [headingIdsPlugin()] }),
  },
  integrations: [mdx()],
  prefetch: { prefetchAll: true, defaultStrategy: 'hover' },
  devToolbar: { enabled: false },
});
