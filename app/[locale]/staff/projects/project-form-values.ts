import type { fetchProjectByCode } from '@/db/projects/queries';
import type { FormValues } from '@/lib/validation/form-state';

type Found = NonNullable<ReturnType<typeof fetchProjectByCode>>;

// The stored project as the strings its edit form starts from.
export function projectFormValues({ project, cities }: Found): FormValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    code: project.code,
    nameZh: project.nameZh,
    nameEn: project.nameEn,
    category: project.category,
    stage: project.stage,
    health: project.health ?? 'on_track',
    healthInternal: project.healthInternal ? 'on' : '',
    progress: text(project.progress),
    plannedStart: text(project.plannedStart),
    plannedEnd: text(project.plannedEnd),
    actualStart: text(project.actualStart),
    actualEnd: text(project.actualEnd),
    baselineStart: text(project.baselineStart),
    baselineEnd: text(project.baselineEnd),
    // A moved forecast needs its own reason: the last one is not offered again.
    scheduleReason: '',
    cityCodes: cities.map((c) => c.code),
    publication: project.publication,
    internalNote: text(project.internalNote),
  };
}
