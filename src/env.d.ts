/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the page being rendered (from its path; set by src/middleware.ts). */
    lang: import('./lib/i18n/locales.ts').Locale;
    /** The site's interface strings in that language (set by src/middleware.ts). */
    t: (typeof import('./lib/i18n/strings/ui.ts').ui)[import('./lib/i18n/locales.ts').Locale];
    /** Citation state of the page being rendered (set by the article route). */
    citations?: import('./lib/citations/page-citations.ts').PageCitations;
    /** How many `<Term>` marks the page has rendered so far (each gets its own definition id). */
    termUses?: number;
  }
}
