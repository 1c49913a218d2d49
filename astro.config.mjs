// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

import { headingIdsPlugin } from './src/integrations/heading-ids.ts';
import { themeScript } from './src/integrations/theme-script.ts';
import { defaultLocale, locales } from './src/lib/i18n/locales.ts';

/** Where the site is deployed; canonical URLs, hreflang and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://h20-explained.example';

export default defineConfig({
  site,
  // Separate folders let several builds run side by side (tests, benchmarks, helpers).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // CSS as files: scripts/postbuild.mjs joins the chunks most pages share into one cached stylesheet
  // and inlines the rest where it was linked (scripts/lib/stylesheets.ts), then fits each page's CSP
  // hashes to the styles it carries.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: satteri({ hastPlugins: [headingIdsPlugin()] }),
    // No code blocks on this site, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  integrations: [mdx(), themeScript()],
  // No `prefetch`: Astro's prefetch script (1.1 KB gzip on every page) is replaced by speculation
  // rules in the head (src/components/site/Head.astro), which the browser runs itself.
  devToolbar: { enabled: false },
  vite: {
    build: {
      // The search loads its code on the first keystroke with import(); Vite's preloading wrapper
      // for it (about 0.8 KB gzip) would land in every page's script, where the budget is 5 KB.
      // The lazy chunks share no CSS and their imports are fetched with them, so nothing is lost.
      modulePreload: false,
      // Every script as a file, none inlined (Astro inlines those under this limit, 4 KB by default):
      // files under /_astro/ are cached, so a second page view does not send the theme, language,
      // glossary and contents scripts again (1.6 KB gzip on a chapter).
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX page's generated `?astroPropagatedAssets` module with the directive
        // "use astro:head-inject", and Rolldown warns (MODULE_LEVEL_DIRECTIVE) that it may not keep it:
        // 34 harmless warnings per build, one per MDX page, that read like failures. Drop exactly that
        // one so real warnings stand out. Upstream: https://github.com/withastro/astro/issues/18087
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
