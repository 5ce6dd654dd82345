CREATE TABLE `map_tallies` (
	`city_id` integer NOT NULL,
	`category` text NOT NULL,
	`stage` text NOT NULL,
	`located` integer NOT NULL,
	`projects` integer NOT NULL,
	PRIMARY KEY(`city_id`, `category`, `stage`, `located`)
) WITHOUT ROWID;
--> statement-breakpoint
-- What one published, live project adds to map_tallies: a row for the whole circle (city 0) and
-- one per city. The triggers below keep the counts in the same transaction as every write to
-- projects and project_cities, as 0006 does for project_tallies: a change takes the old row's
-- part away and adds the new row's.
CREATE VIEW map_tally_parts AS
SELECT c.project_id, c.city_id, p.category, p.stage, p.geometry IS NOT NULL AS located
FROM (SELECT id AS project_id, 0 AS city_id FROM projects UNION ALL SELECT project_id, city_id FROM project_cities) c
  JOIN projects p ON p.id = c.project_id
WHERE p.deleted_at IS NULL AND p.publication = 'published';
--> statement-breakpoint
CREATE VIEW map_tally_changes AS SELECT city_id, category, stage, located, projects FROM map_tallies WHERE 0;
--> statement-breakpoint
CREATE TRIGGER map_tally_changes_apply INSTEAD OF INSERT ON map_tally_changes BEGIN
  INSERT INTO map_tallies (city_id, category, stage, located, projects)
  VALUES (new.city_id, new.category, new.stage, new.located, new.projects)
  ON CONFLICT (city_id, category, stage, located) DO UPDATE SET projects = projects + excluded.projects;
END;
--> statement-breakpoint
INSERT INTO map_tallies (city_id, category, stage, located, projects)
SELECT city_id, category, stage, located, count(*) FROM map_tally_parts GROUP BY city_id, category, stage, located;
--> statement-breakpoint
CREATE TRIGGER map_tallies_before_project_delete BEFORE DELETE ON projects BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, -1 FROM map_tally_parts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER map_tallies_after_project_insert AFTER INSERT ON projects BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, 1 FROM map_tally_parts WHERE project_id = new.id;
END;
--> statement-breakpoint
-- Edits that touch none of the counted columns (progress, names, dates, notes) cost nothing here.
CREATE TRIGGER map_tallies_before_project_update BEFORE UPDATE OF id, deleted_at, publication, category, stage, geometry ON projects BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, -1 FROM map_tally_parts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER map_tallies_after_project_update AFTER UPDATE OF id, deleted_at, publication, category, stage, geometry ON projects BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, 1 FROM map_tally_parts WHERE project_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER map_tallies_before_city_delete BEFORE DELETE ON project_cities BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, -1 FROM map_tally_parts WHERE project_id = old.project_id AND city_id = old.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER map_tallies_after_city_insert AFTER INSERT ON project_cities BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, 1 FROM map_tally_parts WHERE project_id = new.project_id AND city_id = new.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER map_tallies_before_city_update BEFORE UPDATE ON project_cities BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, -1 FROM map_tally_parts WHERE project_id = old.project_id AND city_id = old.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER map_tallies_after_city_update AFTER UPDATE ON project_cities BEGIN
  INSERT INTO map_tally_changes SELECT city_id, category, stage, located, 1 FROM map_tally_parts WHERE project_id = new.project_id AND city_id = new.city_id;
END;
