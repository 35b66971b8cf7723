CREATE TABLE `account` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_code` text NOT NULL,
	`pin_hash` text NOT NULL,
	`locale` text NOT NULL,
	`channel` text NOT NULL,
	`phone` text,
	`us_address` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_booking_code_unique` ON `account` (`booking_code`);--> statement-breakpoint
CREATE TABLE `applicant_session` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `applicant_session_account` ON `applicant_session` (`account_id`);--> statement-breakpoint
CREATE TABLE `request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`status` text NOT NULL,
	`party_size` integer NOT NULL,
	`port_ids` text NOT NULL,
	`earliest_date` text NOT NULL,
	`waiting_since` integer NOT NULL,
	`priority_tier` integer DEFAULT 0 NOT NULL,
	`submission_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_submission_key_unique` ON `request` (`submission_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `request_one_active_per_account` ON `request` (`account_id`) WHERE status in ('pooled', 'offered', 'confirmed');--> statement-breakpoint
CREATE INDEX `request_status` ON `request` (`status`);--> statement-breakpoint
CREATE TABLE `capacity_template` (
	`port_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`slot_time` text NOT NULL,
	`seats` integer NOT NULL,
	PRIMARY KEY(`port_id`, `weekday`, `slot_time`),
	FOREIGN KEY (`port_id`) REFERENCES `port`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `person` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`position` integer NOT NULL,
	`full_name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`nationality` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_account_position` ON `person` (`account_id`,`position`);--> statement-breakpoint
CREATE TABLE `port` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`timezone` text NOT NULL,
	`sort_order` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rate_limit` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`first_failure_at` integer NOT NULL,
	`blocked_until` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `registration_draft` (
	`id` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`account_id` integer,
	`pin_once` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `request_draft` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
