import { readdirSync, readFileSync } from 'node:fs';

import { parse } from 'yaml';

import { ruleChipFromChip } from '../../../src/lib/rules/chip-input.ts';
import type { RuleChipInput } from '../../../src/lib/rules/types.ts';
import { type Chip, chipSchema } from '../../../src/schemas/chip.ts';
import { type Rule, ruleSchema } from '../../../src/schemas/rule.ts';

// The real rule and chip files, read directly (as tests/unit/chips/data.test.ts does), so that
// unfinished content elsewhere cannot break these tests. Cross-references are checked by the loader.
function readDir<T>(dir: string, parseOne: (raw: unknown) => T): T[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseOne({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`${dir}/${f}`, 'utf8')) }));
}

/** Every rule version, in file (= date) order. */
export const rules: Rule[] = readDir('content/data/rules', (raw) => ruleSchema.parse(raw));

/** Every chip of the database, by id. */
export const dbChips = new Map<string, Chip>(readDir('content/data/chips', (raw) => chipSchema.parse(raw)).map((c) => [c.id, c]));

/** One rule version by id (throws on a typo). */
export function rule(id: string): Rule {
  const r = rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** A database chip as the rules see it (throws for unknown ids and systems). */
export function chip(id: string): RuleChipInput {
  const c = dbChips.get(id);
  const input = c && ruleChipFromChip(c);
  if (!input) throw new Error(`no single chip ${id}`);
  return input;
}

/** Every single chip as a rule input, by id (the August 2022 letters look up the A100 here). */
export const ruleChips = new Map<string, RuleChipInput>(
  [...dbChips.keys()].flatMap((id) => (dbChips.get(id)!.form === 'system' ? [] : [[id, chip(id)] as const])),
);

const none = { value: null, estimate: false };

/** A reader's chip: only the figures given; everything else unknown. Compute as TPP unless `tops`/`bits` are given. */
export function readerChip(f: {
  tpp?: number;
  tops?: number;
  bits?: number;
  sparse?: boolean;
  die?: number;
  dram?: number;
  link?: number;
  host?: number;
  dataCentre?: boolean | null;
  estimate?: boolean;
}): RuleChipInput {
  const fig = (v: number | undefined) => (v === undefined ? none : { value: v, estimate: false });
  return {
    id: null,
    maker: null,
    compute:
      f.tops !== undefined
        ? { kind: 'throughput', tops: f.tops, bits: f.bits ?? 16, estimate: f.estimate ?? false, sparse: f.sparse ?? false }
        : { kind: 'tpp', tpp: f.tpp ?? null, estimate: f.estimate ?? false },
    dieAreaMm2: fig(f.die),
    memoryBandwidthGBs: fig(f.dram),
    interconnectGBs: fig(f.link),
    hostIoGBs: fig(f.host),
    dataCentre: f.dataCentre === undefined ? true : f.dataCentre,
    announced: null,
  };
}

export const ids = {
  letters2022: '2022-08-is-informed-letters',
  oct2022: '2022-10-advanced-computing-rule',
  oct2023: '2023-10-advanced-computing-update',
  apr2024: '2024-04-corrections',
  dec2024: '2024-12-hbm-controls',
  diffusion: '2025-01-ai-diffusion',
  rescission: '2025-05-ai-diffusion-rescission',
  apr2025: '2025-04-h20-letter',
  share15: '2025-08-h20-revenue-share',
  share25: '2025-12-h200-revenue-share',
  jan2026: '2026-01-case-by-case-review',
} as const;
