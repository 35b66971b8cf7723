CREATE TABLE `allocation_setting` (
	`one` integer PRIMARY KEY NOT NULL,
	`cutoff` text NOT NULL,
	`seniority_percent` integer NOT NULL,
	`confirm_hours` integer NOT NULL,
	`horizon_days` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `staff_user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audio_recording` (
	`locale` text NOT NULL,
	`prompt` text NOT NULL,
	`hash` text NOT NULL,
	`format` text NOT NULL,
	`bytes` integer NOT NULL,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` integer NOT NULL,
	PRIMARY KEY(`locale`, `prompt`),
	FOREIGN KEY (`uploaded_by`) REFERENCES `staff_user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `offer` ADD `attendance` text;--> statement-breakpoint
ALTER TABLE `offer` ADD `attendance_at` integer;--> statement-breakpoint
ALTER TABLE `offer` ADD `attendance_by` integer REFERENCES staff_user(id);--> statement-breakpoint
ALTER TABLE `port` ADD `instructions` text DEFAULT '{}' NOT NULL;