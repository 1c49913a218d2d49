// subset-font ships no types; the part of its API (README, v2) that scripts/lib/subset-fonts.ts uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    keepFeatures?: string[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    noLayoutClosure?: boolean;
  }
  export default function subsetFont(buffer: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
