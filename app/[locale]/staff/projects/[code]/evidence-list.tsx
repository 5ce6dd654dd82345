import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/action-form';
import type { fetchProjectAttachments } from '@/db/evidence/queries';
import { setEvidencePublicationAction } from './actions';

export async function EvidenceList({
  code,
  attachments,
  canPublish,
}: {
  code: string;
  attachments: ReturnType<typeof fetchProjectAttachments>;
  canPublish: boolean;
}) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="evidence" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="evidence" className="font-semibold">
        {t('editing.evidence.title')}
      </h2>
      {attachments.length === 0 ? (
        <p className="text-sm text-slate-600">{t('editing.evidence.empty')}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2">
              <a href={`/evidence/${a.id}`} className="text-brand-700 underline">
                {a.fileName}
              </a>
              <span className="text-slate-500">
                {Math.ceil(a.sizeBytes / 1024)} KB · {t(`common.${a.publication}`)}
              </span>
              {canPublish && (
                <ActionForm action={setEvidencePublicationAction}>
                  <input type="hidden" name="code" value={code} />
                  <input type="hidden" name="id" value={a.id} />
                  <input
                    type="hidden"
                    name="publication"
                    value={a.publication === 'published' ? 'draft' : 'published'}
                  />
                  <button type="submit" className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100">
                    {t(a.publication === 'published' ? 'editing.evidence.unpublish' : 'editing.evidence.publish')}
                  </button>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
