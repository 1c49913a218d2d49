import type { Rule } from '../../schemas/rule.ts';

/**
 * What the evaluators read of a rule version: its kind, dates, scope, lines and links to other
 * versions, without the prose (names, summaries, doubts) and the sources. Every `Rule` is one;
 * the rule explorer sends only this to the browser, so its script does not carry the texts of
 * both languages.
 */
export type RuleCore = Pick<
  Rule,
  | 'id'
  | 'kind'
  | 'announced'
  | 'published'
  | 'effective'
  | 'compliance'
  | 'addressees'
  | 'metrics'
  | 'test'
  | 'chips'
  | 'supersedes'
  | 'amends'
  | 'rescinds'
> & {
  earlyApplication: readonly { date: string; chips: readonly string[] }[];
  milestones: readonly { date: string }[];
};

/** The core of a rule version, as plain data (for JSON). */
export function ruleCore(rule: Rule): RuleCore {
  return {
    id: rule.id,
    kind: rule.kind,
    announced: rule.announced,
    published: rule.published,
    effective: rule.effective,
    compliance: rule.compliance,
    addressees: rule.addressees,
    metrics: rule.metrics,
    test: rule.test,
    chips: rule.chips,
    supersedes: rule.supersedes,
    amends: rule.amends,
    rescinds: rule.rescinds,
    earlyApplication: rule.earlyApplication.map((e) => ({ date: e.date, chips: e.chips })),
    milestones: rule.milestones.map((m) => ({ date: m.date })),
  };
}
