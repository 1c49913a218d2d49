import { eventsToJson } from '../../../lib/timeline/export.ts';
import { download } from './_download.ts';

export { getStaticPaths } from './_download.ts';

/** `/<lang>/timeline/events.json` */
export const GET = download(eventsToJson, 'application/json; charset=utf-8');
