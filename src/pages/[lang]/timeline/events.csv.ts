import { eventsToCsv } from '../../../lib/timeline/export.ts';
import { download } from './_download.ts';

export { getStaticPaths } from './_download.ts';

/** `/<lang>/timeline/events.csv` */
export const GET = download(eventsToCsv, 'text/csv; charset=utf-8');
