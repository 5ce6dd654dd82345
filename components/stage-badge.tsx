import { getTranslations } from 'next-intl/server';
import type { Stage } from '@/lib/enums';
import { STAGE_GROUP } from '@/lib/enums';

const GROUP_STYLE = {
  planned: 'bg-amber-50 text-amber-900 ring-amber-300',
  underway: 'bg-sky-50 text-sky-900 ring-sky-300',
  done: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-300',
} as const;

export async function StageBadge({ stage }: { stage: Stage }) {
  const t = await getTranslations('stage');
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${GROUP_STYLE[STAGE_GROUP[stage]]}`}
    >
      {t(stage)}
    </span>
  );
}
