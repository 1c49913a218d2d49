import type { ContentProblem } from './problems.ts';

/** Where a problem sits: the file and the entry inside it. */
export interface At {
  file: string;
  entry: string;
}

/** Records one problem per id that is not in `known`, naming the field and index (`sources[1]`). */
export function refs(ids: readonly string[], known: Set<string>, field: string, what: string, at: At, problems: ContentProblem[]): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push({ ...at, field: `${field}[${i}]`, message: `unknown ${what} id "${id}"` });
  });
}

/** The id a per-file entry must carry: its file name without folder or `.yaml`. */
export function basename(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}
