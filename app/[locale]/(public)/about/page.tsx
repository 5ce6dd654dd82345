import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { STAGES } from '@/lib/enums';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'about' });
  return { title: t('title'), description: t('lead') };
}

// What the tracker is and how to read it. It reads no data, so it is prerendered at build time
// in both languages: the benchmark's floor for a page of this app (bench/run.ts).
export default async function AboutPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations();
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('about.title')}</h1>
        <p className="text-slate-700">{t('about.lead')}</p>
      </header>
      <section aria-labelledby="about-source" className="space-y-2">
        <h2 id="about-source" className="text-lg font-semibold">
          {t('about.sourceHeading')}
        </h2>
        <p>{t('about.source')}</p>
        <p className="text-sm text-slate-600">{t('app.sourceNote')}</p>
      </section>
      <section aria-labelledby="about-stages" className="space-y-2">
        <h2 id="about-stages" className="text-lg font-semibold">
          {t('about.stagesHeading')}
        </h2>
        <p>{t('about.stages')}</p>
        <ol className="list-decimal space-y-1 pl-6">
          {STAGES.map((stage) => (
            <li key={stage}>{t(`stage.${stage}`)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="about-reuse" className="space-y-2">
        <h2 id="about-reuse" className="text-lg font-semibold">
          {t('about.reuseHeading')}
        </h2>
        <p>{t('about.reuse')}</p>
      </section>
      <section aria-labelledby="about-map" className="space-y-2">
        <h2 id="about-map" className="text-lg font-semibold">
          {t('about.mapHeading')}
        </h2>
        <p>{t('map.notice')}</p>
      </section>
    </article>
  );
}
