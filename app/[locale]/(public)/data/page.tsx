import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OPEN_DATA_LICENSE, oc4idsPrefix, PLACEHOLDER_OC4IDS_PREFIX } from '@/lib/oc4ids/settings';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'openData.page' });
  return { title: t('title'), description: t('lead') };
}

// Every download, its format, how often it changes and a request to try. The page reads no data,
// so it is prerendered at build time in both languages, like /about.
const DOWNLOADS = [
  { what: 'oc4ids', format: 'OC4IDS 0.9 (JSON)', example: '/api/v1/oc4ids?city=370300' },
  { what: 'atom', format: 'Atom (RFC 4287)', example: '/feed.atom?city=370300' },
  { what: 'json', format: 'JSON Feed 1.1', example: '/feed.json?category=rail' },
  { what: 'api', format: 'JSON', example: '/api/v1/projects?limit=20' },
  { what: 'csv', format: 'CSV', example: '/dashboard/export?format=csv' },
  { what: 'jsonExport', format: 'JSON', example: '/dashboard/export?format=json' },
] as const;

export default async function OpenDataPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations('openData.page');
  const placeholderPrefix = oc4idsPrefix() === PLACEHOLDER_OC4IDS_PREFIX;
  return (
    <article className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead')}</p>
        <p>
          <a className="underline" href={OPEN_DATA_LICENSE.url} rel="license">
            {t('licence', { name: OPEN_DATA_LICENSE.name })}
          </a>
        </p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t('tableCaption')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t('columnWhat')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('columnFormat')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('columnUpdated')}
              </th>
              <th scope="col" className="py-2">
                {t('columnExample')}
              </th>
            </tr>
          </thead>
          <tbody>
            {DOWNLOADS.map((download) => (
              <tr key={download.what} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {t(download.what)}
                </th>
                <td className="py-2 pr-4 whitespace-nowrap">{download.format}</td>
                <td className="py-2 pr-4">{t('whenWritten')}</td>
                <td className="py-2 break-all">
                  <a className="font-mono underline" href={download.example}>
                    {download.example}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="oc4ids-heading" className="space-y-2">
        <h2 id="oc4ids-heading" className="text-lg font-semibold">
          {t('oc4idsHeading')}
        </h2>
        <p>{t('oc4idsText')}</p>
        {placeholderPrefix && <p className="text-sm text-slate-600">{t('prefixPlaceholder')}</p>}
      </section>
    </article>
  );
}
