import { describe, expect, test } from 'vitest';

import { changeDays } from '../../../src/lib/explorer/days.ts';
import { changesPanel, followedPanel } from '../../../src/lib/explorer/panels.ts';
import { chipsOnDay } from '../../../src/lib/explorer/status.ts';
import { ctx, en, words, xchip } from './fixtures.ts';

const days = changeDays(en.rules);

describe('changesPanel', () => {
  test('before the first letters: nothing yet, and when that changes', () => {
    const p = changesPanel('2022-05-01', days, en.rules, en.range, words.en);
    expect(p.items).toEqual([]);
    expect(p.empty).toBe('No US rule on AI chips for China yet: the first letters date from 26 August 2022.');
    expect(p.inForce).toEqual([]);
  });

  test('on 20 November 2023: the October 2023 rule’s steps since the previous change, and what stands', () => {
    const p = changesPanel('2023-11-20', days, en.rules, en.range, words.en, () => null);
    expect(p.title).toBe('What changed since 23 October 2023');
    expect(p.items.map((i) => i.text)).toEqual([
      'October 2023 rule: published',
      'October 2023 rule: in force (replaces October 2022 rule; adds performance density and data-centre use; drops chip-to-chip I/O)',
      'October 2022 rule: ended, replaced by October 2023 rule',
    ]);
    expect(p.items[1]!.href).toBe('#rule-2023-10-advanced-computing-update');
    expect(p.inForce.map((r) => r.name)).toEqual(['October 2023 rule']);
  });

  test('milestones are written with their own text when given', () => {
    const p = changesPanel('2025-04-20', days, en.rules, en.range, words.en, (rule, i) => `${rule} step ${i}`);
    expect(p.items.map((i) => i.text)).toContain('April 2025 letter on the H20: 2025-04-h20-letter step 1');
  });
});

describe('followedPanel', () => {
  test('the H200 on 20 January 2026', () => {
    const onDay = chipsOnDay(en.chips, '2026-01-20', en.rules, ctx).find((c) => c.id === 'h200')!;
    const p = followedPanel(xchip('h200'), onDay, '2026-01-20', en.rules, words.en);
    expect(p).toMatchObject({ title: 'H200 on 20 January 2026', status: 'case-by-case', statusText: 'Licence reviewed case by case' });
    expect(p.lines).toContain('Coming: The 25% arrangement on the H200 (December 2025), with licences reported from February 2026.');
  });
});
