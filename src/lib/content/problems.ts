import type { z } from 'astro/zod';

/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when the problem is on one line of an MDX page. */
  line?: number;
  /** Entry id (or page id) inside the file, when there is one. */
  entry?: string;
  /** Field path, e.g. `sources[1]` or `title.fr`. */
  field?: string;
  /** What is wrong, e.g. `unknown source id "foo"`. */
  message: string;
}

/** Thrown when content does not validate; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** `content/data/events/x.yaml › entry "x" › field "sources[0]": unknown source id "y"` (`file:line` for a line of a page). */
export function formatProblem(p: ContentProblem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file, p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`].filter(Boolean).join(' › ');
  return `${where}: ${p.message}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${formatProblem(p)}`);
  return `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** `['sources', 1, 'id']` → `sources[1].id` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Parses one entry; returns its data, or records one problem per zod issue and returns undefined. */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: { file: string; entry?: string },
  problems: ContentProblem[],
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ ...where, field: fieldPath(issue.path) || undefined, message: describeIssue(issue) });
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is required (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}
