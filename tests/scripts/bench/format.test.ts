import { describe, expect, test } from 'vitest';

import { formatBytes, formatDelta, formatMs, formatRatioChange, formatScore, renderTable } from '../../../scripts/lib/bench/format.ts';

describe('formatting', () => {
  test('bytes in binary kilobytes', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14 * 1024)).toBe('14.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
    expect(formatBytes(undefined)).toBe('–');
  });
  test('milliseconds, scores and deltas', () => {
    expect(formatMs(3.456)).toBe('3.46 ms');
    expect(formatMs(245.4)).toBe('245 ms');
    expect(formatMs(12_340)).toBe('12.3 s');
    expect(formatScore(0.98)).toBe('98');
    expect(formatScore(null)).toBe('n/a');
    expect(formatDelta(-300, formatBytes)).toBe('−300 B');
    expect(formatDelta(0, formatBytes)).toBe('±0');
    expect(formatRatioChange(1.25)).toBe('+25%');
    expect(formatRatioChange(0.8)).toBe('−20%');
  });
  test('renderTable pads columns, right-aligns figures', () => {
    const text = renderTable(
      'Title',
      ['metric', 'value'],
      [
        ['HTML', '1 KB'],
        ['JS gzip', '12.5 KB'],
      ],
    );
    expect(text.split('\n')).toEqual(['Title', 'metric     value', '───────  ───────', 'HTML        1 KB', 'JS gzip  12.5 KB']);
  });
});
