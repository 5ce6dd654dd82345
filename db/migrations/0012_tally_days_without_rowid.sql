-- tally_days becomes a WITHOUT ROWID table: its rows kept in primary-key order with their
-- totals, which the covering index tally_days_values_idx used to repeat. A write to a day's totals
-- then changes one b-tree instead of two, and a read of a key's day is still one probe.
-- The view that writes into it, and that view's trigger, are made again as 0009 made them.
CREATE TABLE tally_days_before AS SELECT * FROM tally_days;
--> statement-breakpoint
DROP VIEW tally_day_changes;
--> statement-breakpoint
DROP INDEX `tally_days_values_idx`;
--> statement-breakpoint
DROP TABLE tally_days;
--> statement-breakpoint
CREATE TABLE `tally_days` (
	`city_id` integer NOT NULL,
	`published` integer NOT NULL,
	`category` text NOT NULL,
	`stage` text NOT NULL,
	`health` text NOT NULL,
	`health_internal` integer NOT NULL,
	`late` integer NOT NULL,
	`day` text NOT NULL,
	`projects` integer NOT NULL,
	`progress_sum` integer NOT NULL,
	`progress_reported` integer NOT NULL,
	`slip_days` integer NOT NULL,
	`baselined` integer NOT NULL,
	PRIMARY KEY(`city_id`, `published`, `category`, `stage`, `health`, `health_internal`, `late`, `day`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO tally_days SELECT * FROM tally_days_before;
--> statement-breakpoint
DROP TABLE tally_days_before;
--> statement-breakpoint
CREATE VIEW tally_day_changes AS
SELECT city_id, published, category, stage, health, health_internal, late, day, projects, progress_sum, progress_reported, slip_days, baselined FROM tally_days WHERE 0;
--> statement-breakpoint
CREATE TRIGGER tally_day_changes_apply INSTEAD OF INSERT ON tally_day_changes BEGIN
  INSERT OR IGNORE INTO tally_keys (city_id, published, category, stage, health, health_internal, late)
  VALUES (new.city_id, new.published, new.category, new.stage, new.health, new.health_internal, new.late);
  INSERT INTO tally_days (city_id, published, category, stage, health, health_internal, late, day, projects, progress_sum, progress_reported, slip_days, baselined)
  SELECT new.city_id, new.published, new.category, new.stage, new.health, new.health_internal, new.late, new.day,
    coalesce(prev.projects, 0) + new.projects, coalesce(prev.progress_sum, 0) + new.progress_sum,
    coalesce(prev.progress_reported, 0) + new.progress_reported, coalesce(prev.slip_days, 0) + new.slip_days,
    coalesce(prev.baselined, 0) + new.baselined
  FROM (SELECT 1) LEFT JOIN (SELECT * FROM tally_days WHERE city_id = new.city_id AND published = new.published
    AND category = new.category AND stage = new.stage AND health = new.health AND health_internal = new.health_internal
    AND late = new.late AND day <= new.day ORDER BY day DESC LIMIT 1) prev
  WHERE true
  ON CONFLICT (city_id, published, category, stage, health, health_internal, late, day) DO UPDATE SET
    projects = excluded.projects, progress_sum = excluded.progress_sum, progress_reported = excluded.progress_reported,
    slip_days = excluded.slip_days, baselined = excluded.baselined;
  UPDATE tally_days SET projects = projects + new.projects, progress_sum = progress_sum + new.progress_sum,
    progress_reported = progress_reported + new.progress_reported, slip_days = slip_days + new.slip_days,
    baselined = baselined + new.baselined
  WHERE city_id = new.city_id AND published = new.published AND category = new.category AND stage = new.stage
    AND health = new.health AND health_internal = new.health_internal AND late = new.late AND day > new.day;
END;
