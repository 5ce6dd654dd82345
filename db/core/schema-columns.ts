// Columns every record table shares.
import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';
import { PUBLICATION_STATES } from '@/lib/enums';

// Dates the article gives with varying precision are kept as partial ISO strings:
// '2021', '2021-10' or '2021-10-20'. They sort correctly as text and say their own precision.
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
export const updatedAt = () =>
  text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
export const publication = () => text('publication', { enum: PUBLICATION_STATES }).notNull().default('draft');
export const version = () => integer('version').notNull().default(1);
export const deletedAt = () => text('deleted_at');
