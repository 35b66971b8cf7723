CREATE TABLE `submission_receipt` (
	`id` text PRIMARY KEY NOT NULL,
	`location` text NOT NULL,
	`created_at` integer NOT NULL
);
