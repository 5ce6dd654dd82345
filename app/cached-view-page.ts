import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { pageLocale } from '@/lib/i18n/page-locale';

type Params = Promise<{ locale: string; view: string }>;

// A cached view's page (app/[locale]/…/cached-view/[view]/page.tsx): the view name is read back
// into its query, and anything the proxy would not have made is not found. No view is rendered
// at build time, since the build machine's database is not the one served: each is rendered on
// its first request and then served from the full-route cache until a write expires its tags.
export function cachedViewPage(
  readQuery: (view: string) => Record<string, string> | null,
  metadata: (query: Record<string, string>) => Promise<Metadata>,
  render: (query: Record<string, string>) => ReactNode,
) {
  return {
    generateStaticParams: () => [],
    generateMetadata: async ({ params }: { params: Params }) => {
      const [, { view }] = await Promise.all([pageLocale(params), params]);
      return metadata(readQuery(view) ?? {});
    },
    Page: async ({ params }: { params: Params }) => {
      const [, { view }] = await Promise.all([pageLocale(params), params]);
      const query = readQuery(view);
      if (!query) notFound();
      return render(query);
    },
  };
}
