/**
 * First visit and second view of every English page, next to the same page built with Starlight
 * (the peer report of `starlight-peer.sh`). Pure: the bench measures in Chromium and reads the
 * peer's JSON; this module pairs pages, takes medians and ratios.
 *
 * Both columns count alike: every request from navigation until the network is idle, gzip size
 * of text (binaries at their own size), fonts included, the favicon counted once on every page
 * (headless Chromium fetches it only now and then, so both sides add it when it was not fetched).
 */

/** One page's first visit (cold cache) and second view (everything cacheable already cached). */
export interface VisitFigures {
  /** Site path, `/en/saga/the-boom/`. */
  path: string;
  /** Bytes (gzip) and requests of a first visit, by kind. */
  first: { html: number; css: number; js: number; font: number; other: number; total: number; requests: number };
  /** Bytes (gzip) and requests that reach the network on a second view of the page. */
  second: { total: number; requests: number };
}

/** A page of the peer report (`rows[]` of peer-report.json): path without the language prefix. */
export interface PeerRow {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  jsOnLoadGzip: number;
  requestsOnLoad: number;
  totalOnLoadGzip: number;
}

/** The peer figures the bench needs, keyed by site path (`/en/about/`). */
export interface PeerFigures {
  /** What built the peer (Starlight and Astro versions), for the table's title. */
  label: string;
  pages: Map<string, PeerRow>;
}

/** Reads peer-report.json (the shape `starlight-peer.sh` writes); throws on anything else. */
export function readPeerReport(json: unknown, lang = 'en'): PeerFigures {
  const report = json as { rows?: unknown; versions?: Record<string, string> };
  if (!report || !Array.isArray(report.rows)) throw new Error('not a starlight-peer report: no rows[]');
  const pages = new Map<string, PeerRow>();
  for (const row of report.rows as PeerRow[]) {
    if (typeof row?.page !== 'string' || typeof row.totalOnLoadGzip !== 'number')
      throw new Error(`not a starlight-peer report: row ${JSON.stringify(row)?.slice(0, 80)}`);
    pages.set(`/${lang}${row.page}`, row);
  }
  const v = report.versions ?? {};
  const label = [v.starlight && `Starlight ${v.starlight}`, v.astro && `Astro ${v.astro}`].filter(Boolean).join(' on ') || 'Starlight';
  return { label, pages };
}

/**
 * Site paths of the MDX pages of one language, from their paths under `content/<lang>/`
 * (`saga/the-boom.mdx` → `/en/saga/the-boom/`, `saga/index.mdx` → `/en/saga/`), sorted.
 */
export function pagePaths(files: readonly string[], lang = 'en'): string[] {
  return files
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const slug = f.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
      return slug ? `/${lang}/${slug}/` : `/${lang}/`;
    })
    .sort();
}

/** Median of a list (mean of the two middle values for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One line of the side-by-side table. */
export interface VisitRow {
  path: string;
  first: number;
  requests: number;
  second: number;
  peer?: number;
  peerRequests?: number;
  /** first / peer. */
  ratio?: number;
}

/** Pages side by side with the peer (when given), and the medians of every column. */
export function visitRows(
  visits: readonly VisitFigures[],
  peer?: PeerFigures,
): { rows: VisitRow[]; median: Omit<VisitRow, 'path'>; worstRatio?: VisitRow } {
  const rows = visits.map((v): VisitRow => {
    const p = peer?.pages.get(v.path);
    return {
      path: v.path,
      first: v.first.total,
      requests: v.first.requests,
      second: v.second.total,
      ...(p ? { peer: p.totalOnLoadGzip, peerRequests: p.requestsOnLoad, ratio: v.first.total / p.totalOnLoadGzip } : {}),
    };
  });
  const col = (pick: (r: VisitRow) => number | undefined) => median(rows.map(pick).filter((n): n is number => n !== undefined));
  const medianFirst = col((r) => r.first) ?? 0;
  const medianPeer = col((r) => r.peer);
  const worst = rows.filter((r) => r.ratio !== undefined).sort((a, b) => b.ratio! - a.ratio!)[0];
  return {
    rows,
    median: {
      first: medianFirst,
      requests: col((r) => r.requests) ?? 0,
      second: col((r) => r.second) ?? 0,
      ...(medianPeer !== undefined ? { peer: medianPeer, peerRequests: col((r) => r.peerRequests), ratio: medianFirst / medianPeer } : {}),
    },
    ...(worst ? { worstRatio: worst } : {}),
  };
}
