import { getTranslations } from 'next-intl/server';
import type { Stage } from '@/lib/enums';
import { STAGE_GROUP } from '@/lib/enums';

// Coloured by its stage's group; the colours are the .stage-badge rules in globals.css, written
// once there rather than on every badge of a list and again in its RSC payload.
export async function StageBadge({ stage }: { stage: Stage }) {
  const t = await getTranslations('stage');
  return (
    <span className="stage-badge" data-group={STAGE_GROUP[stage]}>
      {t(stage)}
    </span>
  );
}
