CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`scopes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_idx` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_tenant_idx` ON `api_keys` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `changeset_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`changeset_id` text NOT NULL,
	`revision` integer NOT NULL,
	`type` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`detail` text,
	`at` text NOT NULL,
	FOREIGN KEY (`changeset_id`) REFERENCES `changesets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `changeset_events_changeset_idx` ON `changeset_events` (`changeset_id`,`id`);--> statement-breakpoint
CREATE TABLE `changeset_files` (
	`id` text PRIMARY KEY NOT NULL,
	`changeset_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`revision` integer NOT NULL,
	`position` integer NOT NULL,
	`file_path` text NOT NULL,
	`diff_content` text NOT NULL,
	`language` text,
	`change_type` text,
	`old_path` text,
	`binary` integer DEFAULT false NOT NULL,
	`additions` integer DEFAULT 0 NOT NULL,
	`deletions` integer DEFAULT 0 NOT NULL,
	`skipped` text,
	`problems` text,
	FOREIGN KEY (`changeset_id`) REFERENCES `changesets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `changeset_files_changeset_idx` ON `changeset_files` (`changeset_id`,`revision`,`position`);--> statement-breakpoint
CREATE TABLE `changesets` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`author` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`verdict` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`options` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`recoveries` integer DEFAULT 0 NOT NULL,
	`run_id` text,
	`lease_expires_at` text,
	`last_error` text,
	`description_ai` text,
	`warnings` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`started_at` text,
	`completed_at` text
);
--> statement-breakpoint
CREATE INDEX `changesets_tenant_created_idx` ON `changesets` (`tenant_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `changesets_tenant_status_idx` ON `changesets` (`tenant_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `changesets_tenant_author_idx` ON `changesets` (`tenant_id`,`author`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `changesets_tenant_verdict_idx` ON `changesets` (`tenant_id`,`verdict`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `changesets_status_updated_idx` ON `changesets` (`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`changeset_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`severity` text NOT NULL,
	`severity_rank` integer NOT NULL,
	`category` text NOT NULL,
	`file_path` text NOT NULL,
	`line` integer,
	`end_line` integer,
	`message` text NOT NULL,
	`suggestion` text,
	`fingerprint` text NOT NULL,
	`source` text DEFAULT 'rule' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`status_reason` text,
	`status_by` text,
	`status_at` text,
	`first_revision` integer NOT NULL,
	`last_revision` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`changeset_id`) REFERENCES `changesets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `findings_changeset_fingerprint_idx` ON `findings` (`changeset_id`,`fingerprint`);--> statement-breakpoint
CREATE INDEX `findings_order_idx` ON `findings` (`changeset_id`,`severity_rank`,`file_path`,`line`,`id`);--> statement-breakpoint
CREATE INDEX `findings_changeset_status_idx` ON `findings` (`changeset_id`,`status`);--> statement-breakpoint
CREATE TABLE `review_commits` (
	`changeset_id` text NOT NULL,
	`revision` integer NOT NULL,
	`run_id` text NOT NULL,
	`committed_at` text NOT NULL,
	PRIMARY KEY(`changeset_id`, `revision`),
	FOREIGN KEY (`changeset_id`) REFERENCES `changesets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `revisions` (
	`changeset_id` text NOT NULL,
	`number` integer NOT NULL,
	`tenant_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`file_count` integer NOT NULL,
	`additions` integer DEFAULT 0 NOT NULL,
	`deletions` integer DEFAULT 0 NOT NULL,
	`summary` text,
	`error` text,
	`created_at` text NOT NULL,
	`completed_at` text,
	PRIMARY KEY(`changeset_id`, `number`),
	FOREIGN KEY (`changeset_id`) REFERENCES `changesets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tenants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
