import { NextResponse } from 'next/server';

// The API's index, prerendered at build time: it never changes between deployments.
export const dynamic = 'force-static';

const ENDPOINTS = [
  { path: '/api/v1/projects', params: ['category', 'stage', 'status', 'health', 'city', 'q', 'limit', 'cursor'] },
  { path: '/api/v1/projects/{code}', params: [] },
  { path: '/api/v1/agreements', params: ['q'] },
  { path: '/api/v1/organizations', params: ['q'] },
  { path: '/api/v1/cities', params: ['q'] },
  { path: '/api/v1/indicators', params: ['q'] },
  { path: '/api/v1/events', params: ['q'] },
  { path: '/api/v1/plans', params: ['q'] },
  { path: '/api/v1/oc4ids', params: ['category', 'stage', 'status', 'health', 'city'] },
  { path: '/api/v1/oc4ids/{code}', params: [] },
  { path: '/feed.atom', params: ['category', 'stage', 'status', 'health', 'city', 'project', 'lang', 'before'] },
  { path: '/feed.json', params: ['category', 'stage', 'status', 'health', 'city', 'project', 'lang', 'before'] },
];

export function GET() {
  return NextResponse.json({
    data: { name: 'Jinan economic circle integration tracker — open data', endpoints: ENDPOINTS },
  });
}
