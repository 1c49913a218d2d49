import { describe, expect, test } from 'vitest';

import { differsFromPreset, emptyFields, parseFigure, presetFields, readOwnChip } from '../../../src/lib/explorer/own-chip.ts';
import { presets, xchip } from './fixtures.ts';

describe('parseFigure', () => {
  test('reads numbers as readers write them in each language', () => {
    expect(parseFigure('2368', 'en')).toBe(2368);
    expect(parseFigure(' 2,368 ', 'en')).toBe(2368);
    expect(parseFigure('1,5', 'en')).toBe(1.5);
    expect(parseFigure('1.5', 'fr')).toBe(1.5);
    expect(parseFigure('1,5', 'fr')).toBe(1.5);
    expect(parseFigure('2\u202f368', 'fr')).toBe(2368);
    expect(parseFigure('4 000', 'fr')).toBe(4000);
    expect(parseFigure('1,234.5', 'en')).toBe(1234.5);
    expect(parseFigure('', 'en')).toBeNull();
  });

  test('anything else is not a number', () => {
    for (const text of ['abc', '-3', '1e5', '12abc', '1.2.3']) expect(parseFigure(text, 'en')).toBeNaN();
  });
});

describe('readOwnChip', () => {
  test('a preset left as it is is the database chip itself (letters naming it still apply)', () => {
    const r = readOwnChip(presetFields(xchip('h20')), presets, 'en');
    expect(r.problems).toEqual([]);
    expect(r.modified).toBe(false);
    expect(r.input).toBe(xchip('h20').input);
  });

  test('the preset fields give back the chip’s TPP from its deciding precision', () => {
    expect(presetFields(xchip('h20'))).toMatchObject({
      mode: 'throughput',
      tops: '148',
      bits: '16',
      area: '814',
      mem: '4000',
      link: '900',
      host: '',
    });
    expect(presetFields(xchip('a800'))).toMatchObject({ tops: '312', bits: '16', link: '400', host: '64' });
  });

  test('a changed preset is a new chip of the same maker; unchanged estimates stay estimates', () => {
    const b30a = presetFields(xchip('b30a'));
    const r = readOwnChip({ ...b30a, mem: '3000' }, presets, 'en');
    expect(r.modified).toBe(true);
    expect(r.input).toMatchObject({ id: null, maker: 'nvidia', announced: null, memoryBandwidthGBs: { value: 3000, estimate: false } });
    expect(r.input!.dieAreaMm2).toEqual({ value: 800, estimate: true });
    expect(r.input!.compute).toMatchObject({ kind: 'throughput', estimate: true });
    expect(differsFromPreset({ ...b30a, mem: '3,000' }, xchip('b30a'), 'en')).toBe(true);
    expect(differsFromPreset({ ...b30a, area: '800.0' }, xchip('b30a'), 'en')).toBe(false);
  });

  test('a chip of the reader’s own: sparse throughput is halved, missing figures stay unknown', () => {
    const r = readOwnChip({ ...emptyFields, tops: '592', bits: '8', sparse: true, dc: 'no' }, presets, 'en');
    expect(r.problems).toEqual([]);
    expect(r.input).toMatchObject({
      id: null,
      maker: null,
      compute: { kind: 'throughput', tops: 592, bits: 8, sparse: true },
      dieAreaMm2: { value: null },
      dataCentre: false,
    });
  });

  test('each figure that is not acceptable is named, and nothing is tested', () => {
    const r = readOwnChip({ ...emptyFields, mode: 'tpp', tpp: 'abc', area: '0', link: '-1', mem: '1,5x' }, presets, 'en');
    expect(r.input).toBeNull();
    expect(r.problems).toEqual([
      { field: 'tpp', kind: 'number', value: 'abc' },
      { field: 'area', kind: 'positive', value: '0' },
      { field: 'mem', kind: 'number', value: '1,5x' },
      { field: 'link', kind: 'number', value: '-1' },
    ]);
    expect(readOwnChip({ ...emptyFields }, presets, 'en').problems).toEqual([{ field: 'compute', kind: 'compute', value: '' }]);
    expect(readOwnChip({ ...emptyFields, tops: '100', bits: '12' }, presets, 'en').problems).toEqual([
      { field: 'bits', kind: 'bits', value: '12' },
    ]);
    expect(readOwnChip({ ...emptyFields, chip: 'nope', tpp: '1', mode: 'tpp' }, presets, 'en').problems).toEqual([
      { field: 'chip', kind: 'preset', value: 'nope' },
    ]);
    expect(readOwnChip({ ...emptyFields, mode: 'tpp', tpp: '3000', link: '0' }, presets, 'en').problems).toEqual([]);
  });
});
