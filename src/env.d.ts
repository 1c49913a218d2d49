/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Citation state of the page being rendered (set by the article route). */
    citations?: import('./lib/citations/page-citations.ts').PageCitations;
  }
}
