CREATE TABLE `project_city_facts` (
	`project_id` integer NOT NULL,
	`city_id` integer NOT NULL,
	`published` integer NOT NULL,
	`category` text NOT NULL,
	`stage` text NOT NULL,
	`health` text NOT NULL,
	`health_internal` integer NOT NULL,
	`last_verified_at` text,
	PRIMARY KEY(`project_id`, `city_id`)
);
--> statement-breakpoint
CREATE INDEX `project_city_facts_health_idx` ON `project_city_facts` (`city_id`,`health`,`last_verified_at`,`published`,`category`,`stage`,`health_internal`);--> statement-breakpoint
CREATE INDEX `project_city_facts_verified_idx` ON `project_city_facts` (`city_id`,`last_verified_at`,`published`,`category`,`stage`,`health`,`health_internal`);--> statement-breakpoint
CREATE TABLE `project_tallies` (
	`city_id` integer NOT NULL,
	`published` integer NOT NULL,
	`category` text NOT NULL,
	`stage` text NOT NULL,
	`health` text NOT NULL,
	`health_internal` integer NOT NULL,
	`projects` integer NOT NULL,
	`progress_sum` integer NOT NULL,
	`progress_reported` integer NOT NULL,
	PRIMARY KEY(`city_id`, `published`, `category`, `stage`, `health`, `health_internal`)
);
--> statement-breakpoint
CREATE INDEX `milestones_timeline_idx` ON `milestones` ((case when "actual_on" is not null then "actual_on" else "planned_on" end),cast("id" as text));