import type { Rule } from '../../schemas/rule.ts';
import type { Located } from './integrity.ts';
import type { ContentProblem } from './problems.ts';
import { type At,basename, refs } from './refs.ts';

/** The ids a rule version may point at. */
export interface RuleRefs {
  sourceIds: Set<string>;
  chipIds: Set<string>;
  ruleIds: Set<string>;
}

/**
 * Cross-checks of the rule versions: every source, chip and rule id resolves, a version does
 * not point at itself, `announced` is not after `published`, and the id equals the file name.
 */
export function checkRules(rules: readonly Located<Rule>[], known: RuleRefs, problems: ContentProblem[]): void {
  for (const { file, data: rule } of rules) {
    const at: At = { file, entry: rule.id };
    refs(rule.sources, known.sourceIds, 'sources', 'source', at, problems);
    rule.doubts.forEach((d, i) => refs(d.sources, known.sourceIds, `doubts[${i}].sources`, 'source', at, problems));
    rule.milestones.forEach((m, i) => refs(m.sources, known.sourceIds, `milestones[${i}].sources`, 'source', at, problems));
    rule.earlyApplication.forEach((e, i) => {
      refs(e.sources, known.sourceIds, `earlyApplication[${i}].sources`, 'source', at, problems);
      refs(e.chips, known.chipIds, `earlyApplication[${i}].chips`, 'chip', at, problems);
    });
    if (rule.test.kind === 'bandwidth-letter') {
      rule.test.readings.forEach((r, i) => refs(r.sources, known.sourceIds, `test.readings[${i}].sources`, 'source', at, problems));
    }
    if (rule.test.kind === 'named-chips-and-peers') refs([rule.test.referenceChip], known.chipIds, 'test.referenceChip', 'chip', at, problems);
    refs(rule.chips, known.chipIds, 'chips', 'chip', at, problems);
    for (const field of ['supersedes', 'amends', 'rescinds'] as const) {
      refs(rule[field], known.ruleIds, field, 'rule', at, problems);
      rule[field].forEach((id, i) => {
        if (id === rule.id) problems.push({ ...at, field: `${field}[${i}]`, message: 'a rule version cannot point at itself' });
      });
    }
    if (rule.announced && rule.published && isAfter(rule.announced, rule.published)) {
      problems.push({ ...at, field: 'published', message: `published (${rule.published}) is before announced (${rule.announced})` });
    }
    const expectedId = basename(file);
    if (expectedId !== rule.id) problems.push({ ...at, field: 'id', message: `must equal the file name "${expectedId}"` });
  }
}

/** True when partial date `a` is certainly after `b` (compared at the precision both share). */
function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}
