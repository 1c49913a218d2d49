/**
 * Replaces `{name}` placeholders in a UI string: `fill('{count} results', { count: 3 })`.
 * A missing value leaves its placeholder visible, so a forgotten argument shows up in review.
 * Dependency-free so browser scripts can import it without pulling in the dictionaries.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
