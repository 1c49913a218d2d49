import { describe, expect, test } from 'vitest';

import { chipsOnDay, standingOn } from '../../../src/lib/explorer/status.ts';
import { readerChip } from '../rules/fixtures.ts';
import { ctx, en } from './fixtures.ts';

const on = (day: string) => new Map(chipsOnDay(en.chips, day, en.rules, ctx).map((c) => [c.id, c]));

describe('chipsOnDay', () => {
  test('chips China makes are "not a US export", never given a US status', () => {
    const day = on('2025-04-15');
    for (const chip of en.chips.filter((c) => !c.usExport)) {
      expect(day.get(chip.id)).toMatchObject({ status: 'not-us-export', result: null, ifSparse: null, contested: false });
    }
  });

  test('the H20 on 15 April 2025: licence required, by the April letter', () => {
    const h20 = on('2025-04-15').get('h20')!;
    expect(h20.status).toBe('licence-required');
    expect(h20.result!.decidedBy!.rule).toBe('2025-04-h20-letter');
  });

  test('the H20 in June 2024: no licence needed, but the grey zone if sparse throughput counted', () => {
    expect(on('2024-06-01').get('h20')).toMatchObject({ status: 'not-controlled', ifSparse: 'licence-required' });
  });

  test('the H200 on 20 January 2026: case by case, denial presumed if sparse throughput counted', () => {
    expect(on('2026-01-20').get('h200')).toMatchObject({ status: 'case-by-case', ifSparse: 'presumption-of-denial', contested: false });
  });

  test('a chip before its announcement is not yet announced', () => {
    expect(on('2022-09-01').get('h20')!.status).toBe('not-yet-announced');
  });

  test('a status that rests on the unpublished April 2025 line is flagged contested', () => {
    const mine = { ...readerChip({ tpp: 1000, die: 600, dram: 1600, link: 0 }), maker: 'nvidia' };
    expect(standingOn(mine, '2025-06-01', en.rules, ctx)).toMatchObject({ status: 'licence-required', contested: true });
  });
});
