import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DISTRICT_KINDS } from '@/lib/enums';

// The seven cities and the districts the article names.
export const cities = sqliteTable('cities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  centroidLng: real('centroid_lng').notNull(),
  centroidLat: real('centroid_lat').notNull(),
});

export const districts = sqliteTable(
  'districts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: DISTRICT_KINDS }).notNull(),
  },
  (t) => [index('districts_city_idx').on(t.cityId)],
);
