import { eventsToAtom } from '../../../lib/timeline/export.ts';
import { download } from './_download.ts';

export { getStaticPaths } from './_download.ts';

/** `/<lang>/timeline/feed.xml` */
export const GET = download(eventsToAtom, 'application/atom+xml; charset=utf-8');
