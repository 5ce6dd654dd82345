import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/action-form';
import type { Milestone } from '@/db/core/schema';
import { setMilestonePublicationAction, setMilestoneStatusAction } from './actions';
import { MilestoneForm } from './milestone-form';

type Props = { code: string; milestones: Milestone[]; editable: boolean; canPublish: boolean };

export async function MilestonesSection({ code, milestones, editable, canPublish }: Props) {
  const t = await getTranslations('editing.milestones');
  return (
    <section aria-labelledby="milestones" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="milestones" className="font-semibold">
        {t('title')}
      </h2>
      {milestones.length === 0 ? (
        <p className="text-sm text-slate-600">{t(editable ? 'emptyEditable' : 'empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {milestones.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2 py-2">
              <span className="flex-1">
                {m.titleZh}
                {m.plannedOn && <span className="text-slate-500"> · {t('planned', { date: m.plannedOn })}</span>}
                {m.actualOn && <span className="text-slate-500"> · {t('actual', { date: m.actualOn })}</span>}
              </span>
              <span className="rounded bg-slate-100 px-2">{t(`status.${m.status}`)}</span>
              <span className="rounded bg-slate-100 px-2">{t(`publication.${m.publication}`)}</span>
              {editable &&
                (['met', 'not_met'] as const)
                  .filter((s) => s !== m.status)
                  .map((status) => (
                    <ActionForm key={status} action={setMilestoneStatusAction}>
                      <input type="hidden" name="code" value={code} />
                      <input type="hidden" name="id" value={m.id} />
                      <input type="hidden" name="version" value={m.version} />
                      <input type="hidden" name="status" value={status} />
                      <button
                        type="submit"
                        className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100"
                        aria-label={t(`mark.${status}Label`, { title: m.titleZh })}
                      >
                        {t(`mark.${status}`)}
                      </button>
                    </ActionForm>
                  ))}
              {canPublish && (
                <ActionForm action={setMilestonePublicationAction}>
                  <input type="hidden" name="code" value={code} />
                  <input type="hidden" name="id" value={m.id} />
                  <input type="hidden" name="version" value={m.version} />
                  <input
                    type="hidden"
                    name="publication"
                    value={m.publication === 'published' ? 'draft' : 'published'}
                  />
                  <button
                    type="submit"
                    className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100"
                    aria-label={t(m.publication === 'published' ? 'unpublishLabel' : 'publishLabel', {
                      title: m.titleZh,
                    })}
                  >
                    {t(m.publication === 'published' ? 'unpublish' : 'publish')}
                  </button>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <MilestoneForm code={code} />}
    </section>
  );
}
