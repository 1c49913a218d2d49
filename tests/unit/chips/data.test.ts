import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { classify } from '../../../src/lib/chips/classify.ts';
import { roundDensity } from '../../../src/lib/chips/density.ts';
import { type Chip, chipSchema } from '../../../src/schemas/chip.ts';

// The real chip files (read directly, so that other sections' unfinished content cannot break
// these tests), checked against the worked examples of research/chips.yaml.
const dir = 'content/data/chips';
const chips = new Map<string, Chip>(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const id = f.replace(/\.yaml$/, '');
      return [id, chipSchema.parse({ id, ...parse(readFileSync(`${dir}/${f}`, 'utf8')) })];
    }),
);
const sourceIds = new Set(
  readdirSync('content/data/sources')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (parse(readFileSync(`content/data/sources/${f}`, 'utf8')) as { id: string }[]).map((s) => s.id)),
);

function figures(id: string) {
  const chip = chips.get(id);
  if (!chip) throw new Error(`no chip ${id}`);
  const c = classify(chip);
  return { tpp: c.tpp?.value ?? null, pd: c.density ? roundDensity(c.density.value) : null, c };
}

describe('chip data', () => {
  test('has every chip id the site promises', () => {
    const promised =
      'a100 a800 h100 h800 h20 h200 b200 b300 rtx-pro-6000 rtx-pro-6000d b30a rubin ascend-910b ascend-910c cloudmatrix-384 ascend-950pr siyuan-590 siyuan-690 br100 br104 mtt-s4000 mtt-s5000';
    for (const id of promised.split(' ')) expect(chips.has(id), id).toBe(true);
  });

  test('doubts cite known sources; variants and systems point at known chips', () => {
    for (const chip of chips.values()) {
      for (const d of chip.doubts) for (const s of d.sources) expect(sourceIds.has(s), `${chip.id}: ${s}`).toBe(true);
      if (chip.variantOf) expect(chips.has(chip.variantOf), `${chip.id} variantOf`).toBe(true);
      if (chip.system) expect(chips.has(chip.system.chip), `${chip.id} system`).toBe(true);
    }
  });

  test.each([
    ['a100', 4992, 6.04, 'controlled', '3a090a'],
    ['a800', 4992, 6.04, 'not-controlled', '3a090a'],
    ['h100', 15832, 19.45, 'controlled', '3a090a'],
    ['h800', 15832, 19.45, 'not-controlled', '3a090a'],
    ['h20', 2368, 2.91, 'not-controlled', 'outside'],
    ['h200', 15832, 19.45, 'controlled', '3a090a'],
    ['b200', 36000, 22.5, 'controlled', '3a090a'],
    ['b300', 56000, 35, 'controlled', '3a090a'],
    ['rtx-pro-6000', 8000, 10.67, 'not-controlled', '3a090a'],
    ['rtx-pro-6000d', 2324, 3.1, 'not-controlled', 'outside'],
  ])('%s: TPP %d, PD %d, Oct 2022 %s, Oct 2023 %s', (id, tpp, pd, v2022, v2023) => {
    const f = figures(id);
    expect(f.tpp).toBe(tpp);
    expect(f.pd).toBe(pd);
    expect(f.c.oct2022?.outcome).toBe(v2022);
    expect(f.c.oct2023?.outcome).toBe(v2023);
  });

  test('B30A estimate: TPP 28,000, PD 35, flagged as estimates, outside the 2026 relief', () => {
    const f = figures('b30a');
    expect([f.tpp, f.pd]).toEqual([28000, 35]);
    expect(f.c.tpp?.estimate).toBe(true);
    expect(f.c.density?.estimate).toBe(true);
    expect(f.c.jan2026?.outcome).toBe('presumption-of-denial');
  });

  test('H200 is in the January 2026 case-by-case zone; B200 and B300 are not', () => {
    expect(figures('h200').c.jan2026?.outcome).toBe('case-by-case');
    expect(figures('b200').c.jan2026?.outcome).toBe('presumption-of-denial');
    expect(figures('b300').c.jan2026?.outcome).toBe('presumption-of-denial');
  });

  test('CloudMatrix 384 is a system and gets no verdict', () => {
    expect(figures('cloudmatrix-384').c.oct2023).toBeNull();
  });

  test('memory types use one spelling per family, so the compare table groups them', () => {
    const a100 = { id: 'a100', ...parse(readFileSync(`${dir}/a100.yaml`, 'utf8')) };
    const withType = (value: string) => chipSchema.safeParse({ ...a100, memoryType: { ...a100.memoryType, value } }).success;
    expect(['HBM2e', 'HBM3e', 'HBM (Huawei HiBL 1.0)', 'GDDR7 (ECC)', 'LPDDR5X'].map(withType)).toEqual([true, true, true, true, true]);
    expect(['HBM2E', 'hbm3', 'DDR5', 'HBM3E 8-high'].map(withType)).toEqual([false, false, false, false]);
  });

  test('every chip classifies', () => {
    for (const chip of chips.values()) expect(() => classify(chip)).not.toThrow();
  });
});
