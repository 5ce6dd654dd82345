CREATE TABLE `project_tally_parts_now` (
	`project_id` integer NOT NULL,
	`city_id` integer NOT NULL,
	`published` integer NOT NULL,
	`category` text NOT NULL,
	`stage` text NOT NULL,
	`health` text NOT NULL,
	`health_internal` integer NOT NULL,
	`late` integer NOT NULL,
	`progress` integer,
	`slippage_days` integer,
	PRIMARY KEY(`project_id`, `city_id`)
);
--> statement-breakpoint
CREATE TABLE `reason_days` (
	`city_id` integer NOT NULL,
	`published` integer NOT NULL,
	`category` text NOT NULL,
	`reason` text NOT NULL,
	`day` text NOT NULL,
	`given` integer NOT NULL,
	PRIMARY KEY(`city_id`, `published`, `category`, `reason`, `day`)
);
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
);
--> statement-breakpoint
CREATE INDEX `tally_days_values_idx` ON `tally_days` (`city_id`,`published`,`category`,`stage`,`health`,`health_internal`,`late`,`day`,`projects`,`progress_sum`,`progress_reported`,`slip_days`,`baselined`);--> statement-breakpoint
CREATE TABLE `tally_keys` (
	`city_id` integer NOT NULL,
	`published` integer NOT NULL,
	`category` text NOT NULL,
	`stage` text NOT NULL,
	`health` text NOT NULL,
	`health_internal` integer NOT NULL,
	`late` integer NOT NULL,
	PRIMARY KEY(`city_id`, `published`, `category`, `stage`, `health`, `health_internal`, `late`)
);
--> statement-breakpoint
ALTER TABLE `milestones` ADD `baseline_on` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `baseline_start` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `baseline_end` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `schedule_reason` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `slippage_days` integer;--> statement-breakpoint
ALTER TABLE `projects` ADD `late` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `projects_visible_slippage_idx` ON `projects` (`publication`,`deleted_at`,`slippage_days`);--> statement-breakpoint
CREATE INDEX `projects_late_idx` ON `projects` (`late`,`publication`,`deleted_at`,`category`,`slippage_days`) WHERE "projects"."late" = 1;
--> statement-breakpoint
-- The dashboard as of any day (schema-schedule.ts). A project's contribution is kept in
-- project_tally_parts_now; every write to a project or its cities takes the old contribution
-- away from the running totals of that day and adds the new one. Whatever makes the write (the
-- app, the CSV import, the seed, the benchmark's data, a script) goes through these triggers.
CREATE VIEW project_tally_part_rows AS
SELECT c.project_id, c.city_id, p.publication = 'published' AS published, p.category, p.stage, p.health,
  p.health_internal, p.late, p.progress, p.slippage_days, substr(p.updated_at, 1, 10) AS day
FROM (SELECT id AS project_id, 0 AS city_id FROM projects UNION ALL SELECT project_id, city_id FROM project_cities) c
  JOIN projects p ON p.id = c.project_id
WHERE p.deleted_at IS NULL;
--> statement-breakpoint
-- Rows written here are added to the day's running totals (negative counts take away).
CREATE VIEW tally_day_changes AS
SELECT city_id, published, category, stage, health, health_internal, late, day, projects, progress_sum, progress_reported, slip_days, baselined FROM tally_days WHERE 0;
--> statement-breakpoint
-- A day's row starts from the key's latest earlier row; a change dated before later rows (a
-- clock set back) is carried into them, so each row stays the total at the end of its day.
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
--> statement-breakpoint
-- Recounting one project: inserting (project_id, day) here replaces its contribution.
CREATE VIEW tally_recounts AS SELECT 0 AS project_id, '' AS day WHERE 0;
--> statement-breakpoint
CREATE TRIGGER tally_recounts_apply INSTEAD OF INSERT ON tally_recounts BEGIN
  INSERT INTO tally_day_changes SELECT city_id, published, category, stage, health, health_internal, late, new.day,
    -1, -coalesce(progress, 0), -(progress IS NOT NULL), -coalesce(slippage_days, 0), -(slippage_days IS NOT NULL)
  FROM project_tally_parts_now WHERE project_id = new.project_id;
  DELETE FROM project_tally_parts_now WHERE project_id = new.project_id;
  INSERT INTO project_tally_parts_now SELECT project_id, city_id, published, category, stage, health, health_internal, late, progress, slippage_days
  FROM project_tally_part_rows WHERE project_id = new.project_id;
  INSERT INTO tally_day_changes SELECT city_id, published, category, stage, health, health_internal, late, new.day,
    1, coalesce(progress, 0), progress IS NOT NULL, coalesce(slippage_days, 0), slippage_days IS NOT NULL
  FROM project_tally_parts_now WHERE project_id = new.project_id;
END;
--> statement-breakpoint
-- The projects already there when this migration runs, counted on the day they were last written.
INSERT INTO tally_recounts SELECT id, substr(updated_at, 1, 10) FROM projects ORDER BY updated_at;
--> statement-breakpoint
CREATE TRIGGER tally_days_project_insert AFTER INSERT ON projects BEGIN
  INSERT INTO tally_recounts VALUES (new.id, substr(new.updated_at, 1, 10));
END;
--> statement-breakpoint
-- Edits that touch none of the tallied columns (names, notes, the version) cost nothing here.
CREATE TRIGGER tally_days_project_update AFTER UPDATE OF deleted_at, publication, category, stage, health, health_internal, progress, slippage_days, late ON projects BEGIN
  INSERT INTO tally_recounts VALUES (new.id, substr(new.updated_at, 1, 10));
END;
--> statement-breakpoint
CREATE TRIGGER tally_days_city_insert AFTER INSERT ON project_cities BEGIN
  INSERT INTO tally_recounts SELECT id, substr(updated_at, 1, 10) FROM projects WHERE id = new.project_id;
END;
--> statement-breakpoint
CREATE TRIGGER tally_days_city_delete AFTER DELETE ON project_cities BEGIN
  INSERT INTO tally_recounts SELECT id, substr(updated_at, 1, 10) FROM projects WHERE id = old.project_id;
END;
--> statement-breakpoint
-- Each reason given, counted on the day of its history entry, for the circle and each city.
CREATE TRIGGER reason_days_count AFTER INSERT ON project_updates BEGIN
  INSERT INTO reason_days (city_id, published, category, reason, day, given)
  SELECT r.city_id, r.published, r.category, c.value ->> '$.to', substr(new.created_at, 1, 10),
    1 + coalesce((SELECT given FROM reason_days x WHERE x.city_id = r.city_id AND x.published = r.published
      AND x.category = r.category AND x.reason = c.value ->> '$.to' AND x.day <= substr(new.created_at, 1, 10)
      ORDER BY x.day DESC LIMIT 1), 0)
  FROM json_each(new.changes) c JOIN project_tally_parts_now r ON r.project_id = new.project_id
  WHERE c.value ->> '$.field' = 'scheduleReason' AND c.value ->> '$.to' IS NOT NULL
  ON CONFLICT (city_id, published, category, reason, day) DO UPDATE SET given = excluded.given;
END;
