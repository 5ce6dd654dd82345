import { NextResponse } from 'next/server';
import type { FilterError } from '@/lib/project-filters';

export function jsonData<T>(data: T, init?: ResponseInit & { extra?: Record<string, unknown> }) {
  return NextResponse.json({ data, ...(init?.extra ?? {}) }, init);
}

// An answer of the API before it is a response: the data layer's API shapes say what to answer,
// the route handlers turn it into a response.
export type ApiAnswer = { status: number; payload: unknown; etag?: string };

export function errorAnswer(status: number, message: string, details?: Record<string, unknown>): ApiAnswer {
  return { status, payload: { error: { status, message, ...details } } };
}

export function answerResponse({ status, payload, etag }: ApiAnswer) {
  return NextResponse.json(payload, { status, headers: etag ? { ETag: etag } : undefined });
}

export function jsonError(status: number, message: string, details?: Record<string, unknown>) {
  return answerResponse(errorAnswer(status, message, details));
}

export function badFilter(error: FilterError) {
  return jsonError(
    400,
    `Invalid value "${error.value}" for parameter "${error.param}". Allowed values: ${error.allowed.join(', ')}.`,
    {
      param: error.param,
      allowed: error.allowed,
    },
  );
}
