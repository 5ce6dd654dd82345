-- An edit of progress alone (what bulk writers send most) leaves the project in the same tally
-- rows: one UPDATE of those rows' sums does what 0006's pair of triggers did by taking the
-- project's part away and adding it back, at a fraction of the cost. Every other edit of a
-- tallied column still takes 0006's way, now guarded to leave this case alone.
DROP TRIGGER project_tallies_before_project_update;
--> statement-breakpoint
DROP TRIGGER project_tallies_after_project_update;
--> statement-breakpoint
CREATE TRIGGER project_tallies_before_project_update BEFORE UPDATE OF id, deleted_at, publication, category, stage, health, health_internal, progress ON projects
WHEN NOT (old.id = new.id AND old.deleted_at IS new.deleted_at AND old.publication = new.publication
  AND old.category = new.category AND old.stage = new.stage AND old.health = new.health
  AND old.health_internal = new.health_internal) BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, -1, -coalesce(progress, 0), -(progress IS NOT NULL)
  FROM project_tally_parts WHERE project_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_after_project_update AFTER UPDATE OF id, deleted_at, publication, category, stage, health, health_internal, progress ON projects
WHEN NOT (old.id = new.id AND old.deleted_at IS new.deleted_at AND old.publication = new.publication
  AND old.category = new.category AND old.stage = new.stage AND old.health = new.health
  AND old.health_internal = new.health_internal) BEGIN
  INSERT INTO project_tally_changes SELECT city_id, published, category, stage, health, health_internal, 1, coalesce(progress, 0), progress IS NOT NULL
  FROM project_tally_parts WHERE project_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER project_tallies_progress_update AFTER UPDATE OF progress ON projects
WHEN old.id = new.id AND old.deleted_at IS new.deleted_at AND old.publication = new.publication
  AND old.category = new.category AND old.stage = new.stage AND old.health = new.health
  AND old.health_internal = new.health_internal
  AND old.deleted_at IS NULL AND old.progress IS NOT new.progress BEGIN
  UPDATE project_tallies SET progress_sum = progress_sum + coalesce(new.progress, 0) - coalesce(old.progress, 0),
    progress_reported = progress_reported + (new.progress IS NOT NULL) - (old.progress IS NOT NULL)
  WHERE city_id IN (SELECT 0 UNION ALL SELECT city_id FROM project_cities WHERE project_id = new.id)
    AND published = (new.publication = 'published') AND category = new.category AND stage = new.stage
    AND health = new.health AND health_internal = new.health_internal;
END;
