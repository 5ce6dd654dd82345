import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ProjectHistoryPage } from '@/db/projects/project-history';
import { formatMoment } from '@/lib/format-date';

// A page of a project's history, newest first, with links to older and back to the newest
// entries at `path` (the public or the staff page of the project).
export async function ProjectHistory({
  page,
  path,
  invalidBefore = false,
}: {
  page: ProjectHistoryPage;
  path: string;
  invalidBefore?: boolean;
}) {
  const t = await getTranslations();
  const history = page.entries;
  const fieldLabel = (field: string) =>
    t.has(`project.field.${field}`) ? t(`project.field.${field}` as 'project.field.stage') : field;
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return t('project.empty');
    if (field === 'stage' && typeof value === 'string') return t(`stage.${value}` as 'stage.completion');
    if (field === 'health' && typeof value === 'string') return t(`health.${value}` as 'health.on_track');
    if (field === 'progress') return `${value}%`;
    if (field === 'scheduleReason' && typeof value === 'string')
      return t(`scheduleReason.${value}` as 'scheduleReason.other');
    if (field === 'late') return t(value ? 'project.schedule.yes' : 'project.schedule.no');
    return String(value);
  };
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="font-semibold">
        {t('project.history')}
      </h2>
      {invalidBefore && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {t('project.historyBeforeInvalid')}
        </p>
      )}
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">{t(page.newest ? 'project.noHistory' : 'project.noOlderHistory')}</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
          {history.map((entry) => (
            <li key={entry.id} className="relative">
              <span
                aria-hidden
                className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600"
              />
              <p className="text-sm text-slate-500">
                <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time> · {t('project.version')}{' '}
                {entry.version}
                {entry.userName ? ` · ${t('project.historyBy', { name: entry.userName })}` : ''}
              </p>
              <ul className="text-sm">
                {entry.changes.map((c, i) => (
                  <li key={i}>
                    {t('project.change', {
                      field: fieldLabel(c.field),
                      from: show(c.field, c.from),
                      to: show(c.field, c.to),
                    })}
                  </li>
                ))}
              </ul>
              {entry.note && <p className="mt-1 text-sm italic text-slate-700">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <HistoryPager page={page} path={path} />
    </section>
  );
}

async function HistoryPager({ page, path }: { page: ProjectHistoryPage; path: string }) {
  if (page.newest && page.olderBefore === null) return null;
  const t = await getTranslations('project');
  return (
    <nav aria-label={t('historyPages')} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {!page.newest && (
        <Link className="text-brand-700 underline" href={`${path}#history`}>
          {t('historyNewest')}
        </Link>
      )}
      {page.olderBefore !== null && (
        <Link className="text-brand-700 underline" href={`${path}?before=${page.olderBefore}#history`}>
          {t('historyOlder')}
        </Link>
      )}
    </nav>
  );
}
