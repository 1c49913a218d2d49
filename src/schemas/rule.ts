import { z } from 'astro/zod';

import { dayDateSchema, idSchema, localizedSchema, partialDateSchema } from './common.ts';
import { ruleTestSchema } from './rule-test.ts';

export type { LineRange, LineReading, RuleTest, RuleTestKind, TariffBand } from './rule-test.ts';
export { lineRangeSchema, lineReadingSchema, ruleTestSchema, tariffBandSchema } from './rule-test.ts';

/** What sort of instrument a rule version is. */
export const ruleKinds = ['rule', 'is-informed-letter', 'correction', 'arrangement', 'rescission'] as const;
export type RuleKind = (typeof ruleKinds)[number];

/** The quantities a rule version looks at (for legends and "what changed" panels). */
export const ruleMetrics = [
  'tpp',
  'performance-density',
  'chip-to-chip-io',
  'memory-bandwidth',
  'data-centre',
  'hbm-bandwidth-density',
] as const;
export type RuleMetric = (typeof ruleMetrics)[number];

/** A date that may be unknown: YYYY, YYYY-MM, YYYY-MM-DD, or null. */
const maybeDate = partialDateSchema.nullable();

/** Where a rule version applies. */
export const destinationsSchema = z.strictObject({
  /** Plain description, in both languages (e.g. "China, including Hong Kong, and Macau"). */
  text: localizedSchema,
  /** ISO 3166 alpha-2 codes named by the sources, e.g. CN, HK, MO, RU. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO country code such as "CN"')).default([]),
  /** EAR country groups, e.g. "D:1", "D:5". Empty when the sources name none. */
  countryGroups: z.array(z.string().regex(/^[A-E]:\d+$/, 'must be an EAR country group such as "D:5"')).default([]),
});

/** A later dated step of the same version (Macau added, a letter made indefinite…). */
export const ruleMilestoneSchema = z.strictObject({
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDateSchema,
  /** What happened, in both languages. */
  text: localizedSchema,
  /** Source ids; at least one. */
  sources: z.array(idSchema).min(1),
});

/**
 * The government told the maker that the rule applied to the chips named before its effective
 * date (October 2023: on the 23rd, for a rule effective 17 November).
 */
export const earlyApplicationSchema = z.strictObject({
  /** The day the maker was told. */
  date: dayDateSchema,
  /** Chip ids (content/data/chips) the early date applies to. */
  chips: z.array(idSchema).min(1),
  /** Products named too but without a chip file, e.g. "L40S". */
  otherProducts: z.array(z.string().trim().min(1)).default([]),
  /** What the maker was told, in both languages. */
  text: localizedSchema,
  /** Source ids; at least one. */
  sources: z.array(idSchema).min(1),
});

/** An open doubt shown with the rule (sources disagree, text not read first hand…). */
export const ruleDoubtSchema = z.strictObject({
  /** The doubt, in both languages. */
  text: localizedSchema,
  /** Source ids the doubt is about. */
  sources: z.array(idSchema).default([]),
});

/**
 * One version of the US export rules on AI chips: a rule, a letter to a company, a correction,
 * a political arrangement or a rescission. One file per version in `content/data/rules/`;
 * the file name is the id.
 */
export const ruleSchema = z
  .strictObject({
    /** Stable id (= file name), starting with YYYY-MM, e.g. `2023-10-advanced-computing-update`. */
    id: idSchema.regex(/^\d{4}-\d{2}-/, 'must start with the year and month, e.g. "2023-10-…"'),
    /** Name in both languages, e.g. "October 2023 rule". */
    name: localizedSchema,
    /** Two or three sentences on what it does, written for the site (never copied). */
    summary: localizedSchema,
    /** Rule, is-informed letter, correction, arrangement or rescission (see `ruleKinds`). */
    kind: z.enum(ruleKinds),
    /** Official citation when there is one, e.g. "88 FR 73458"; null for letters and deals. */
    citation: z.string().trim().min(1).nullable(),
    /** Day it was made public (press release, 8-K, announcement); null if unknown. */
    announced: maybeDate,
    /** Day it appeared in the Federal Register (or was signed); null when never published. */
    published: maybeDate,
    /** Day it took legal or practical effect (for a letter: the day the maker was told); null if unknown. */
    effective: maybeDate,
    /** Day exporters had to comply, when later than `effective` (AI Diffusion). */
    compliance: maybeDate.default(null),
    /** Earlier application to some chips, announced to their maker. */
    earlyApplication: z.array(earlyApplicationSchema).default([]),
    /** For letters and arrangements: the makers addressed (chip `maker` ids). Empty = everyone. */
    addressees: z.array(idSchema).default([]),
    /** Quantities tested. */
    metrics: z.array(z.enum(ruleMetrics)).default([]),
    /** The test and its numeric lines. */
    test: ruleTestSchema,
    /** Where it applies. */
    destinations: destinationsSchema,
    /** Chip ids (content/data/chips) the version names explicitly. */
    chips: z.array(idSchema).default([]),
    /** Products named but without a chip file, e.g. "MI250", "L40S". */
    otherProducts: z.array(z.string().trim().min(1)).default([]),
    /** Versions this one replaces (from its effective date). */
    supersedes: z.array(idSchema).default([]),
    /** Versions this one changes without replacing them. */
    amends: z.array(idSchema).default([]),
    /** Versions this one cancels (rescissions). */
    rescinds: z.array(idSchema).default([]),
    /** Later dated steps of this version. */
    milestones: z.array(ruleMilestoneSchema).default([]),
    /** Source ids; at least one. */
    sources: z.array(idSchema).min(1),
    /** Open doubts shown to readers. */
    doubts: z.array(ruleDoubtSchema).default([]),
  })
  .refine((r) => r.kind !== 'rescission' || r.rescinds.length > 0, {
    message: 'a rescission must list what it rescinds',
    path: ['rescinds'],
  })
  .refine((r) => (r.kind === 'arrangement') === (r.test.kind === 'revenue-share'), {
    message: 'an arrangement, and only an arrangement, has a test of kind "revenue-share"',
    path: ['test', 'kind'],
  })
  .refine((r) => r.announced !== null || r.published !== null || r.effective !== null, {
    message: 'needs at least one of announced, published or effective',
    path: ['effective'],
  });
export type Rule = z.output<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
