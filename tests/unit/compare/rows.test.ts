import { describe, expect, it } from 'vitest';

import { bandwidthPerTflop, compareRow, compareRows, mergeSources } from '../../../src/lib/compare/rows.ts';
import { fixtureChip, fixtureChips } from '../../fixtures/compare/chips.ts';

describe('compareRow', () => {
  it('takes TPP, density and the 2023 verdict from the chips library', () => {
    const row = compareRow(fixtureChip('h20'));
    expect(row.cells.tpp.value).toBe(2368);
    expect(row.cells.density.value).toBeCloseTo(2368 / 814, 6);
    expect(row.cells.oct2023.value).toBe('outside');
    expect(row.cells.tpp.sources).toEqual(['fx-a']);
  });

  it('keeps sources, flags and notes of sourced figures', () => {
    const row = compareRow(fixtureChip('a800'));
    expect(row.cells.fp16DenseTflops).toMatchObject({ value: 312, sources: ['fx-d'], estimate: false });
    expect(row.cells.fp16DenseTflops.note?.fr).toBe('Certains disent 218.');
    expect(compareRow(fixtureChip('h100')).cells.fp16DenseTflops.halvedFromSparse).toBe(true);
  });

  it('leaves undisclosed figures null, and density null without a die area', () => {
    const row = compareRow(fixtureChip('ascend-910c'));
    expect(row.cells.tdpW.value).toBeNull();
    expect(row.cells.density.value).toBeNull();
    expect(row.cells.tpp).toMatchObject({ value: 12480, estimate: true });
  });

  it('gives systems no verdict', () => {
    expect(compareRow(fixtureChip('cloudmatrix-384')).cells.oct2023.value).toBeNull();
  });

  it('merges the sources of TPP and die area for density', () => {
    expect(compareRow(fixtureChip('h100')).cells.density.sources).toEqual(['fx-c', 'fx-die']);
  });
});

describe('bandwidthPerTflop', () => {
  it('divides GB/s by dense TFLOPS', () => {
    const cell = bandwidthPerTflop(fixtureChip('h20'));
    expect(cell.value).toBeCloseTo(4000 / 148, 6);
    expect(cell.sources).toEqual(['fx-a', 'fx-b']);
  });
  it('is null when an input is missing and an estimate when one is', () => {
    expect(bandwidthPerTflop(fixtureChip('b30a')).value).toBeNull();
    expect(bandwidthPerTflop(fixtureChip('ascend-910c')).estimate).toBe(true);
  });
});

describe('compareRows', () => {
  it('orders by announcement date, undated last', () => {
    expect(compareRows(fixtureChips()).map((r) => r.id)).toEqual(['h100', 'a800', 'h20', 'ascend-910c', 'cloudmatrix-384', 'b30a']);
  });
});

describe('mergeSources', () => {
  it('keeps first appearances only', () => {
    expect(mergeSources(['a', 'b'], ['b', 'c'], ['a'])).toEqual(['a', 'b', 'c']);
  });
});
