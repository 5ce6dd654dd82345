import { NextResponse } from 'next/server';
import type { FilterError } from '@/lib/project-filters';

export function jsonData<T>(data: T, init?: ResponseInit & { extra?: Record<string, unknown> }) {
  return NextResponse.json({ data, ...(init?.extra ?? {}) }, init);
}

export function jsonError(status: number, message: string, details?: Record<string, unknown>) {
  return NextResponse.json({ error: { status, message, ...details } }, { status });
}

export function badFilter(error: FilterError) {
  return jsonError(400, `Invalid value "${error.value}" for parameter "${error.param}". Allowed values: ${error.allowed.join(', ')}.`, {
    param: error.param, allowed: error.allowed,
  });
}
