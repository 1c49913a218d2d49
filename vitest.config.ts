import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite config so `astro/zod` and `.ts` imports resolve as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
