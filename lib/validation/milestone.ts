import { z } from 'zod';
import { MILESTONE_STATUSES } from '@/db/enums';
import { enumOf, optionalText, partialDate, requiredText } from './fields';

export const milestoneBase = z.object({
  titleZh: requiredText(200),
  titleEn: optionalText(200),
  plannedOn: partialDate,
  actualOn: partialDate,
  status: enumOf(MILESTONE_STATUSES),
});

export const milestoneCreateSchema = milestoneBase.partial({ titleEn: true, actualOn: true, status: true }).strict();
export const milestoneStatusSchema = milestoneBase.pick({ status: true, actualOn: true }).partial({ actualOn: true }).strict();
