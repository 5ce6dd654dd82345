// Names in a run: the Chinese enumeration comma in Chinese, a comma and space in English.
export function joinNames(locale: string, names: string[]): string {
  return names.join(locale === 'en' ? ', ' : '、');
}
