import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterEach, describe, expect, test } from 'vitest';

import { ContentError } from '../../../src/lib/content/problems.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';

const GOOD = 'tests/fixtures/content-good';
const made: string[] = [];

/** A copy of the good fixture with one file replaced, as a path relative to the project. */
function variant(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'h20-content-'));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return relative(process.cwd(), dir);
}

/** The lines of the error thrown for a content tree. */
function problemsOf(root: string): string[] {
  try {
    loadSiteData(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1).map((l) => l.trim().replace(/^- /, ''));
  }
  throw new Error('expected the content to be rejected');
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadSiteData', () => {
  test('accepts the good fixture', () => {
    const data = loadSiteData(GOOD);
    expect(data.events.map((e) => e.data.id)).toEqual(['2025-04-15-example']);
    expect(data.pages.map((p) => p.id)).toEqual(['en/saga/example-chapter', 'fr/saga/example-chapter']);
  });

  test('names file, entry and field of an unknown source id in a page', () => {
    expect(problemsOf('tests/fixtures/content-bad-source')).toEqual([
      'tests/fixtures/content-bad-source/en/saga/example-chapter.mdx › entry "en/saga/example-chapter" › field "<Cite id>[0]": unknown source id "no-such-source"',
    ]);
  });

  test('names the page that has no French translation', () => {
    expect(problemsOf('tests/fixtures/content-missing-fr')).toEqual([
      'tests/fixtures/content-missing-fr/en/saga/example-chapter.mdx › entry "en/saga/example-chapter": has no French page: add tests/fixtures/content-missing-fr/fr/saga/example-chapter.mdx',
    ]);
  });

  test('rejects a source without URL or date, naming each field', () => {
    const root = variant('data/sources/press.yaml', '- id: example-2025-04-15\n  title: T\n  publisher: P\n  language: en\n  kind: press\n');
    const lines = problemsOf(root);
    expect(lines).toContain(`${root}/data/sources/press.yaml › entry "example-2025-04-15" › field "date": is required (expected string)`);
    expect(lines.some((l) => l.includes('field "url"'))).toBe(true);
  });

  test('rejects duplicate source ids across files', () => {
    const root = variant('data/sources/more.yaml', '- id: example-2025-04-15\n  title: T\n  publisher: P\n  date: 2025\n  url: https://example.org/2\n  language: en\n  kind: press\n');
    expect(problemsOf(root)).toEqual([`${root}/data/sources/press.yaml › entry "example-2025-04-15" › field "id": duplicate source id (also in ${root}/data/sources/more.yaml)`]);
  });

  test('reads the search variants, and names a form rewritten two ways or a group without forms', () => {
    expect(loadSiteData(GOOD).searchVariants).toEqual([]);
    const head = 'stopWords: { en: [the], fr: [le] }\nunits: [nm]\nvariants:\n';
    const good = variant('data/search-variants.yaml', `${head}  - { write: licence, also: [license] }\n`);
    expect(loadSiteData(good).searchVariants[0]!.data.variants[0]!.also).toEqual(['license']);
    const conflict = variant('data/search-variants.yaml', `${head}  - { write: licence, also: [license] }\n  - { write: permit, also: [license] }\n`);
    expect(problemsOf(conflict)).toEqual([
      `${conflict}/data/search-variants.yaml › field "variants[1].also[0]": "license" is rewritten to "permit" here and to "licence" in variants[0].also[0] (en)`,
      `${conflict}/data/search-variants.yaml › field "variants[1].also[0]": "license" is rewritten to "permit" here and to "licence" in variants[0].also[0] (fr)`,
    ]);
    const empty = variant('data/search-variants.yaml', `${head}  - { write: centre, also: [] }\n`);
    expect(problemsOf(empty)).toEqual([`${empty}/data/search-variants.yaml › field "variants[0].also": Too small: expected array to have >=1 items`]);
  });

  test('rejects an impossible date and a missing French title in an event', () => {
    const root = variant(
      'data/events/2025-04-15-example.yaml',
      'date: 2025-02-30\nprecision: day\ntitle: { en: T }\nsummary: { en: S, fr: S }\ntrack: nvidia\nactors: [nvidia]\nimportance: 2\nsources: [example-2025-04-15]\nchapter: example-chapter\n',
    );
    const lines = problemsOf(root);
    expect(lines).toContain(`${root}/data/events/2025-04-15-example.yaml › entry "2025-04-15-example" › field "date": is not a real calendar date`);
    expect(lines).toContain(`${root}/data/events/2025-04-15-example.yaml › entry "2025-04-15-example" › field "title.fr": is required (expected string)`);
  });

  test('rejects an event pointing at a section its chapter does not have', () => {
    const root = variant(
      'data/events/2025-04-15-example.yaml',
      'date: 2025-04-15\nprecision: day\ntitle: { en: T, fr: T }\nsummary: { en: S, fr: S }\ntrack: nvidia\nactors: [nvidia]\nimportance: 2\nsources: [example-2025-04-15]\nchapter: example-chapter#nowhere\n',
    );
    expect(problemsOf(root)).toEqual([
      `${root}/data/events/2025-04-15-example.yaml › entry "2025-04-15-example" › field "chapter": no section [#nowhere] in content/en/saga/example-chapter.mdx (known: a-section)`,
    ]);
  });

  test('rejects unknown fields instead of dropping them', () => {
    const root = variant('data/actors.yaml', '- id: nvidia\n  name: { en: Nvidia, fr: Nvidia }\n  group: company\n  colour: green\n');
    expect(problemsOf(root)).toContain(`${root}/data/actors.yaml › entry "nvidia": unknown field(s): colour`);
  });

  test('rejects an event pointing at an unknown chapter, actor and source', () => {
    const root = variant(
      'data/events/2025-04-15-example.yaml',
      'date: 2025-04-15\nprecision: day\ntitle: { en: T, fr: T }\nsummary: { en: S, fr: S }\ntrack: nvidia\nactors: [nobody]\nimportance: 2\nsources: [nothing]\nchapter: no-chapter\n',
    );
    const file = `${root}/data/events/2025-04-15-example.yaml › entry "2025-04-15-example"`;
    expect(problemsOf(root)).toEqual([
      `${file} › field "sources[0]": unknown source id "nothing"`,
      `${file} › field "actors[0]": unknown actor id "nobody"`,
      `${file} › field "chapter": no saga chapter "content/en/saga/no-chapter.mdx"`,
    ]);
  });
});

describe('loadSiteData: rule versions', () => {
  const RULE = 'data/rules/2022-10-example-rule.yaml';
  const good = 'name: { en: R, fr: R }\nsummary: { en: S, fr: S }\nkind: rule\ncitation: null\ntest: { kind: tpp-and-io, tppMin: 4800, ioMinGBs: 600 }\ndestinations: { text: { en: China, fr: Chine } }\n';

  test('accepts the fixture rule, with its id taken from the file name', () => {
    expect(loadSiteData(GOOD).rules.map((r) => r.data.id)).toEqual(['2022-10-example-rule']);
  });

  test('names file, entry and field of unknown sources, chips and superseded rules', () => {
    const root = variant(RULE, `${good}announced: 2022-10-07\npublished: 2022-10-13\neffective: 2022-10-07\nsources: [nothing]\nchips: [no-chip]\nsupersedes: [2022-08-no-letter]\n`);
    const at = `${root}/${RULE} › entry "2022-10-example-rule"`;
    expect(problemsOf(root)).toEqual([
      `${at} › field "sources[0]": unknown source id "nothing"`,
      `${at} › field "chips[0]": unknown chip id "no-chip"`,
      `${at} › field "supersedes[0]": unknown rule id "2022-08-no-letter"`,
    ]);
  });

  test('rejects a rule published before it was announced', () => {
    const root = variant(RULE, `${good}announced: 2022-10-13\npublished: 2022-10-07\neffective: 2022-10-07\nsources: [example-2025-04-15]\n`);
    expect(problemsOf(root)).toEqual([`${root}/${RULE} › entry "2022-10-example-rule" › field "published": published (2022-10-07) is before announced (2022-10-13)`]);
  });

  test('rejects an id that differs from the file name, and a version that replaces itself', () => {
    const root = variant(RULE, `id: 2022-11-other\n${good}announced: null\npublished: null\neffective: 2022-10-07\nsources: [example-2025-04-15]\nsupersedes: [2022-11-other]\n`);
    const at = `${root}/${RULE} › entry "2022-11-other"`;
    expect(problemsOf(root)).toEqual([`${at} › field "supersedes[0]": a rule version cannot point at itself`, `${at} › field "id": must equal the file name "2022-10-example-rule"`]);
  });

  test('rejects a missing date key and an unknown test kind, naming each field', () => {
    const bad = good.replace('kind: tpp-and-io, ', 'kind: tpp-only, ');
    const root = variant(RULE, `${bad}announced: 2022-10-07\neffective: 2022-10-07\nsources: [example-2025-04-15]\n`);
    const lines = problemsOf(root);
    expect(lines).toContain(`${root}/${RULE} › entry "2022-10-example-rule" › field "published": is required (expected string)`);
    expect(lines.some((l) => l.startsWith(`${root}/${RULE} › entry "2022-10-example-rule" › field "test.kind"`))).toBe(true);
  });
});
