-- As 0007 did for the running totals, for the totals by day (0009): an edit of progress alone
-- leaves the project under the same keys, so its rows in project_tally_parts_now take the new
-- value and the day's totals take the difference, instead of a recount that takes the project's
-- whole contribution away and adds it back. Any other edit still recounts.
DROP TRIGGER tally_days_project_update;
--> statement-breakpoint
CREATE TRIGGER tally_days_project_update AFTER UPDATE OF deleted_at, publication, category, stage, health, health_internal, progress, slippage_days, late ON projects
WHEN NOT (old.id = new.id AND old.deleted_at IS new.deleted_at AND old.publication = new.publication
  AND old.category = new.category AND old.stage = new.stage AND old.health = new.health
  AND old.health_internal = new.health_internal AND old.slippage_days IS new.slippage_days
  AND old.late = new.late) BEGIN
  INSERT INTO tally_recounts VALUES (new.id, substr(new.updated_at, 1, 10));
END;
--> statement-breakpoint
CREATE TRIGGER tally_days_progress_update AFTER UPDATE OF progress ON projects
WHEN old.id = new.id AND old.deleted_at IS new.deleted_at AND old.publication = new.publication
  AND old.category = new.category AND old.stage = new.stage AND old.health = new.health
  AND old.health_internal = new.health_internal AND old.slippage_days IS new.slippage_days
  AND old.late = new.late
  AND old.deleted_at IS NULL AND old.progress IS NOT new.progress BEGIN
  UPDATE project_tally_parts_now SET progress = new.progress WHERE project_id = new.id;
  INSERT INTO tally_day_changes SELECT city_id, published, category, stage, health, health_internal, late,
    substr(new.updated_at, 1, 10), 0, coalesce(new.progress, 0) - coalesce(old.progress, 0),
    (new.progress IS NOT NULL) - (old.progress IS NOT NULL), 0, 0
  FROM project_tally_parts_now WHERE project_id = new.id;
END;
