CREATE TABLE `allocation_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_date` text NOT NULL,
	`status` text NOT NULL,
	`seed` text NOT NULL,
	`seed_commitment` text NOT NULL,
	`algorithm_version` text,
	`cutoff` integer NOT NULL,
	`published` text,
	`inputs_digest` text,
	`equity_report` text,
	`offers_made` integer,
	`claimed_by` text,
	`committed_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allocation_run_run_date_unique` ON `allocation_run` (`run_date`);--> statement-breakpoint
CREATE TABLE `capacity_override` (
	`port_id` text NOT NULL,
	`date` text NOT NULL,
	`slot_time` text NOT NULL,
	`seats` integer NOT NULL,
	PRIMARY KEY(`port_id`, `date`, `slot_time`),
	FOREIGN KEY (`port_id`) REFERENCES `port`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `offer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`run_id` integer NOT NULL,
	`port_id` text NOT NULL,
	`date` text NOT NULL,
	`slot_time` text NOT NULL,
	`seats` integer NOT NULL,
	`status` text NOT NULL,
	`confirm_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `request`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `allocation_run`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`port_id`) REFERENCES `port`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offer_request` ON `offer` (`request_id`);--> statement-breakpoint
CREATE INDEX `offer_slot` ON `offer` (`port_id`,`date`,`slot_time`);--> statement-breakpoint
CREATE INDEX `offer_status_confirm_by` ON `offer` (`status`,`confirm_by`);--> statement-breakpoint
ALTER TABLE `port` ADD `address` text DEFAULT '' NOT NULL;