import type { Loader } from 'astro/loaders';

import { loadSiteData } from './site-data.ts';

type Dataset = 'sources' | 'actors' | 'glossary' | 'events' | 'chips' | 'seedCorrections' | 'rules' | 'searchVariants' | 'story';

/**
 * Content-layer loader for one dataset of `loadSiteData()`. All datasets are validated
 * together, so a bad reference anywhere stops the build before a page renders.
 * Each entry also carries `position`, its place in file order: the collection store
 * sorts entries by id, and some lists (seed corrections) are meant to be read in order.
 */
export function siteDataLoader(dataset: Dataset): Loader {
  return {
    name: `h20-${dataset}`,
    load: async ({ store, generateDigest, watcher }) => {
      const entries = loadSiteData()[dataset] ?? [];
      store.clear();
      entries.forEach(({ file, data }, position) => {
        // Story steps have no id of their own: each tells one event, once (checked), so the event id serves.
        const id = 'id' in data ? data.id : data.event;
        store.set({ id, data: { ...data, position }, filePath: file, digest: generateDigest(data) });
      });
      watcher?.add('content/data');
    },
  };
}
