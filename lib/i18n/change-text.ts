// The words for one change of a project's history, shared by the dashboard's "what changed"
// card and the change feeds, so a change reads the same wherever it is shown.
export type ChangeTranslator = {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
};

const LABELLED_VALUES = new Set(['stage', 'health', 'category']);

export function changeFieldName(t: ChangeTranslator, field: string): string {
  return t.has(`project.field.${field}`) ? t(`project.field.${field}`) : field;
}

export function changeValueText(t: ChangeTranslator, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('dashboard.changes.empty');
  if (LABELLED_VALUES.has(field) && t.has(`${field}.${String(value)}`)) return t(`${field}.${String(value)}`);
  return field === 'progress' ? `${value}%` : String(value);
}

export function changeSentence(t: ChangeTranslator, change: { field: string; from: unknown; to: unknown }): string {
  return t('dashboard.changes.change', {
    field: changeFieldName(t, change.field),
    from: changeValueText(t, change.field, change.from),
    to: changeValueText(t, change.field, change.to),
  });
}
