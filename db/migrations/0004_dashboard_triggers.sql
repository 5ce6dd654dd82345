-- project_tallies and project_city_facts (0003) restate the projects that are not deleted in the
-- shapes the dashboard reads: running totals (city_id 0 counts each project once, a city's id
-- the projects touching that city), and one row per project and city with what the dashboard
-- filters by. These triggers keep both in the same transaction as every write to projects and
-- project_cities, whatever makes the write (the app's mutations, the CSV import, the seed, the
-- benchmark's data, a script). A change takes the old row's part away and adds the new row's.

-- Totals for the rows already there when this migration runs.
INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
SELECT 0, publication = 'published', category, stage, health, health_internal, count(*), coalesce(sum(progress), 0), count(progress)
FROM projects WHERE deleted_at IS NULL
GROUP BY publication = 'published', category, stage, health, health_internal;
--> statement-breakpoint
INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
SELECT pc.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, count(*), coalesce(sum(p.progress), 0), count(p.progress)
FROM project_cities pc JOIN projects p ON p.id = pc.project_id WHERE p.deleted_at IS NULL
GROUP BY pc.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal;
--> statement-breakpoint
CREATE TRIGGER project_tallies_project_insert AFTER INSERT ON projects WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT c.city_id, new.publication = 'published', new.category, new.stage, new.health, new.health_internal, 1, coalesce(new.progress, 0), new.progress IS NOT NULL
  FROM (SELECT 0 AS city_id UNION ALL SELECT city_id FROM project_cities WHERE project_id = new.id) AS c WHERE true
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_project_delete AFTER DELETE ON projects WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT c.city_id, old.publication = 'published', old.category, old.stage, old.health, old.health_internal, -1, -coalesce(old.progress, 0), -(old.progress IS NOT NULL)
  FROM (SELECT 0 AS city_id UNION ALL SELECT city_id FROM project_cities WHERE project_id = old.id) AS c WHERE true
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;
--> statement-breakpoint
-- Edits that touch none of the tallied columns (names, dates, notes, the version) cost nothing here.
CREATE TRIGGER project_tallies_project_update AFTER UPDATE ON projects
WHEN old.id IS NOT new.id OR old.deleted_at IS NOT new.deleted_at OR old.publication IS NOT new.publication
  OR old.category IS NOT new.category OR old.stage IS NOT new.stage OR old.health IS NOT new.health
  OR old.health_internal IS NOT new.health_internal OR old.progress IS NOT new.progress
BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT c.city_id, old.publication = 'published', old.category, old.stage, old.health, old.health_internal, -1, -coalesce(old.progress, 0), -(old.progress IS NOT NULL)
  FROM (SELECT 0 AS city_id UNION ALL SELECT city_id FROM project_cities WHERE project_id = old.id) AS c WHERE old.deleted_at IS NULL
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT c.city_id, new.publication = 'published', new.category, new.stage, new.health, new.health_internal, 1, coalesce(new.progress, 0), new.progress IS NOT NULL
  FROM (SELECT 0 AS city_id UNION ALL SELECT city_id FROM project_cities WHERE project_id = new.id) AS c WHERE new.deleted_at IS NULL
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_city_insert AFTER INSERT ON project_cities BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT new.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, 1, coalesce(p.progress, 0), p.progress IS NOT NULL
  FROM projects p WHERE p.id = new.project_id AND p.deleted_at IS NULL
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_city_delete AFTER DELETE ON project_cities BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT old.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, -1, -coalesce(p.progress, 0), -(p.progress IS NOT NULL)
  FROM projects p WHERE p.id = old.project_id AND p.deleted_at IS NULL
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_city_update AFTER UPDATE ON project_cities BEGIN
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT old.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, -1, -coalesce(p.progress, 0), -(p.progress IS NOT NULL)
  FROM projects p WHERE p.id = old.project_id AND p.deleted_at IS NULL
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
  INSERT INTO project_tallies (city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported)
  SELECT new.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, 1, coalesce(p.progress, 0), p.progress IS NOT NULL
  FROM projects p WHERE p.id = new.project_id AND p.deleted_at IS NULL
  ON CONFLICT (city_id, published, category, stage, health, health_internal) DO UPDATE SET projects = projects + excluded.projects,
    progress_sum = progress_sum + excluded.progress_sum, progress_reported = progress_reported + excluded.progress_reported;
END;

--> statement-breakpoint
INSERT INTO project_city_facts (project_id, city_id, published, category, stage, health, health_internal, last_verified_at)
SELECT pc.project_id, pc.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, p.last_verified_at
FROM project_cities pc JOIN projects p ON p.id = pc.project_id WHERE p.deleted_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_project_insert AFTER INSERT ON projects WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO project_city_facts (project_id, city_id, published, category, stage, health, health_internal, last_verified_at)
  SELECT new.id, city_id, new.publication = 'published', new.category, new.stage, new.health, new.health_internal, new.last_verified_at
  FROM project_cities WHERE project_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_project_delete AFTER DELETE ON projects BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_project_update AFTER UPDATE ON projects
WHEN old.id IS NOT new.id OR old.deleted_at IS NOT new.deleted_at OR old.publication IS NOT new.publication
  OR old.category IS NOT new.category OR old.stage IS NOT new.stage OR old.health IS NOT new.health
  OR old.health_internal IS NOT new.health_internal OR old.last_verified_at IS NOT new.last_verified_at
BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.id;
  INSERT INTO project_city_facts (project_id, city_id, published, category, stage, health, health_internal, last_verified_at)
  SELECT new.id, city_id, new.publication = 'published', new.category, new.stage, new.health, new.health_internal, new.last_verified_at
  FROM project_cities WHERE project_id = new.id AND new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_city_insert AFTER INSERT ON project_cities BEGIN
  INSERT INTO project_city_facts (project_id, city_id, published, category, stage, health, health_internal, last_verified_at)
  SELECT new.project_id, new.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, p.last_verified_at
  FROM projects p WHERE p.id = new.project_id AND p.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_city_delete AFTER DELETE ON project_cities BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.project_id AND city_id = old.city_id;
END;
--> statement-breakpoint
CREATE TRIGGER project_city_facts_city_update AFTER UPDATE ON project_cities BEGIN
  DELETE FROM project_city_facts WHERE project_id = old.project_id AND city_id = old.city_id;
  INSERT INTO project_city_facts (project_id, city_id, published, category, stage, health, health_internal, last_verified_at)
  SELECT new.project_id, new.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, p.last_verified_at
  FROM projects p WHERE p.id = new.project_id AND p.deleted_at IS NULL;
END;
