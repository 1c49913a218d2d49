import { describe, expect, test } from 'vitest';

import { emptyFields, presetFields, readOwnChip } from '../../../src/lib/explorer/own-chip.ts';
import { ownChipResult, rowAnchor, tableRows } from '../../../src/lib/explorer/views.ts';
import { ctx, en, presets, words, xchip } from './fixtures.ts';

const result = (fields: Parameters<typeof readOwnChip>[0], day = '2025-04-15', lang: 'en' | 'fr' = 'en') =>
  ownChipResult(readOwnChip(fields, presets, lang), en.rules, ctx, day, words[lang]);

describe('ownChipResult', () => {
  test('the H20 example: TPP and density with their sums, every version, its status that day', () => {
    const r = result(presetFields(xchip('h20')))!;
    expect(r.title).toBe('Verdicts for H20');
    expect(r.tpp).toBe('TPP 2,368 (148 × 16 bits)');
    expect(r.density).toBe('performance density 2.91 (2,368 ÷ 814 mm²)');
    expect(r.onDay).toBe('On 15 April 2025, the day on the map above: licence required.');
    expect(r.verdicts).toHaveLength(11);
    expect([r.caught, r.total]).toEqual([1, 11]);
    expect(r.notes).toEqual([]);
  });

  test('what if the H20 had 30% more compute: a new product, no longer named by the April letter', () => {
    const r = result({ ...presetFields(xchip('h20')), tops: '192.4' })!;
    expect(r.title).toBe('Verdicts for H20, changed');
    expect(r.tpp).toBe('TPP 3,078.4 (192.4 × 16 bits)');
    const oct2023 = r.verdicts.find((v) => v.rule === '2023-10-advanced-computing-update')!;
    expect(oct2023).toMatchObject({ short: '3A090.b', clause: 'the first branch of 3A090.b' });
    expect(oct2023.because).toBe('TPP 3,078.4 reaches 2,400; density 3.78 reaches 1.6');
    const april = r.verdicts.find((v) => v.rule === '2025-04-h20-letter')!;
    expect(april.clause).toBe('the bandwidth line, under every reading');
    expect(r.notes[0]).toMatch(/^Changed from the H20, it is a different product/);
  });

  test('a chip of the reader’s own, in French, with a sparse throughput', () => {
    const r = result({ ...emptyFields, tops: '1000', bits: '8', sparse: true, area: '500' }, '2024-01-10', 'fr')!;
    expect(r.tpp).toBe('TPP 4\u202f000 (500 × 8 bits, moitié des 1\u202f000 avec parcimonie)');
    expect(r.density).toBe('densité de performance 8 (4\u202f000 ÷ 500 mm²)');
    expect(r.onDay).toBe('Au 10 janvier 2024, le jour affiché sur la carte\u00a0: licence présumée refusée.');
    expect(r.title).toBe('Verdicts pour votre puce');
  });

  test('a chip made in China is tested as if it were a US export, and says so', () => {
    const r = result(presetFields(xchip('ascend-910c')))!;
    expect(r.notes[0]).toMatch(/Ascend 910C is made in China/);
    expect(r.onDay).toMatch(/not a US export/);
  });

  test('no result while a figure is not a number', () => {
    expect(result({ ...emptyFields, mode: 'tpp', tpp: 'abc' })).toBeNull();
  });
});

describe('tableRows', () => {
  const rows = tableRows(en.chips, en.rules, ctx, words.en);

  test('one row per US chip, by announcement date; none for chips made in China', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(
      en.chips
        .filter((c) => c.usExport)
        .map((c) => c.id)
        .sort(),
    );
    expect(rows.slice(0, 2).map((r) => r.id)).toEqual(['a100', 'h100']);
    expect(rows.some((r) => r.id.startsWith('ascend'))).toBe(false);
    for (const r of rows) expect(r.cells).toHaveLength(en.rules.length);
  });

  test('each cell links to the version on the page and the row to the chip’s card', () => {
    const h20 = rows.find((r) => r.id === 'h20')!;
    expect(h20.href).toBe('/en/chips/#chip-h20');
    expect(h20.cells[2]).toMatchObject({ href: '#rule-2023-10-advanced-computing-update', short: 'Outside', sparseShort: '3A090.b' });
    expect(rowAnchor('h20')).toBe('rules-row-h20');
  });
});
