import { describe, expect, test } from 'vitest';

import { overlaps } from '../../../src/lib/compare/label-layout.ts';
import { frameText, guideText } from '../../../src/lib/explorer/describe.ts';
import {
  applyAttributes,
  type AttributeTarget,
  explorerFrames,
  explorerMapLayout,
  frameAttributes,
  frameTargets,
  guidesInForce,
  mapFrame,
  mapItems,
  statusMarkPath,
} from '../../../src/lib/explorer/map-layout.ts';
import { explorerStatuses } from '../../../src/lib/explorer/status.ts';
import { ctx, en, words } from './fixtures.ts';

const wide = explorerMapLayout(en.chips, en.rules, explorerFrames.wide, guideText(words.en, false), ['h20']);
const narrow = explorerMapLayout(en.chips, en.rules, explorerFrames.narrow, guideText(words.en, true), ['h20']);
const targets = frameTargets(wide);
const guideRules = targets.guides.map((g) => g.rule);
const text = frameText(words.en, {});

describe('explorerMapLayout', () => {
  test('draws the guides of the four versions with lines on these axes', () => {
    expect(wide.guides.map((g) => [g.rule, g.parts.map((p) => p.kind)])).toEqual([
      ['2022-08-is-informed-letters', ['line']],
      ['2022-10-advanced-computing-rule', ['line']],
      ['2023-10-advanced-computing-update', ['region-a', 'region-b']],
      ['2026-01-case-by-case-review', ['line']],
    ]);
    expect(wide.guides[0]!.approximate).toBe(true);
  });

  test('keeps every line and every chip in view, on axes that do not depend on the day', () => {
    const [x0, x1] = wide.x.scale.domain() as [number, number];
    expect(x0).toBeLessThan(1600);
    expect(x1).toBeGreaterThan(21000);
    const tpps = en.chips.flatMap((c) => (c.tpp ? [c.tpp.value] : []));
    expect(Math.max(...tpps)).toBeLessThanOrEqual(x1);
  });

  test('puts chips with a density on the plot, chips with a TPP only on the strip, and lists the rest', () => {
    const { plot, strip, none } = mapItems(en.chips);
    expect(wide.points.map((p) => p.id).sort()).toEqual(plot.map((p) => p.id).sort());
    expect(wide.stripPoints.map((p) => p.id).sort()).toEqual(strip.map((p) => p.id).sort());
    expect(strip.map((p) => p.id)).toContain('rubin');
    expect(strip.map((p) => p.id)).toContain('ascend-910c');
    expect(plot.map((p) => p.id)).toContain('h20');
    expect(none.map((c) => c.id).sort()).toEqual(['siyuan-590', 'siyuan-690', 't-head-ppu']);
    for (const p of wide.stripPoints) expect(p.py).toBeGreaterThan(wide.strip.y0);
  });

  test('places labels without overlaps on both drawings, and marks estimates', () => {
    for (const layout of [wide, narrow]) {
      const labels = [...layout.points, ...layout.stripPoints].map((p) => p.placed);
      expect(labels.filter((l) => l.overlaps)).toEqual([]);
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
    expect(wide.points.find((p) => p.id === 'b30a')!.estimate).toBe(true);
    expect(wide.points.find((p) => p.id === 'h20')!.estimate).toBe(false);
  });

  test('the narrow drawing has the same elements as the wide one', () => {
    expect(frameTargets(narrow)).toEqual(targets);
  });
});

describe('statusMarkPath', () => {
  test('gives every status its own shape', () => {
    const paths = explorerStatuses.map((s) => statusMarkPath(s));
    expect(new Set(paths).size).toBe(explorerStatuses.length);
  });
});

describe('guidesInForce', () => {
  test('shows each version’s guide while it is in force (general dates)', () => {
    expect(guidesInForce('2022-08-01', en.rules, guideRules)).toEqual([]);
    expect(guidesInForce('2022-09-01', en.rules, guideRules)).toEqual(['2022-08-is-informed-letters']);
    expect(guidesInForce('2023-10-24', en.rules, guideRules)).toEqual(['2022-10-advanced-computing-rule']);
    expect(guidesInForce('2023-11-17', en.rules, guideRules)).toEqual(['2023-10-advanced-computing-update']);
    expect(guidesInForce('2026-01-20', en.rules, guideRules)).toEqual(['2023-10-advanced-computing-update', '2026-01-case-by-case-review']);
  });
});

describe('frameAttributes', () => {
  const frame = mapFrame(en.chips, en.rules, ctx, guideRules, '2025-04-15', 'h20');
  const attrs = frameAttributes(frame, targets, text);

  test('colours AND shapes each chip by its status that day', () => {
    expect(attrs.get('p-h20')!.class).toBe('pt st-licence-required pt-selected');
    expect(attrs.get('m-h20')).toEqual({ d: statusMarkPath('licence-required') });
    expect(attrs.get('p-b30a')!.class).toBe('pt st-not-yet-announced pt-est');
    expect(attrs.get('p-ascend-910c')!.class).toBe('pt st-not-us-export pt-est');
    expect(attrs.get('p-ascend-910')!.class).toBe('pt st-not-us-export');
    expect(attrs.get('m-ascend-910c')).toEqual({ d: statusMarkPath('not-us-export') });
  });

  test('says the day and the status in the label and the tooltip lines', () => {
    expect(attrs.get('p-h20')!['data-lines']).toBe('On 15 April 2025: licence required.');
    expect(attrs.get('p-h20')!['aria-label']).toContain('On 15 April 2025: licence required.');
  });

  test('shows only the guides in force', () => {
    expect(attrs.get('g-2023-10-advanced-computing-update')).toEqual({ class: 'guide' });
    expect(attrs.get('g-2022-10-advanced-computing-rule')).toEqual({ class: 'guide guide-off' });
    expect(attrs.get('g-2022-08-is-informed-letters')).toEqual({ class: 'guide guide-approx guide-off' });
  });

  test('has one entry per guide and two per chip on the map', () => {
    expect(attrs.size).toBe(targets.guides.length + 2 * targets.points.length);
  });
});

describe('applyAttributes', () => {
  test('sets changed values on every element of a key and leaves equal ones alone', () => {
    const writes: string[] = [];
    const element = (initial: Record<string, string>): AttributeTarget => {
      const a = { ...initial };
      return {
        getAttribute: (n) => a[n] ?? null,
        setAttribute: (n, v) => {
          writes.push(`${n}=${v}`);
          a[n] = v;
        },
      };
    };
    const wideEl = element({ class: 'guide guide-off' });
    const narrowEl = element({ class: 'guide' });
    applyAttributes(new Map([['g-x', [wideEl, narrowEl]]]), new Map([['g-x', { class: 'guide' }]]));
    expect(wideEl.getAttribute('class')).toBe('guide');
    expect(writes).toEqual(['class=guide']);
  });
});
