/**
 * Social cards (Open Graph / Twitter, 1200×630): what one card says and how it is laid out, as
 * the plain element tree satori turns into SVG. Pure: the renderer (src/render/cards.ts) loads
 * the fonts, runs satori and resvg, and caches the PNG by a hash of this tree.
 */

/** Card size: what Open Graph and Twitter's large summary card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The site's light-theme colours (src/styles/tokens.css, first value of each `light-dark()`):
 * a card is an image, so it cannot follow the reader's theme.
 */
export const cardColours = {
  bg: '#fbfaf7',
  text: '#1d1c1a',
  muted: '#5c5a55',
  border: '#d9d5cb',
  accent: '#0b5e5a',
  tracks: {
    'us-policy': '#1f5fa8',
    'china-policy': '#b3261e',
    nvidia: '#4d7c0f',
    market: '#7c4a9e',
    competitors: '#9a6700',
  },
} as const;

/** Families the renderer registers (Inter for the frame and title, Source Serif 4 for the summary, as on the site). */
export const CARD_FONTS = { sans: 'Inter', serif: 'Source Serif 4' } as const;

/** What one card shows, already in the page's language. */
export interface CardInput {
  /** Small line above the title: the section, the track, the maker. */
  kicker: string;
  title: string;
  /** Optional sentence under the title (pages: their summary). */
  summary?: string;
  /** The date line: "Updated 24 November 2026", "9 April 2025"… */
  date: string;
  /** Colour of the kicker and its mark: the site accent, or an event's track colour. */
  accent: string;
  siteName: string;
  /** The site's address without scheme, e.g. `h20-explained.example`. */
  host: string;
}

/** A satori element: a tag, its style and children (strings or elements). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}
type CardChild = CardNode | string;

const el = (type: string, style: Record<string, string | number>, ...children: CardChild[]): CardNode => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/** Title size by length, so a long event title still fits in four lines and a short one fills the card. */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 32 ? 76 : n <= 60 ? 64 : n <= 95 ? 54 : 46;
}

/** The summary is dropped when the title already takes most of the card. */
export function showsSummary(input: Pick<CardInput, 'title' | 'summary'>): boolean {
  return !!input.summary && input.title.length <= 60;
}

/** The card as an element tree for satori (flexbox, inline styles only). */
export function cardTree(input: CardInput): CardNode {
  const c = cardColours;
  const size = titleSize(input.title);
  const brandMark = el(
    'div',
    {
      width: 40,
      height: 40,
      border: `5px solid ${c.accent}`,
      borderRadius: 8,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
    },
    el('div', { width: 14, height: 14, background: c.accent, borderRadius: 2 }),
  );
  const body: CardChild[] = [
    el(
      'div',
      { display: 'flex', alignItems: 'center', gap: 14, fontSize: 26, fontWeight: 600, color: input.accent, letterSpacing: 1.5 },
      el('div', { width: 18, height: 18, borderRadius: 9, background: input.accent }),
      input.kicker.toUpperCase(),
    ),
    el(
      'div',
      { display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1, color: c.text, lineClamp: 4 },
      input.title,
    ),
  ];
  if (showsSummary(input)) {
    body.push(
      el(
        'div',
        { display: 'block', fontFamily: CARD_FONTS.serif, fontSize: 30, fontWeight: 400, lineHeight: 1.35, color: c.muted, lineClamp: 2 },
        input.summary!,
      ),
    );
  }
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      padding: '60px 80px 0',
      background: c.bg,
      color: c.text,
      fontFamily: CARD_FONTS.sans,
    },
    el(
      'div',
      { display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, fontWeight: 700, color: c.accent },
      brandMark,
      input.siteName,
    ),
    el('div', { display: 'flex', flexDirection: 'column', gap: 22 }, ...body),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', gap: 26 },
      el(
        'div',
        { display: 'flex', justifyContent: 'space-between', fontSize: 26, color: c.muted },
        el('div', { display: 'flex' }, input.date),
        el('div', { display: 'flex', fontWeight: 600, color: c.accent }, input.host),
      ),
      // The tracks' colours, as on the default card: the site's signature.
      el(
        'div',
        { display: 'flex', height: 12, marginLeft: -80, marginRight: -80 },
        ...Object.values(c.tracks).map((colour) => el('div', { flex: 1, background: colour })),
      ),
    ),
  );
}

/**
 * Where a page's card lives: `/en/saga/the-boom/` → `/og/en/saga/the-boom.png`, `/fr/` → `/og/fr.png`.
 * One rule for pages, event and chip share pages, so Head and the image route agree.
 */
export function cardPath(pagePath: string): string {
  const key = pagePath.replace(/^\/+|\/+$/g, '');
  if (!key) throw new Error(`cardPath: "${pagePath}" names no page`);
  return `/og/${key}.png`;
}

/** The route parameter of a card (`en/saga/the-boom`), from its page path. */
export function cardKey(pagePath: string): string {
  return cardPath(pagePath).slice('/og/'.length, -'.png'.length);
}

/** Every character a card shows, for the renderer's font-coverage check. */
export function cardText(input: CardInput): string {
  return [input.kicker.toUpperCase(), input.title, showsSummary(input) ? input.summary : '', input.date, input.siteName, input.host].join(
    '',
  );
}
