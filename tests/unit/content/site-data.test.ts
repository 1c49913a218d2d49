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
