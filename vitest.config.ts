import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite config so `astro/zod` and `.ts` imports resolve as in the build.
// tests/unit/ mirrors src/lib/ (what builds the site); tests/scripts/ mirrors scripts/lib/ (the tools).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
    environment: 'node',
  },
});
