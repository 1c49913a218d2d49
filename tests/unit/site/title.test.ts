import { expect, test } from 'vitest';

import { documentTitle, htmlLength, MAX_TITLE } from '../../../src/lib/site/title.ts';

test('the document title adds the site name when it fits, else drops it, else cuts at a word', () => {
  expect(documentTitle('Timeline', 'H20 Explained')).toBe('Timeline · H20 Explained');
  expect(documentTitle('H20 Explained', 'H20 Explained')).toBe('H20 Explained');
  const long = 'Washington exige une licence pour le H20 et Nvidia passe une charge';
  expect(documentTitle(long, 'H20 Explained')).toBe(long);
  const longer = `${long} de 5,5 milliards de dollars liée aux stocks`;
  const cut = documentTitle(longer, 'H20 Explained');
  expect(htmlLength(cut)).toBeLessThanOrEqual(MAX_TITLE);
  expect(cut.endsWith('…')).toBe(true);
  expect(longer.startsWith(cut.slice(0, -1))).toBe(true);
});

test('the length is measured as HTML writes it (apostrophes and ampersands as entities)', () => {
  expect(htmlLength("l'exercice & co")).toBe(15 + 4 + 4);
  const title = `T4 de l'exercice 2026 : trimestre record, la Chine toujours exclue du marché`;
  expect(htmlLength(documentTitle(title, 'H20 Explained'))).toBeLessThanOrEqual(MAX_TITLE);
});
