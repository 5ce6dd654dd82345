import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Health } from '@/lib/enums';
import { visibleWhere, type ReadScope } from '@/db/core/read-scope';
import * as t from '@/db/core/schema';

// What the public may see of a project, decided here and nowhere else: published projects that
// are not deleted, without their internal note, and without a health rating staff keep internal.
// Every public output of projects (pages, API, export, map, dashboard, cached views) reads
// projects through these.

export function projectRowsWhere(scope: ReadScope): SQL {
  return visibleWhere(scope, t.projects);
}

type HealthColumns = { health: SQLiteColumn; healthInternal: SQLiteColumn };

// A health filter: a rating kept internal does not exist for the public, so it matches nothing.
export function healthMatchWhere(scope: ReadScope, columns: HealthColumns, health: SQL): SQL {
  return scope === 'public' ? and(health, eq(columns.healthInternal, false))! : health;
}

type WithHealth = { health: Health | null; healthInternal: boolean };
type Public<T> = Omit<T, 'health'> & { health: Health | null };

export function toPublicProject<T extends WithHealth>(project: T): Public<T> {
  const hidden = 'internalNote' in project ? { internalNote: null } : {};
  return { ...project, ...hidden, health: project.healthInternal ? null : project.health };
}

export function projectForReader<T extends WithHealth>(scope: ReadScope, project: T): Public<T> {
  return scope === 'internal' ? project : toPublicProject(project);
}
