CREATE TABLE `github_comments` (
	`changeset_id` text NOT NULL,
	`fingerprint` text NOT NULL,
	`revision` integer NOT NULL,
	`comment_id` integer,
	`posted_at` text NOT NULL,
	PRIMARY KEY(`changeset_id`, `fingerprint`)
);
--> statement-breakpoint
CREATE INDEX `github_comments_comment_idx` ON `github_comments` (`comment_id`);--> statement-breakpoint
CREATE TABLE `github_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`event` text NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `github_installations` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`account_login` text NOT NULL,
	`account_type` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `github_pull_requests` (
	`changeset_id` text PRIMARY KEY NOT NULL,
	`installation_id` integer NOT NULL,
	`repository_id` integer NOT NULL,
	`number` integer NOT NULL,
	`owner` text NOT NULL,
	`repo` text NOT NULL,
	`state` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `github_pull_requests_key_idx` ON `github_pull_requests` (`installation_id`,`repository_id`,`number`);--> statement-breakpoint
CREATE TABLE `github_pull_revisions` (
	`changeset_id` text NOT NULL,
	`revision` integer NOT NULL,
	`head_sha` text NOT NULL,
	`check_run_id` integer,
	`config` text,
	`config_error` text,
	`review_id` integer,
	`completed_at` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`changeset_id`, `revision`)
);
--> statement-breakpoint
CREATE INDEX `github_pull_revisions_sha_idx` ON `github_pull_revisions` (`changeset_id`,`head_sha`);