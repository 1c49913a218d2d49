import { describe, expect, it } from 'vitest';

import { pairParams, parsePair, parseTable, tableParams, withParams } from '../../../src/lib/compare/url-state.ts';

const ids = ['h20', 'h100', 'ascend-910c'];
const pairDefault = { a: 'h20', b: 'h100' };
const tableDefault = { sort: 'announced', dir: 'ascending' as const, maker: null, market: null };
const allowed = { columns: ['announced', 'tpp'], makers: ['nvidia', 'huawei'], markets: ['global'] };

describe('parsePair', () => {
  it('reads both chips', () => {
    expect(parsePair('?a=ascend-910c&b=h20', ids, pairDefault)).toEqual({ a: 'ascend-910c', b: 'h20' });
  });
  it('falls back per side for unknown or missing ids', () => {
    expect(parsePair('?a=nope&b=ascend-910c', ids, pairDefault)).toEqual({ a: 'h20', b: 'ascend-910c' });
    expect(parsePair('', ids, pairDefault)).toEqual(pairDefault);
  });
});

describe('parseTable', () => {
  it('reads sort, direction and filters', () => {
    expect(parseTable('?sort=tpp&dir=descending&maker=huawei&market=global', allowed, tableDefault)).toEqual({
      sort: 'tpp',
      dir: 'descending',
      maker: 'huawei',
      market: 'global',
    });
  });
  it('ignores unknown values and a direction without a column', () => {
    expect(parseTable('?sort=evil&dir=descending&maker=intel', allowed, tableDefault)).toEqual(tableDefault);
    expect(parseTable('?sort=tpp&dir=sideways', allowed, tableDefault).dir).toBe('ascending');
  });
});

describe('withParams', () => {
  it('sets, replaces and removes keys, keeping others', () => {
    expect(withParams('?a=h20&x=1', { a: 'h100', b: null })).toBe('?a=h100&x=1');
    expect(withParams('?a=h20', { a: null })).toBe('');
    expect(withParams('', { b: 'ascend-910c' })).toBe('?b=ascend-910c');
  });
});

describe('pairParams and tableParams', () => {
  it('leave defaults out of the URL', () => {
    expect(pairParams(pairDefault, pairDefault)).toEqual({ a: null, b: null });
    expect(pairParams({ a: 'h20', b: 'ascend-910c' }, pairDefault)).toEqual({ a: 'h20', b: 'ascend-910c' });
    expect(tableParams(tableDefault, tableDefault)).toEqual({ sort: null, dir: null, maker: null, market: null });
    expect(tableParams({ ...tableDefault, sort: 'tpp', dir: 'descending', maker: 'nvidia' }, tableDefault)).toEqual({
      sort: 'tpp',
      dir: 'descending',
      maker: 'nvidia',
      market: null,
    });
  });
  it('round-trip through a query string', () => {
    const search = withParams('', tableParams({ sort: 'tpp', dir: 'descending', maker: null, market: 'global' }, tableDefault));
    expect(parseTable(search, allowed, tableDefault)).toEqual({ sort: 'tpp', dir: 'descending', maker: null, market: 'global' });
  });
});
