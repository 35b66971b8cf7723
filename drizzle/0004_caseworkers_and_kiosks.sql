CREATE TABLE `kiosk` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`enrolment_code_hash` text,
	`enrolment_expires_at` integer,
	`token_hash` text,
	`enrolled_at` integer,
	`revoked_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kiosk_token_hash_unique` ON `kiosk` (`token_hash`);--> statement-breakpoint
ALTER TABLE `account` ADD `organisation_id` integer REFERENCES organisation(id);--> statement-breakpoint
ALTER TABLE `account` ADD `consent_at` integer;--> statement-breakpoint
ALTER TABLE `applicant_session` ADD `acting_staff_id` integer REFERENCES staff_user(id);--> statement-breakpoint
ALTER TABLE `applicant_session` ADD `kiosk_id` integer REFERENCES kiosk(id);--> statement-breakpoint
ALTER TABLE `registration_draft` ADD `assisted_by` integer REFERENCES staff_user(id);--> statement-breakpoint
ALTER TABLE `registration_draft` ADD `kiosk_id` integer REFERENCES kiosk(id);--> statement-breakpoint
ALTER TABLE `registration_draft` ADD `consent_at` integer;