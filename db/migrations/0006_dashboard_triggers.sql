-- project_tallies and project_city_facts (0005) restate the projects that are not deleted in the
-- shapes the dashboard reads: running totals (city_id 0 counts each project once, a city's id
-- the projects touching that city), and one row per project and city with what the dashboard
-- filters by. These triggers keep both in the same transaction as every write to projects and
-- project_cities, whatever makes the write (the app's mutations, the CSV import, the seed, the
-- benchmark's data, a script). A change takes the old row's part away and adds the new row's.

-- What one project adds to the tallies: a row for the whole circle (city 0) and one per city.
CREATE VIEW project_tally_parts AS
SELECT c.project_id, c.city_id, p.publication = 'published' AS published, p.category, p.stage, p.health, p.health_internal, p.progress
FROM (SELECT id AS project_id, 0 AS city_id FROM projects UNION ALL SELECT project_id, city_id FROM project_cities) c
  JOIN projects p ON p.id = c.project_id
WHERE p.deleted_at IS NULL;
--> statement-breakpoint
-- Rows written here are added to the tallies (negative counts take away): the one upsert.
CREATE VIEW project_tally_changes AS
SELECT city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported FROM project_tallies WHERE 0;
--> statement-breakpoint
CREATE TRIGGER project_tally_changes_apply INSTEAD OF INSERT ON project_tally_changes BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  VALUES (new.city_id, new.published, new.category, new.stage, new.health, new.health_internal, new.projects, new.progress_sum, new.progress_reported)
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;
--> statement-breakpoint
-- Totals for the rows already there when this migration runs.
INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
SELECT city_id, published, category, stage, health, health_internal, count(*), coalesce(sum(progress), 0), count(progress)
FROM project_tally_parts GROUP BY city_id, published, category, stage, health, health_internal;
--> statement-breakpoint
-- Before a change its old part is taken away, after it the new part is added: both read the
-- projects as they are at that moment, through project_tally_parts.
CREATE TRIGGER project_tallies_before_project_delete BEFORE DELETE ON projects BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, -1, -coalesce(progress, 0), -(progress IS NOT NULL)
  FROM project_tally_parts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_after_project_insert AFTER INSERT ON projects BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, 1, coalesce(progress, 0), progress IS NOT NULL
  FROM project_tally_parts WHERE project_id = new.id;
END;
--> statement-breakpoint
-- Edits that touch none of the tallied columns (names, dates, notes, the version) cost nothing here.
CREATE TRIGGER project_tallies_before_project_update BEFORE UPDATE OF id, deleted_at, publication, category, stage, health, health_internal, progress ON projects BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, -1, -coalesce(progress, 0), -(progress IS NOT NULL)
  FROM project_tally_parts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_after_project_update AFTER UPDATE OF id, deleted_at, publication, category, stage, health, health_internal, progress ON projects BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, 1, coalesce(progress, 0), progress IS NOT NULL
  FROM project_tally_parts WHERE project_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_before_city_delete BEFORE DELETE ON project_cities BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, -1, -coalesce(progress, 0), -(progress IS NOT NULL)
  FROM project_tally_parts WHERE project_id = old.project_id AND city_id = old.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_after_city_insert AFTER INSERT ON project_cities BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, 1, coalesce(progress, 0), progress IS NOT NULL
  FROM project_tally_parts WHERE project_id = new.project_id AND city_id = new.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_before_city_update BEFORE UPDATE ON project_cities BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, -1, -coalesce(progress, 0), -(progress IS NOT NULL)
  FROM project_tally_parts WHERE project_id = old.project_id AND city_id = old.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_after_city_update AFTER UPDATE ON project_cities BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, 1, coalesce(progress, 0), progress IS NOT NULL
  FROM project_tally_parts WHERE project_id = new.project_id AND city_id = new.city_id;
END;
--> statement-breakpoint
-- project_city_facts: a project's rows are rewritten from project_cities whenever a column they
-- hold changes; a city link added or removed adds or removes its row.
CREATE VIEW project_city_fact_rows AS
SELECT pc.project_id, pc.city_id, p.publication = 'published' AS published, p.category, p.stage, p.health, p.health_internal, p.last_verified_at
FROM project_cities pc JOIN projects p ON p.id = pc.project_id WHERE p.deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO project_city_facts SELECT * FROM project_city_fact_rows;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_project_write AFTER UPDATE OF id, deleted_at, publication, category, stage, health, health_internal, last_verified_at ON projects BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.id;
  INSERT INTO project_city_facts SELECT * FROM project_city_fact_rows WHERE project_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_project_delete AFTER DELETE ON projects BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_city_insert AFTER INSERT ON project_cities BEGIN
  INSERT INTO project_city_facts SELECT * FROM project_city_fact_rows WHERE project_id = new.project_id AND city_id = new.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_city_delete AFTER DELETE ON project_cities BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.project_id AND city_id = old.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_city_update AFTER UPDATE ON project_cities BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.project_id AND city_id = old.city_id;
  INSERT INTO project_city_facts SELECT * FROM project_city_fact_rows WHERE project_id = new.project_id AND city_id = new.city_id;
END;
