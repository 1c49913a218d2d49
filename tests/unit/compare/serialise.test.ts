import { describe, expect, it } from 'vitest';

import { column } from '../../../src/lib/compare/columns.ts';
import { compareRows } from '../../../src/lib/compare/rows.ts';
import { chipsCsv, chipsJson, cleanNumber, csvField, toCsv } from '../../../src/lib/compare/serialise.ts';
import { fixtureChips } from '../../fixtures/compare/chips.ts';

describe('csvField', () => {
  it('leaves plain values alone', () => {
    expect(csvField('H20')).toBe('H20');
    expect(csvField(4.5)).toBe('4.5');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('TSMC N7, "7 nm"')).toBe('"TSMC N7, ""7 nm"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});

describe('cleanNumber', () => {
  it('rounds away floating-point noise', () => {
    expect(cleanNumber(4000 / 148)).toBe(27.027);
    expect(cleanNumber(15830.400000000001)).toBe(15830.4);
  });
});

const labels = {
  column: (c: { id: string }) => c.id,
  estimate: 'estimate',
  halved: 'halved',
  sources: 'sources',
  id: 'id',
  url: 'url',
  separator: ': ',
};

describe('chipsCsv', () => {
  const csv = chipsCsv(compareRows(fixtureChips()), labels, (r) => `/en/chips/#chip-${r.id}`);
  const lines = csv.trimEnd().split('\r\n');
  it('has a header and one line per chip, sorted by id', () => {
    expect(lines).toHaveLength(7);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['a800', 'ascend-910c', 'b30a', 'cloudmatrix-384', 'h100', 'h20']);
  });
  it('writes evidence columns for each figure', () => {
    expect(lines[0]).toContain('memoryBandwidthTBs,memoryBandwidthTBs: estimate,memoryBandwidthTBs: halved,memoryBandwidthTBs: sources');
    expect(lines[6]).toContain('4,false,false,fx-a fx-b');
    expect(lines[1]).toContain('"TSMC N7, ""7 nm"""');
  });
  it('is deterministic', () => {
    expect(chipsCsv(compareRows([...fixtureChips()].reverse()), labels, (r) => r.id)).toBe(
      chipsCsv(compareRows(fixtureChips()), labels, (r) => r.id),
    );
  });
});

describe('chipsJson', () => {
  it('lists figures with units and only the sources it knows', () => {
    const json = JSON.parse(
      chipsJson(compareRows(fixtureChips()), {
        lang: 'en',
        title: 't',
        note: 'n',
        pageUrl: '/en/compare/',
        units: { tbs: 'TB/s' },
        urlOf: (r) => r.id,
        sources: new Map([
          [
            'fx-a',
            { id: 'fx-a', title: 'A', publisher: 'P', date: '2024', url: 'https://example.org/a', language: 'en', kind: 'press' as const },
          ],
        ]),
        sourceUrlOf: (id) => `/en/sources/#source-${id}`,
      }),
    );
    const h20 = json.chips.find((c: { id: string }) => c.id === 'h20');
    expect(h20.figures.memoryBandwidthTBs).toEqual({
      value: 4,
      unit: 'TB/s',
      estimate: false,
      halvedFromSparse: false,
      sources: ['fx-a', 'fx-b'],
    });
    expect(h20.rules.oct2023).toBe('outside');
    expect(Object.keys(json.sources)).toEqual(['fx-a']);
    expect(column('tpp').unit).toBe('tpp');
  });
});
