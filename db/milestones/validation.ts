import { z } from 'zod';
import { MILESTONE_STATUSES, PUBLICATION_STATES } from '@/lib/enums';
import { enumOf, optionalText, partialDate, requiredText } from '@/lib/validation/fields';

export const milestoneBase = z.object({
  titleZh: requiredText(200),
  titleEn: optionalText(200),
  plannedOn: partialDate,
  actualOn: partialDate,
  status: enumOf(MILESTONE_STATUSES),
  publication: enumOf(PUBLICATION_STATES),
});

export const milestoneCreateSchema = milestoneBase
  .omit({ publication: true })
  .partial({ titleEn: true, actualOn: true, status: true })
  .strict();
export const milestoneStatusSchema = milestoneBase
  .pick({ status: true, actualOn: true })
  .partial({ actualOn: true })
  .strict();
export const milestonePublicationSchema = milestoneBase.pick({ publication: true }).strict();
