import { column, columns } from '../../lib/compare/columns.ts';
import type { ExportLabels } from '../../lib/compare/serialise.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { compareStrings } from '../../lib/i18n/strings/compare.ts';
import { columnLabel } from './compare-data.ts';

/** CSV headers in the page's language, with units: "Memory bandwidth (TB/s)". */
export function exportLabels(lang: Locale): ExportLabels {
  const t = compareStrings[lang];
  return {
    column: (c) => {
      const { label, unit } = columnLabel(lang, column(c.id));
      return unit ? `${label} (${unit})` : label;
    },
    estimate: t.exportEstimate,
    halved: t.exportHalved,
    sources: t.exportSources,
    id: 'id',
    url: t.exportUrl,
    separator: lang === 'fr' ? '\u00a0: ' : ': ',
  };
}

/** Unit wording per unit id, for the JSON. */
export function exportUnits(lang: Locale): Record<string, string> {
  const t = compareStrings[lang];
  return Object.fromEntries(columns.flatMap((c) => (c.unit ? [[c.unit, t[`unit_${c.unit}`]]] : [])));
}
