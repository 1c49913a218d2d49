/**
 * The shareable address of a search: `/en/search/?q=revenue+share&section=saga`. A module of its
 * own because the header box needs it before any search code has loaded.
 */
export function searchPageUrl(lang: string, query: string, section?: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (section) params.set('section', section);
  const qs = params.toString();
  return `/${lang}/search/${qs ? `?${qs}` : ''}`;
}
