/**
 * Search variants: the forms readers type for what the site writes another way ("license",
 * "7nm", "$4.5bn", "英伟达", "H 20"). Pagefind matches every word of a query as indexed and has
 * no synonyms, so the query is rewritten into the site's own words before it reaches Pagefind.
 *
 * `compileVariants` runs at build time on `content/data/search-variants.yaml` and hands each
 * language a small lookup table (`/<lang>/search/variants.json`); `rewriteQuery` runs in the
 * browser on every query. Both are pure.
 */
import type { SearchVariants } from '../../schemas/search-variants.ts';
import { type Locale, locales, localeTags } from '../i18n/locales.ts';
import { fold, indexForm, isNumber, splitWords, stripClitics } from './words.ts';

/** One language's variants, as the browser reads them (JSON). */
export interface CompiledVariants {
  /** Folded stop words. */
  stop: string[];
  /** Folded units a number may be glued to ("nm", "tb/s", "%"). */
  units: string[];
  /** A form's key (`formKey`) → the form the site writes. */
  map: Record<string, string>;
  /** The same, for forms that are replaced only right after a number (units: "To" is "TB" only in "96 To"). */
  afterNumber: Record<string, string>;
  /** The language's month names, January first ("2025-04" is searched as "April 2025"). */
  months: string[];
  /** How the language groups thousands: "," (300,000, one word to Pagefind) or " " (300 000, two). */
  thousands: string;
}

/** Month names of a language, January first, as the site writes them ("April", "avril"). */
export function monthNames(lang: Locale): string[] {
  const format = new Intl.DateTimeFormat(localeTags[lang].intl, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2025, m, 1))));
}

/**
 * The key a form is looked up by: its words as Pagefind reads them (folded, punctuation
 * dropped: "U.S." and "US" are one key), joined by one space.
 */
export function formKey(form: string): string {
  return splitWords(form).map(indexForm).filter(Boolean).join(' ');
}

/**
 * "H20" → ["H 20"], "B30A" → ["B 30 A"]: a name that runs letters into digits, split the way
 * readers type it. Empty for other names.
 */
export function splitForms(name: string): string[] {
  const parts = name.match(/\p{L}+|\d+/gu) ?? [];
  return parts.length < 2 || parts.join('') !== name ? [] : [parts.join(' ')];
}

/**
 * Compiles the variants list for one language. `names` are chip and product names from the
 * site's data ("H20", "910C"); each gets its split forms ("H 20", "910 C") as variants, so the
 * list does not have to repeat every chip.
 */
export function compileVariants(data: SearchVariants, lang: Locale, names: readonly string[] = []): CompiledVariants {
  const map: Record<string, string> = {};
  const afterNumber: Record<string, string> = {};
  for (const group of data.variants) {
    if (group.lang && !group.lang.includes(lang)) continue;
    const write = typeof group.write === 'string' ? group.write : group.write[lang];
    const target = group.afterNumber ? afterNumber : map;
    for (const form of group.also) {
      const key = formKey(form);
      // The site's own form is never rewritten (a group may list it among the others).
      if (key && key !== formKey(write)) target[key] = write;
    }
  }
  // "H-20" needs no entry: Pagefind drops the hyphen and reads "h20" already.
  const units = new Set(data.units.map(fold));
  for (const name of new Set(names)) {
    // "80GB" in a chip's name is a number and a unit, which the site writes spaced.
    const unit = /^\d+(\p{L}+)$/u.exec(name)?.[1];
    if (unit && units.has(fold(unit))) continue;
    for (const form of splitForms(name)) map[formKey(form)] ??= name;
  }
  // A month typed in the other language ("avril 2025" on an English page) is the same month.
  const months = monthNames(lang);
  for (const other of locales.filter((l) => l !== lang)) {
    monthNames(other).forEach((name, m) => {
      if (formKey(name) !== formKey(months[m]!)) map[formKey(name)] ??= months[m]!;
    });
  }
  return {
    stop: [...new Set(data.stopWords[lang].map(fold))],
    units: [...units],
    map,
    afterNumber,
    months,
    thousands: lang === 'fr' ? ' ' : ',',
  };
}

/** A query after rewriting: the words searched, and whether they differ from what was typed. */
export interface RewrittenQuery {
  /** Every word, in the site's forms ("export licence 7 nm"). */
  words: string[];
  /** The words that carry meaning: `words` without stop words (all searchable ones when only stop words remain). */
  meaningful: string[];
  /** True when a variant or unit rule changed something (not counting stop words). */
  changed: boolean;
}

/** "4TB/s" → ["4", "TB/s"], "$4.5bn" → ["4.5", "bn"], "15%" stays: a number glued to a known unit. */
function splitUnit(word: string, units: ReadonlySet<string>): string[] {
  const match = /^[$€£¥]?(\d+(?:[.,]\d+)*)(.+)$/u.exec(word);
  if (!match) return [word.replace(/^[$€£¥](?=\d)/u, '')];
  const [, number, unit] = match as unknown as [string, string, string];
  // "15%" is indexed as "15" already; splitting it would only add a word Pagefind ignores.
  if (unit === '%') return [number];
  return units.has(fold(unit)) ? [number, unit] : [word.replace(/^[$€£¥]/u, '')];
}

/** "2025-04-09" → ["9", "April", "2025"], "04/2025" → ["April", "2025"]: dates as the site writes them. */
function expandDate(word: string, months: readonly string[]): string[] {
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(word);
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(word);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : slash ? [slash[2], slash[1], undefined] : [];
  const name = month ? months[Number(month) - 1] : undefined;
  if (!year || !name) return [word];
  return [...(day ? [String(Number(day))] : []), name, year];
}

/** "300k" (split into "300", "k") → "300,000" or "300 000", as the language writes it. */
function expandThousands(words: string[], thousands: string): string[] {
  const out: string[] = [];
  for (const word of words) {
    const previous = out[out.length - 1];
    if (fold(word) === 'k' && previous && /^\d{1,3}$/.test(previous)) {
      out[out.length - 1] = `${previous}${thousands}000`;
    } else {
      out.push(word);
    }
  }
  return out.flatMap((word) => splitWords(word));
}

/**
 * Rewrites a query into the site's words: French elisions and English possessives dropped,
 * ordinals and dates written out, numbers split from their units, then every variant form
 * replaced by the form the site writes (longest form first: "per cent" before "cent").
 */
export function rewriteQuery(query: string, variants: CompiledVariants): RewrittenQuery {
  const units = new Set(variants.units);
  const typed = splitWords(query);
  const words = expandThousands(
    typed
      .map(stripClitics)
      // "9th", "1st", "1er", "2e": the site writes the bare number.
      .map((word) => word.replace(/^(\d{1,2})(?:st|nd|rd|th|er|e|ème)$/iu, '$1'))
      .flatMap((word) => expandDate(word, variants.months))
      .flatMap((word) => splitUnit(word, units)),
    variants.thousands,
  );
  const longest = Math.max(1, ...[...Object.keys(variants.map), ...Object.keys(variants.afterNumber)].map((k) => k.split(' ').length));
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let replaced = false;
    for (let n = Math.min(longest, words.length - i); n > 0 && !replaced; n--) {
      const key = formKey(words.slice(i, i + n).join(' '));
      const afterNumber = out.length > 0 && isNumber(out[out.length - 1]!);
      const write = variants.map[key] ?? (afterNumber ? variants.afterNumber[key] : undefined);
      if (write !== undefined) {
        out.push(...splitWords(write));
        i += n;
        replaced = true;
      }
    }
    if (!replaced) out.push(words[i++]!);
  }
  const stop = new Set(variants.stop);
  // Words Pagefind cannot search ("%", "—") carry nothing on their own either.
  const searchable = out.filter((word) => indexForm(word));
  const meaningful = searchable.filter((word) => !stop.has(fold(word)));
  return {
    words: out,
    meaningful: meaningful.length ? meaningful : searchable,
    changed: out.map(fold).join(' ') !== typed.map(fold).join(' '),
  };
}

/** A problem in the variants list, for the content check (field path and message). */
export interface VariantProblem {
  field: string;
  message: string;
}

/**
 * What the schema cannot see: a form listed under two groups with different targets in one
 * language, and a `write` form that another group rewrites (rewriting is one pass, so the
 * search would never reach it).
 */
export function variantProblems(data: SearchVariants): VariantProblem[] {
  const problems: VariantProblem[] = [];
  for (const lang of locales) {
    const seen = new Map<string, { write: string; field: string }>();
    const writes: { key: string; field: string }[] = [];
    data.variants.forEach((group, g) => {
      if (group.lang && !group.lang.includes(lang)) return;
      const write = typeof group.write === 'string' ? group.write : group.write[lang];
      writes.push({ key: formKey(write), field: `variants[${g}].write` });
      group.also.forEach((form, f) => {
        const key = formKey(form);
        const field = `variants[${g}].also[${f}]`;
        const earlier = seen.get(key);
        if (earlier && formKey(earlier.write) !== formKey(write)) {
          problems.push({
            field,
            message: `"${form}" is rewritten to "${write}" here and to "${earlier.write}" in ${earlier.field} (${lang})`,
          });
        } else if (!earlier && key !== formKey(write)) {
          seen.set(key, { write, field });
        }
      });
    });
    for (const { key, field } of writes) {
      const other = seen.get(key);
      if (other)
        problems.push({ field, message: `"${key}" is rewritten again by ${other.field} (${lang}); point both groups at one form` });
    }
  }
  return [...new Map(problems.map((p) => [`${p.field} ${p.message}`, p])).values()];
}
