// The real build refuses bad content and says where: `astro sync` runs the content loaders
// exactly as `astro build` does, against a fixture tree chosen with H20_CONTENT_DIR.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function sync(contentDir) {
  const result = spawnSync('npx', ['astro', 'sync'], {
    env: {
      ...process.env,
      H20_CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: `node_modules/.astro-fixture-${contentDir.replace(/\W+/g, '-')}`,
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('the build fails on an unknown source id, naming the file, the page and the field', () => {
  const { status, output } = sync('tests/fixtures/content-bad-source');
  assert.notEqual(status, 0);
  assert.match(
    output,
    /tests\/fixtures\/content-bad-source\/en\/saga\/example-chapter\.mdx › entry "en\/saga\/example-chapter" › field "<Cite id>\[0\]": unknown source id "no-such-source"/,
  );
});

test('the build fails on a page without its French translation, naming the page', () => {
  const { status, output } = sync('tests/fixtures/content-missing-fr');
  assert.notEqual(status, 0);
  assert.match(
    output,
    /en\/saga\/example-chapter\.mdx › entry "en\/saga\/example-chapter": has no French page: add tests\/fixtures\/content-missing-fr\/fr\/saga\/example-chapter\.mdx/,
  );
});

test('the build fails on bad frontmatter, naming the file, the page and each field', () => {
  const { status, output } = sync('tests/fixtures/content-bad-frontmatter');
  assert.notEqual(status, 0);
  assert.match(output, /pages → fr\/saga\/example-chapter/);
  assert.match(output, /summary.*Too small: expected string to have >=20 characters/);
  assert.match(output, /updated.*Required/);
  assert.match(output, /tests\/fixtures\/content-bad-frontmatter\/fr\/saga\/example-chapter\.mdx/);
});

test('the good fixture passes the same step', () => {
  const { status, output } = sync('tests/fixtures/content-good');
  assert.equal(status, 0, output);
});

test('the build fails on a hand-typed date that contradicts its event, naming file:line and both dates', () => {
  const { status, output } = sync('tests/fixtures/content-bad-date');
  assert.notEqual(status, 0);
  assert.match(
    output,
    /content-bad-date\/en\/saga\/example-chapter\.mdx:11 › entry "en\/saga\/example-chapter": "14 April 2025" matches neither the date of the event its sources tell, 2025-04-15-example \(2025-04-15\)/,
  );
  assert.match(output, /content-bad-date\/fr\/saga\/example-chapter\.mdx:11 .*"14 avril 2025"/);
});

test('the build fails on a chip date that contradicts its event, naming both files', () => {
  const { status, output } = sync('tests/fixtures/content-bad-chip-date');
  assert.notEqual(status, 0);
  assert.match(
    output,
    /content-bad-chip-date\/data\/events\/2025-04-15-example\.yaml › entry "2025-04-15-example" › field "chipStep": says this is when example-chip was announced \(2025-04-15\), but tests\/fixtures\/content-bad-chip-date\/data\/chips\/example-chip\.yaml › field "announced\.value" says 2025-03/,
  );
});

test('the build fails on a <RuleFigure> naming a line its rule does not have, naming the file, the page, the rule and the field', () => {
  const { status, output } = sync('tests/fixtures/content-bad-rule-figure');
  assert.notEqual(status, 0);
  assert.match(
    output,
    /content-bad-rule-figure\/en\/saga\/example-chapter\.mdx › entry "en\/saga\/example-chapter" › field "<RuleFigure>\[1\]": rule "2022-10-example-rule" has no line "pdMin"/,
  );
  assert.doesNotMatch(output, /fr\/saga\/example-chapter\.mdx.*RuleFigure/);
});
