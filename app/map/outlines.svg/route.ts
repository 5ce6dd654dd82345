import { outlinesDocument } from '@/lib/geo/province-svg';

// The city outlines are the same for every reader and every view, and are most of the map's
// weight. Served once as a file that browsers keep (the page links it with a version), they
// stay out of every page and every navigation's payload.
export const dynamic = 'force-static';

export function GET() {
  return new Response(outlinesDocument(), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
