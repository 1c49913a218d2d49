import { describe, expect, test } from 'vitest';

import { defineStrings } from '../../../src/lib/i18n/define-strings.ts';

describe('defineStrings', () => {
  test('returns both dictionaries', () => {
    const strings = defineStrings({ en: { hello: 'Hello' }, fr: { hello: 'Bonjour' } });
    expect(strings.fr.hello).toBe('Bonjour');
  });
  test('a missing or extra French key is a type error (checked by astro check)', () => {
    // @ts-expect-error French lacks "bye"
    defineStrings({ en: { hello: 'Hello', bye: 'Bye' }, fr: { hello: 'Bonjour' } });
    // @ts-expect-error French has a key English does not
    defineStrings({ en: { hello: 'Hello' }, fr: { hello: 'Bonjour', extra: 'En trop' } });
    const input = { en: { a: 'A' }, fr: { a: 'À' } };
    expect(defineStrings(input)).toBe(input);
  });
});
