import type { Loader } from 'astro/loaders';
import { loadSiteData } from './site-data.ts';

type Dataset = 'sources' | 'actors' | 'glossary' | 'events' | 'chips' | 'rules';

/**
 * Content-layer loader for one dataset of `loadSiteData()`. All datasets are validated
 * together, so a bad reference anywhere stops the build before a page renders.
 */
export function siteDataLoader(dataset: Dataset): Loader {
  return {
    name: `h20-${dataset}`,
    load: async ({ store, generateDigest, watcher }) => {
      const entries = loadSiteData()[dataset];
      store.clear();
      for (const { file, data } of entries) {
        store.set({ id: data.id, data: { ...data }, filePath: file, digest: generateDigest(data) });
      }
      watcher?.add('content/data');
    },
  };
}
