import { describe, expect, test } from 'vitest';

import { roundDensity } from '../../../src/lib/chips/density.ts';
import { normalise, ruleChipFromChip, withTpp } from '../../../src/lib/rules/chip-input.ts';
import { evaluateRule } from '../../../src/lib/rules/evaluate.ts';
import { testReviewZone } from '../../../src/lib/rules/jan-2026.ts';
import { readingVerdicts, testBandwidthLetter, testNamedAndPeers } from '../../../src/lib/rules/letters.ts';
import { testTppAndIo } from '../../../src/lib/rules/oct-2022.ts';
import { testTppAndDensity, tppDensityTiers } from '../../../src/lib/rules/oct-2023.ts';
import { testHbmDensity, testNoLine, testRevenueShare } from '../../../src/lib/rules/other-tests.ts';
import { chip, dbChips, ids, readerChip, rule, ruleChips } from './fixtures.ts';

const lines = <K extends string>(id: string, kind: K) => {
  const t = rule(id).test;
  if (t.kind !== kind) throw new Error(`${id} is not ${kind}`);
  return t as Extract<typeof t, { kind: K }>;
};
const oct2022 = lines(ids.oct2022, 'tpp-and-io');
const oct2023 = lines(ids.oct2023, 'tpp-and-density');
const zone = lines(ids.jan2026, 'review-zone');
const letter = lines(ids.apr2025, 'bandwidth-letter');
const n = (id: string) => normalise(chip(id));
const row = (c: { metric: string; value: number | null; op: string; limit: number; met: boolean | null }) => [
  c.metric,
  c.value,
  c.op,
  c.limit,
  c.met,
];

describe('normalise and ruleChipFromChip', () => {
  test('database chips: TPP from tpp.ts, memory in GB/s, I/O = link + host', () => {
    const h20 = n('h20');
    expect([h20.tpp.value, roundDensity(h20.pd.value!), h20.memory.value, h20.io.value]).toEqual([2368, 2.91, 4000, 900]);
    expect(n('a800').io.value).toBe(464);
    expect(ruleChipFromChip(dbChips.get('cloudmatrix-384')!)).toBeNull();
  });

  test('a reader chip: throughput × bit length, a sparse figure halved first', () => {
    expect(normalise(readerChip({ tops: 148, bits: 16 })).tpp).toMatchObject({ value: 2368, halvedFromSparse: false });
    expect(normalise(readerChip({ tops: 592, bits: 8, sparse: true })).tpp).toMatchObject({ value: 2368, halvedFromSparse: true });
    expect(normalise(readerChip({ tpp: 2368 })).pd.value).toBeNull();
  });
});

describe('testTppAndIo (October 2022)', () => {
  test('A100 is caught: 4,992 ≥ 4,800 and 600 + 64 ≥ 600', () => {
    const v = testTppAndIo(n('a100'), oct2022, ids.oct2022);
    expect(v).toMatchObject({ outcome: 'controlled', clause: 'tpp-and-io' });
    expect(v.comparisons.map(row)).toEqual([
      ['tpp', 4992, '>=', 4800, true],
      ['io', 664, '>=', 600, true],
    ]);
  });

  test('A800 and H800 pass under the I/O leg (464 and 528 GB/s)', () => {
    expect(testTppAndIo(n('a800'), oct2022, ids.oct2022)).toMatchObject({ outcome: 'not-controlled', clause: 'io' });
    expect(testTppAndIo(n('h800'), oct2022, ids.oct2022).comparisons[1]).toMatchObject({ value: 528, met: false });
  });

  test('H100 is caught (15,832; 1,028 GB/s); H20 is out on compute alone', () => {
    expect(testTppAndIo(n('h100'), oct2022, ids.oct2022).outcome).toBe('controlled');
    const h20 = testTppAndIo(n('h20'), oct2022, ids.oct2022);
    expect(h20).toMatchObject({ outcome: 'not-controlled', clause: 'tpp' });
    expect(h20.comparisons).toHaveLength(1);
  });

  test('unknown, naming the missing input, when compute is over the line but the link is not disclosed', () => {
    expect(testTppAndIo(normalise(readerChip({ tpp: 6000 })), oct2022, 'x')).toMatchObject({
      outcome: 'unknown',
      missingInputs: ['interconnect', 'hostIo'],
    });
  });
});

describe('tppDensityTiers and testTppAndDensity (October 2023)', () => {
  test('A100, A800, H100, H800 are 3A090.a on TPP alone', () => {
    for (const id of ['a100', 'a800', 'h100', 'h800'])
      expect(testTppAndDensity(n(id), oct2023, ids.oct2023)).toMatchObject({ outcome: '3a090a', clause: 'a-tpp' });
  });

  test('H20 (2,368 / 2.91) is outside, with the three comparisons that let it out', () => {
    const v = testTppAndDensity(n('h20'), oct2023, ids.oct2023);
    expect(v).toMatchObject({ outcome: 'outside', clause: null, flags: [] });
    expect(v.comparisons.map((c) => [c.metric, c.limit, c.met])).toEqual([
      ['tpp', 4800, false],
      ['tpp', 2400, false],
      ['pd', 3.2, false],
    ]);
  });

  test('3A090.b data-centre parts may use the NAC notification', () => {
    expect(tppDensityTiers({ value: 3000, estimate: false }, { value: 4, estimate: false }, oct2023)).toMatchObject({
      outcome: '3a090b',
      clause: 'b1',
    });
    expect(testTppAndDensity(normalise(readerChip({ tpp: 3000, die: 750 })), oct2023, 'x')).toMatchObject({
      outcome: '3a090b',
      flags: ['nac-eligible'],
    });
  });

  test('Note 2: a part not for data centres is out below TPP 4,800; unknown use is flagged', () => {
    const consumer = testTppAndDensity(normalise(readerChip({ tpp: 4000, die: 600, dataCentre: false })), oct2023, 'x');
    expect(consumer).toMatchObject({ outcome: 'outside', clause: 'note-2', flags: ['note-2-excluded'] });
    expect(consumer.comparisons.map(row)).toEqual([['tpp', 4000, '<', 4800, true]]);
    const unsure = testTppAndDensity(normalise(readerChip({ tpp: 4000, die: 600, dataCentre: null })), oct2023, 'x');
    expect(unsure).toMatchObject({ outcome: '3a090a', clause: 'a-pd', flags: ['note-2-unknown'], missingInputs: ['dataCentre'] });
  });

  test('a non-data-centre part over 4,800 is 3A090.a but NAC-eligible', () => {
    expect(testTppAndDensity(normalise(readerChip({ tpp: 8000, die: 750, dataCentre: false })), oct2023, 'x').flags).toEqual([
      'nac-eligible',
    ]);
  });
});

describe('testReviewZone (January 2026)', () => {
  test('H200 (15,832; 4,800 GB/s) is in the case-by-case zone', () => {
    const v = testReviewZone(n('h200'), zone, ids.jan2026);
    expect(v).toMatchObject({ outcome: 'case-by-case', clause: 'in-zone' });
    expect(v.comparisons.map(row)).toEqual([
      ['tpp', 15832, '<', 21000, true],
      ['dram', 4800, '<', 6500, true],
    ]);
  });

  test('H20, controlled by the April 2025 letter, is case by case too', () => {
    expect(testReviewZone(n('h20'), zone, ids.jan2026, true).outcome).toBe('case-by-case');
    expect(testReviewZone(n('h20'), zone, ids.jan2026, false)).toMatchObject({ outcome: 'not-applicable', clause: 'not-controlled' });
  });

  test('B30A estimates (28,000–30,000) stay under the presumption of denial at both ends', () => {
    const b30a = chip('b30a');
    for (const t of [28000, 30000]) {
      const v = testReviewZone(normalise(withTpp(b30a, t)), zone, ids.jan2026);
      expect(v).toMatchObject({ outcome: 'presumption-of-denial', clause: 'outside-zone' });
      expect(v.comparisons.map((c) => [c.metric, c.value, c.met])).toEqual([['tpp', t, false]]);
      expect(v.estimateInputs).toEqual(['tpp']);
    }
  });

  test('bounds are strict; an unknown bandwidth leaves it undecided', () => {
    expect(testReviewZone(normalise(readerChip({ tpp: 21000, dram: 1000 })), zone, 'x').outcome).toBe('presumption-of-denial');
    expect(testReviewZone(normalise(readerChip({ tpp: 9000 })), zone, 'x')).toMatchObject({
      outcome: 'unknown',
      missingInputs: ['memoryBandwidth'],
    });
  });
});

describe('testNamedAndPeers (August 2022 letters)', () => {
  const scope = rule(ids.letters2022);
  const a100 = n('a100');

  test('A100 and H100 are named', () => {
    expect(testNamedAndPeers(n('h100'), scope, a100)).toMatchObject({ outcome: 'licence-required', clause: 'named', comparisons: [] });
  });

  test('A800 stays under the approximate line on I/O (464 < 664), flagged as approximate', () => {
    const v = testNamedAndPeers(n('a800'), scope, a100);
    expect(v).toMatchObject({ outcome: 'outside', clause: 'io', flags: ['approximate-line'] });
    expect(v.comparisons.every((c) => c.limitEstimate)).toBe(true);
  });

  test('a chip of another maker is not addressed; a reader chip is tested as if it were', () => {
    expect(testNamedAndPeers(n('ascend-910b'), scope, a100)).toMatchObject({ outcome: 'not-applicable', flags: ['not-addressee'] });
    expect(testNamedAndPeers(normalise(readerChip({ tpp: 6000, link: 700 })), scope, a100)).toMatchObject({
      outcome: 'licence-required',
      clause: 'peer',
    });
    expect(testNamedAndPeers(normalise(readerChip({ tpp: 6000, link: 700 })), scope, null).outcome).toBe('unknown');
  });
});

describe('readingVerdicts and testBandwidthLetter (April 2025 letter)', () => {
  const scope = rule(ids.apr2025);

  test('H20 is named, and its 4,000 GB/s is over every reading', () => {
    const v = testBandwidthLetter(n('h20'), scope, letter.readings);
    expect(v).toMatchObject({ outcome: 'licence-required', clause: 'named' });
    expect(v.readings.map((r) => [r.reading, r.low, r.high])).toEqual([
      ['press-1-4-tbs', 'caught', 'caught'],
      ['intel-customer-notice', 'caught', 'caught'],
      ['jefferies-1-7-1-8-tbs', 'caught', 'caught'],
    ]);
  });

  test('the RTX PRO 6000 (1,600 GB/s) is caught at 1.4 TB/s but not at 1.7–1.8 TB/s: it depends on the reading', () => {
    const v = testBandwidthLetter(n('rtx-pro-6000'), scope, letter.readings);
    expect(v).toMatchObject({ outcome: 'depends-on-reading', flags: ['approximate-line', 'depends-on-reading'] });
    expect(v.readings.map((r) => [r.reading, r.low, r.high])).toEqual([
      ['press-1-4-tbs', 'caught', 'caught'],
      ['intel-customer-notice', 'caught', 'caught'],
      ['jefferies-1-7-1-8-tbs', 'outside', 'outside'],
    ]);
  });

  test('the RTX Pro 6000D (1,398 GB/s, no link) is outside every reading', () => {
    const v = testBandwidthLetter(n('rtx-pro-6000d'), scope, letter.readings);
    expect(v.outcome).toBe('outside');
    expect(v.comparisons.every((c) => c.limitEstimate && c.reading)).toBe(true);
  });

  test('a chip at 1,750 GB/s falls inside the Jefferies range: caught at 1,700, outside at 1,800', () => {
    const [, , jefferies] = readingVerdicts(normalise(readerChip({ dram: 1750, link: 0 })), letter.readings);
    expect(jefferies).toMatchObject({ low: 'caught', high: 'outside' });
    expect(jefferies!.comparisons.map((c) => [c.limit, c.met, c.reading?.end])).toEqual([
      [1700, true, 'low'],
      [1800, false, 'high'],
    ]);
  });

  test('the Intel reading also catches chips by I/O or by the sum of both', () => {
    const [, intel] = readingVerdicts(normalise(readerChip({ dram: 1000, link: 800 })), letter.readings);
    expect(intel!.comparisons.map((c) => [c.metric, c.value, c.met])).toEqual([
      ['dram', 1000, false],
      ['io', 800, false],
      ['dram+io', 1800, true],
    ]);
    expect(intel!.low).toBe('caught');
  });
});

describe('testRevenueShare (arrangements)', () => {
  const bands = lines(ids.share25, 'revenue-share').tariffBands;

  test('the H200 is named in the 25% arrangement and sits in the first tariff band', () => {
    const v = testRevenueShare(n('h200'), ids.share25, rule(ids.share25).chips, bands);
    expect(v).toMatchObject({ outcome: 'covered', clause: 'named' });
    expect(v.comparisons.map(row)).toEqual([
      ['tpp', 15832, '>', 14000, true],
      ['tpp', 15832, '<', 17500, true],
      ['dram', 4800, '>', 4500, true],
      ['dram', 4800, '<', 5000, true],
    ]);
  });

  test('an unnamed chip in the second band (MI325X-like: 20,919; 6,000 GB/s); band edges are strict', () => {
    expect(testRevenueShare(normalise(readerChip({ tpp: 20919, dram: 6000 })), 'x', [], bands)).toMatchObject({
      outcome: 'in-tariff-band',
      clause: 'tariff-band-2',
    });
    expect(testRevenueShare(normalise(readerChip({ tpp: 17500, dram: 4800 })), 'x', [], bands).outcome).toBe('not-covered');
  });

  test('the 15% arrangement covers the H20 only', () => {
    expect(testRevenueShare(n('h20'), ids.share15, rule(ids.share15).chips, []).outcome).toBe('covered');
    expect(testRevenueShare(n('h100'), ids.share15, rule(ids.share15).chips, []).outcome).toBe('not-covered');
  });
});

describe('testHbmDensity and testNoLine', () => {
  test('an accelerator’s own HBM is judged by the logic tests; a standalone stack above 2 GB/s/mm² is caught', () => {
    expect(testHbmDensity(n('h20'), 2, ids.dec2024)).toMatchObject({ outcome: 'not-applicable', clause: 'co-packaged' });
    expect(testHbmDensity(n('h20'), 2, ids.dec2024, 3.1).outcome).toBe('controlled');
    expect(testHbmDensity(n('h20'), 2, ids.dec2024, 2).outcome).toBe('not-controlled');
  });

  test('AI Diffusion draws no new line for China; corrections keep the lines', () => {
    expect(testNoLine(n('h100'), ids.diffusion)).toMatchObject({ outcome: 'no-change', flags: ['no-change-for-china'] });
    expect(testNoLine(n('h100'), ids.apr2024, true)).toMatchObject({ outcome: 'no-change', clause: 'same-lines' });
  });
});

describe('evaluateRule', () => {
  test('H20: outside 3A090 dense, 3A090.b if sparse counted (4,736 / 5.82)', () => {
    const v = evaluateRule(rule(ids.oct2023), chip('h20'));
    expect(v.outcome).toBe('outside');
    expect(v.ifSparse).toMatchObject({ tpp: 4736, outcome: '3a090b', clause: 'b1' });
    expect(roundDensity(v.ifSparse!.pd!)).toBe(5.82);
  });

  test('no sparse what-if when doubling changes nothing (A100), or for tests that ignore TPP', () => {
    expect(evaluateRule(rule(ids.oct2023), chip('a100')).ifSparse).toBeNull();
    expect(evaluateRule(rule(ids.apr2025), chip('rtx-pro-6000')).ifSparse).toBeNull();
  });

  test('the H200 would leave the 2026 zone if sparse counted (31,664 ≥ 21,000)', () => {
    expect(evaluateRule(rule(ids.jan2026), chip('h200')).ifSparse).toMatchObject({ tpp: 31664, outcome: 'presumption-of-denial' });
  });

  test('the August 2022 letters find their reference chip in the context', () => {
    expect(evaluateRule(rule(ids.letters2022), chip('a800'), { chips: ruleChips }).outcome).toBe('outside');
    expect(evaluateRule(rule(ids.letters2022), chip('a800')).outcome).toBe('unknown');
  });

  test('dispatches every kind of version', () => {
    const h20 = chip('h20');
    expect(evaluateRule(rule(ids.oct2022), h20).outcome).toBe('not-controlled');
    expect(evaluateRule(rule(ids.dec2024), h20).outcome).toBe('not-applicable');
    expect(evaluateRule(rule(ids.rescission), h20).outcome).toBe('no-change');
    expect(evaluateRule(rule(ids.share15), h20).outcome).toBe('covered');
  });
});
