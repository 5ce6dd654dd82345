import type { NextRequest } from 'next/server';
import { feedResponse } from '@/app/feed-response';

export const dynamic = 'force-dynamic';

// The public changes as an Atom feed, newest first: ?city=&category=&project=&lang=en&before=.
export function GET(request: NextRequest) {
  return feedResponse(request, 'atom');
}
