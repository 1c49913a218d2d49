import { describe, expect, test } from 'vitest';

import { ruleNumbers } from '../../../src/lib/chips/thresholds.ts';
import { fill } from '../../../src/lib/i18n/fill.ts';
import { chipStrings } from '../../../src/lib/i18n/strings/chips.ts';
import { compareStrings } from '../../../src/lib/i18n/strings/compare.ts';
import { rulesStrings } from '../../../src/lib/i18n/strings/rules.ts';

describe('ruleNumbers', () => {
  test('prints the lines in the page’s language', () => {
    expect(ruleNumbers('en')).toMatchObject({ tpp2022: '4,800', io2022: '600', pdA2023: '5.92', tpp2026: '21,000', dram2026: '6,500' });
    expect(ruleNumbers('fr').pdA2023).toBe('5,92');
    expect(ruleNumbers('fr').tpp2026).toMatch(/^21\s000$/u);
    expect(fill(compareStrings.en.map2022Short, ruleNumbers('en'))).toBe('2022: TPP 4,800');
  });

  test('no interface string types a rule’s line by hand (they are filled from the data)', () => {
    const typed = /\b(4[,\s\u202f\u00a0]800|21[,\s\u202f\u00a0]000|6[,\s\u202f\u00a0]500|5[.,]92)\b/u;
    for (const [name, dict] of Object.entries({ chipStrings, compareStrings, rulesStrings })) {
      for (const lang of ['en', 'fr'] as const) {
        for (const [key, value] of Object.entries(dict[lang] as Record<string, unknown>)) {
          if (typeof value === 'string') expect(value, `${name}.${lang}.${key}`).not.toMatch(typed);
        }
      }
    }
  });
});
