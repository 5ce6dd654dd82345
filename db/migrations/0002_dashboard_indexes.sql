DROP INDEX `projects_category_stage_idx`;--> statement-breakpoint
DROP INDEX `projects_health_idx`;--> statement-breakpoint
CREATE INDEX `projects_visible_category_stage_idx` ON `projects` (`publication`,`deleted_at`,`category`,`stage`,`progress`);--> statement-breakpoint
CREATE INDEX `projects_health_verified_idx` ON `projects` (`health`,`last_verified_at`);--> statement-breakpoint
DROP INDEX `milestones_project_idx`;--> statement-breakpoint
CREATE INDEX `milestones_project_idx` ON `milestones` (`project_id`,`actual_on`,`planned_on`);