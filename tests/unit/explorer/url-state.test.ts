import { describe, expect, test } from 'vitest';

import { withParams } from '../../../src/lib/compare/url-state.ts';
import { presetFields } from '../../../src/lib/explorer/own-chip.ts';
import {
  defaultState,
  explorerDayPath,
  type ExplorerState,
  formParams,
  mapParams,
  parseState,
} from '../../../src/lib/explorer/url-state.ts';
import { en, presets, xchip } from './fixtures.ts';

const defaults = { date: en.defaultDate, chip: en.defaultChip };
const parse = (search: string) => parseState(search, presets, defaults, en.range);

describe('parseState', () => {
  test('no query string: the default day, the H20 followed and as the form’s example', () => {
    expect(parse('')).toEqual({ state: defaultState(presets, defaults), problems: {} });
    expect(parse('').state).toMatchObject({ date: '2026-02-28', chip: 'h20', origin: 'example' });
  });

  test('reads the day and the followed chip', () => {
    expect(parse('?date=2025-04-15&chip=h200')).toMatchObject({
      state: { date: '2025-04-15', chip: 'h200', origin: 'example' },
      problems: {},
    });
  });

  test('reports a day or chip it cannot use, and keeps the defaults', () => {
    for (const bad of ['2025-02-30', '2030-01-01', '15/04/2025', '']) {
      expect(parse(`?date=${encodeURIComponent(bad)}`)).toMatchObject({ state: { date: '2026-02-28' }, problems: { date: bad } });
    }
    expect(parse('?chip=h2o')).toMatchObject({ state: { chip: 'h20' }, problems: { chip: 'h2o' } });
  });

  test('a preset with a changed figure', () => {
    const { state } = parse('?from=h20&tops=192.4');
    expect(state.origin).toBe('preset');
    expect(state.form).toEqual({ ...presetFields(xchip('h20')), tops: '192.4' });
  });

  test('a chip from scratch, in TPP mode, keeps what is not a number for the form to report', () => {
    expect(parse('?tpp=3000&area=600&mem=1600&link=0&dc=no').state).toMatchObject({
      origin: 'scratch',
      form: { chip: '', mode: 'tpp', tpp: '3000', area: '600', mem: '1600', link: '0', host: '', dc: 'no' },
    });
    expect(parse('?tpp=abc').state.form).toMatchObject({ mode: 'tpp', tpp: 'abc' });
    expect(parse('?from=nope&tops=100')).toMatchObject({ state: { origin: 'scratch', form: { tops: '100' } }, problems: { from: 'nope' } });
  });
});

describe('mapParams and formParams', () => {
  test('the map always writes its day and chip', () => {
    expect(mapParams({ date: '2025-04-15', chip: 'h20' })).toEqual({ date: '2025-04-15', chip: 'h20' });
  });

  test('the example writes nothing; a preset writes itself and what changed; a chip from scratch every figure', () => {
    const none = formParams({ form: presetFields(xchip('h20')), origin: 'example' }, presets);
    expect(Object.values(none).every((v) => v === null)).toBe(true);
    const changed = formParams({ form: { ...presetFields(xchip('h20')), tops: '192.4' }, origin: 'preset' }, presets);
    expect(Object.fromEntries(Object.entries(changed).filter(([, v]) => v !== null))).toEqual({ from: 'h20', tops: '192.4' });
    const scratch = parse('?tpp=3000&area=600&mem=1600&link=0').state;
    expect(Object.fromEntries(Object.entries(formParams(scratch, presets)).filter(([, v]) => v !== null))).toEqual({
      tpp: '3000',
      area: '600',
      mem: '1600',
      link: '0',
    });
  });

  test('what is written reads back to the same state', () => {
    const states: ExplorerState[] = [
      {
        date: '2025-04-15',
        chip: 'h20',
        origin: 'preset',
        form: { ...presetFields(xchip('a800')), mode: 'tpp', tpp: '5000', sparse: true },
      },
      { date: '2023-01-01', chip: 'h100', origin: 'preset', form: { ...presetFields(xchip('h20')), bits: '8', dc: 'no', host: '128' } },
      parse('?tops=500&bits=8&sparse=1&area=700&mem=2000').state,
    ];
    for (const state of states) {
      const search = withParams('', { ...mapParams(state), ...formParams(state, presets) });
      const back = parse(search).state;
      expect(back).toMatchObject({ date: state.date, chip: state.chip, origin: state.origin });
      // The TPP mode ignores the throughput fields, which read back as the preset's.
      const read = (s: ExplorerState) => (s.form.mode === 'tpp' ? { ...s.form, tops: '', bits: '', sparse: false } : s.form);
      expect(read(back)).toEqual(read(state));
    }
  });
});

describe('explorerDayPath', () => {
  test('opens the map on a day, following a chip when given, and parses back to that state', () => {
    expect(explorerDayPath('en', '2025-04-09', 'h20')).toBe('/en/rules/?date=2025-04-09&chip=h20#on-a-day');
    expect(explorerDayPath('fr', '2023-11-17')).toBe('/fr/rules/?date=2023-11-17#on-a-day');
    const { search } = new URL(explorerDayPath('en', '2025-04-09', 'h200'), 'https://example.org');
    expect(parse(search)).toMatchObject({ state: { date: '2025-04-09', chip: 'h200' }, problems: {} });
  });
});
