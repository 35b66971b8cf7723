CREATE TABLE `address_allowlist` (
	`address_key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`added_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`added_by`) REFERENCES `staff_user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `flag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`score` integer NOT NULL,
	`subjects` text NOT NULL,
	`evidence` text NOT NULL,
	`status` text NOT NULL,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`reviewed_by`) REFERENCES `staff_user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flag_kind_key` ON `flag` (`kind`,`key`);--> statement-breakpoint
CREATE INDEX `flag_status_score` ON `flag` (`status`,`score`);--> statement-breakpoint
CREATE TABLE `job` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`payload` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_try_at` integer NOT NULL,
	`claimed_by` text,
	`claimed_at` integer,
	`done_at` integer,
	`error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `job_due` ON `job` (`done_at`,`next_try_at`);--> statement-breakpoint
CREATE TABLE `person_key` (
	`person_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_key_lookup` ON `person_key` (`kind`,`value`);--> statement-breakpoint
CREATE INDEX `person_key_person` ON `person_key` (`person_id`);--> statement-breakpoint
ALTER TABLE `account` ADD `network_hash` text;--> statement-breakpoint
ALTER TABLE `account` ADD `kiosk_id` integer REFERENCES kiosk(id);--> statement-breakpoint
ALTER TABLE `account` ADD `merged_into` integer;