import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { compileVariants, formKey, monthNames, rewriteQuery, splitForms, variantProblems } from '../../../src/lib/search/variants.ts';
import { searchVariantsSchema } from '../../../src/schemas/search-variants.ts';

const data = searchVariantsSchema.parse({
  stopWords: { en: ['how', 'much', 'did', 'the', 'on'], fr: ['combien', 'le', 'la', 'de'] },
  units: ['nm', 'TB/s', 'To/s', 'bn', 'Md', 'Go', 'GB', 'k'],
  variants: [
    { write: 'licence', also: ['license', 'licenses'] },
    { write: { en: 'billion', fr: 'milliards' }, also: ['bn', 'billion', 'milliard', 'Md'] },
    { write: '%', also: ['percent', 'per cent', 'pour cent'] },
    { write: { en: 'TB/s', fr: 'To/s' }, also: ['TB/s', 'To/s', 'terabytes per second'] },
    { write: { en: 'GB', fr: 'Go' }, also: ['GB', 'Go'], afterNumber: true },
    { write: 'Nvidia', also: ['英伟达', 'NVDA'] },
    { write: 'Lutnick', also: ['Howard Lutnick'] },
    { write: 'backdoor', also: ['back door'], lang: ['en'] },
  ],
});
const en = compileVariants(data, 'en', ['H20', '910C', 'A100', '80GB']);
const fr = compileVariants(data, 'fr', ['H20', '910C']);
const words = (query: string, v = en) => rewriteQuery(query, v).words.join(' ');

describe('compileVariants', () => {
  test('keys forms as Pagefind reads them and leaves out the site’s own form', () => {
    expect(formKey('U.S.')).toBe(formKey('US'));
    expect(en.map['license']).toBe('licence');
    expect(en.map['licence']).toBeUndefined();
    expect(en.map['billion']).toBeUndefined();
    expect(fr.map['billion']).toBe('milliards');
  });
  test('applies a group to its languages only, and unit forms after a number only', () => {
    expect(en.map['back door']).toBe('backdoor');
    expect(fr.map['back door']).toBeUndefined();
    expect(en.afterNumber['go']).toBe('GB');
    expect(en.map['go']).toBeUndefined();
  });
  test('derives the split forms of chip names', () => {
    expect(splitForms('H20')).toEqual(['H 20']);
    expect(splitForms('B30A')).toEqual(['B 30 A']);
    expect(splitForms('Ascend')).toEqual([]);
    expect(en.map['h 20']).toBe('H20');
    expect(en.map['910 c']).toBe('910C');
    expect(en.map['80 gb']).toBeUndefined();
  });
  test('maps month names across languages', () => {
    expect(monthNames('en')[3]).toBe('April');
    expect(monthNames('fr')[3]).toBe('avril');
    expect(en.map['avril']).toBe('April');
    expect(fr.map['august']).toBe('août');
  });
});

describe('rewriteQuery', () => {
  test('British and American spellings', () => {
    expect(words('export license')).toBe('export licence');
    expect(rewriteQuery('export license', en).changed).toBe(true);
    expect(rewriteQuery('export licence', en).changed).toBe(false);
  });
  test('numbers glued to units, money and percentages', () => {
    expect(words('7nm')).toBe('7 nm');
    expect(words('4TB/s')).toBe('4 TB/s');
    expect(words('$4.5bn')).toBe('4.5 billion');
    expect(words('4,5 Md$', fr)).toBe('4,5 milliards');
    expect(words('$4.5bn', fr)).toBe('4.5 milliards');
    expect(words('15 percent')).toBe('15 %');
    expect(words('15 pour cent', fr)).toBe('15 %');
    expect(words('15%')).toBe('15');
    expect(words('4 TB/s', fr)).toBe('4 To/s');
    expect(words('terabytes per second')).toBe('TB/s');
  });
  test('units that are words elsewhere change only after a number', () => {
    expect(words('96 Go')).toBe('96 GB');
    expect(words('go to china')).toBe('go to china');
  });
  test('thousands, ordinals and dates as the site writes them', () => {
    expect(words('300k H20s')).toBe('300,000 H20s');
    expect(words('300k', fr)).toBe('300 000');
    expect(words('April 9th 2025')).toBe('April 9 2025');
    expect(words('2025-04-09')).toBe('9 April 2025');
    expect(words('04/2025', fr)).toBe('avril 2025');
    expect(words('avril 2025')).toBe('April 2025');
  });
  test('names, other scripts and split chip names', () => {
    expect(words('英伟达 H 20')).toBe('Nvidia H20');
    expect(words('Howard Lutnick said')).toBe('Lutnick said');
    expect(words('Ascend 910 C')).toBe('Ascend 910C');
  });
  test('French elisions, possessives and the words that carry meaning', () => {
    expect(words("l'H20 d'Nvidia", fr)).toBe('H20 Nvidia');
    const question = rewriteQuery('How much did Nvidia lose on the H20?', en);
    expect(question.meaningful).toEqual(['Nvidia', 'lose', 'H20']);
    expect(rewriteQuery('the', en).meaningful).toEqual(['the']);
    expect(rewriteQuery('15 percent', en).meaningful).toEqual(['15']);
  });
});

describe('variantProblems', () => {
  test('the site’s list has none', () => {
    const site = searchVariantsSchema.parse(parse(readFileSync('content/data/search-variants.yaml', 'utf8')));
    expect(variantProblems(site)).toEqual([]);
  });
  test('finds a form with two targets and a target that is rewritten again', () => {
    const bad = searchVariantsSchema.parse({
      stopWords: { en: [], fr: [] },
      units: [],
      variants: [
        { write: 'licence', also: ['license'] },
        { write: 'permit', also: ['license'] },
        { write: 'centre', also: ['licence'] },
      ],
    });
    const messages = variantProblems(bad).map((p) => `${p.field}: ${p.message}`);
    expect(messages.some((m) => m.startsWith('variants[1].also[0]') && m.includes('"licence"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('variants[0].write'))).toBe(true);
  });
});
