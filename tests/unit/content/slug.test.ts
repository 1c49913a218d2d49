import { describe, expect, test } from 'vitest';

import { asciiSlug, SlugRegistry, splitExplicitId } from '../../../src/lib/content/slug.ts';

describe('asciiSlug', () => {
  test('folds French accents and ligatures to ASCII', () => {
    expect(asciiSlug('Pourquoi le H20 a été créé')).toBe('pourquoi-le-h20-a-ete-cree');
    expect(asciiSlug('Cœur du problème : « la trémie »')).toBe('coeur-du-probleme-la-tremie');
  });
  test('collapses punctuation and trims hyphens', () => {
    expect(asciiSlug('  April 2025: the licence — and after?  ')).toBe('april-2025-the-licence-and-after');
  });
  test('drops characters with no ASCII form', () => {
    expect(asciiSlug('昇腾 Ascend 910C')).toBe('ascend-910c');
  });
});

describe('SlugRegistry', () => {
  test('numbers repeated headings', () => {
    const r = new SlugRegistry();
    expect([r.unique('Context'), r.unique('Context'), r.unique('Context')]).toEqual(['context', 'context-2', 'context-3']);
  });
  test('never hands out an id reserved explicitly', () => {
    const r = new SlugRegistry();
    r.reserve('context');
    expect(r.unique('Context')).toBe('context-2');
  });
});

describe('splitExplicitId', () => {
  test('reads a trailing [#id] and strips it from the text', () => {
    expect(splitExplicitId('Pourquoi le H20 existe [#why-h20]')).toEqual({ text: 'Pourquoi le H20 existe', id: 'why-h20' });
  });
  test('leaves a heading without marker alone', () => {
    expect(splitExplicitId('The boom')).toEqual({ text: 'The boom' });
  });
});
