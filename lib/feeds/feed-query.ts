import { z } from 'zod';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { RECORD_CODE } from '@/lib/validation/fields';
import { parseProjectFilters, type FilterError, type ProjectFilters } from '@/lib/project-filters';

// What a feed URL asks for: the project list's filters (city, category, …), or one project by
// its code, the language, and the page (entries older than `before`, a history entry's id).
export type FeedQuery = { filters: ProjectFilters; project?: string; lang: Locale; before?: number };

const extraSchema = z.object({
  project: z.string().regex(RECORD_CODE, 'a project code').optional(),
  lang: z.enum(LOCALES).default('zh'),
  before: z.coerce.number().int().min(1).optional(),
});

export function parseFeedQuery(
  params: Record<string, string>,
  cityCodes: readonly string[],
): { query: FeedQuery; error?: undefined } | { error: FilterError | { param: string; message: string } } {
  const parsed = parseProjectFilters(params, cityCodes);
  if (parsed.error) return { error: parsed.error };
  const extra = extraSchema.safeParse({
    project: params.project || undefined,
    lang: params.lang || undefined,
    before: params.before || undefined,
  });
  if (!extra.success) {
    const issue = extra.error.issues[0];
    return { error: { param: String(issue.path[0]), message: issue.message } };
  }
  return { query: { filters: parsed.filters, ...extra.data } };
}

// The query part of a feed's address, the same for every link to the same feed.
export function feedSearch(query: FeedQuery, before?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query.filters)) if (value !== undefined) params.set(key, String(value));
  if (query.project) params.set('project', query.project);
  if (query.lang !== 'zh') params.set('lang', query.lang);
  if (before !== undefined) params.set('before', String(before));
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : '';
}
