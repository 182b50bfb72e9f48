import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { SubmissionOptions } from '../review/types'

export const CHANGESET_STATUSES = ['pending', 'in_progress', 'reviewed', 'failed'] as const
export type ChangesetStatus = (typeof CHANGESET_STATUSES)[number]

export const VERDICTS = ['changes_requested', 'approved_with_comments', 'approved'] as const
export type Verdict = (typeof VERDICTS)[number]

export const FINDING_STATUSES = ['open', 'dismissed', 'resolved'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]

export const KEY_SCOPES = ['read', 'write', 'admin'] as const
export type KeyScope = (typeof KEY_SCOPES)[number]

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull().default(now),
})

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Non-secret leading characters, shown in listings so people can tell keys apart. */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key, hex; the key itself is never stored. */
    hash: text('hash').notNull(),
    scopes: text('scopes', { mode: 'json' }).$type<KeyScope[]>().notNull(),
    createdAt: text('created_at').notNull().default(now),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_hash_idx').on(t.hash), index('api_keys_tenant_idx').on(t.tenantId, t.createdAt)],
)

export const changesets = sqliteTable(
  'changesets',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    author: text('author').notNull(),
    status: text('status', { enum: CHANGESET_STATUSES }).notNull().default('pending'),
    /** Null until the first review completes. */
    verdict: text('verdict', { enum: VERDICTS }),
    /** The revision the current (or last) review run is about. */
    revision: integer('revision').notNull().default(1),
    /** Review options the submitter chose (JSON), applied to every revision. */
    options: text('options', { mode: 'json' }).$type<SubmissionOptions>(),
    /** Runs started for the current revision; capped by MAX_REVIEW_ATTEMPTS. */
    attempts: integer('attempts').notNull().default(0),
    /** Times the recovery watchdog re-enqueued a stuck review; capped so a broken queue ends in `failed`. */
    recoveries: integer('recoveries').notNull().default(0),
    /** Identifies the run that holds the lease; a stale run cannot commit. */
    runId: text('run_id'),
    leaseExpiresAt: text('lease_expires_at'),
    lastError: text('last_error'),
    descriptionAi: text('description_ai'),
    warnings: text('warnings', { mode: 'json' }).$type<string[]>(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    startedAt: text('started_at'),
    completedAt: text('completed_at'),
  },
  (t) => [
    // Newest-first listing per tenant, with the id as tie-breaker for keyset pagination.
    index('changesets_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    index('changesets_tenant_status_idx').on(t.tenantId, t.status, t.createdAt, t.id),
    index('changesets_tenant_author_idx').on(t.tenantId, t.author, t.createdAt, t.id),
    index('changesets_tenant_verdict_idx').on(t.tenantId, t.verdict, t.createdAt, t.id),
    // The recovery sweep scans non-terminal changesets by age.
    index('changesets_status_updated_idx').on(t.status, t.updatedAt),
  ],
)

export const revisions = sqliteTable(
  'revisions',
  {
    changesetId: text('changeset_id')
      .notNull()
      .references(() => changesets.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    tenantId: text('tenant_id').notNull(),
    status: text('status', { enum: CHANGESET_STATUSES }).notNull().default('pending'),
    fileCount: integer('file_count').notNull(),
    additions: integer('additions').notNull().default(0),
    deletions: integer('deletions').notNull().default(0),
    /** Summary frozen when this revision's review committed (JSON). */
    summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>(),
    error: text('error'),
    createdAt: text('created_at').notNull(),
    completedAt: text('completed_at'),
    /** When retention emptied this revision's diff bodies (DIFF_RETENTION_DAYS); findings stay. */
    diffPurgedAt: text('diff_purged_at'),
  },
  (t) => [
    primaryKey({ columns: [t.changesetId, t.number] }),
    // The retention sweep walks finished revisions whose diffs are still stored, oldest first.
    index('revisions_retention_idx').on(t.completedAt).where(sql`${t.diffPurgedAt} IS NULL AND ${t.completedAt} IS NOT NULL`),
  ],
)

export const changesetFiles = sqliteTable(
  'changeset_files',
  {
    id: text('id').primaryKey(),
    changesetId: text('changeset_id')
      .notNull()
      .references(() => changesets.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    revision: integer('revision').notNull(),
    /** Submission order, so files list the way they were sent. */
    position: integer('position').notNull(),
    filePath: text('file_path').notNull(),
    diffContent: text('diff_content').notNull(),
    /** The full new-side text when the client sent it; null otherwise (and for deleted or binary files). */
    content: text('content'),
    language: text('language'),
    changeType: text('change_type'),
    oldPath: text('old_path'),
    binary: integer('binary', { mode: 'boolean' }).notNull().default(false),
    additions: integer('additions').notNull().default(0),
    deletions: integer('deletions').notNull().default(0),
    skipped: text('skipped'),
    problems: text('problems', { mode: 'json' }).$type<{ message: string; diffLine?: number }[]>(),
  },
  (t) => [index('changeset_files_changeset_idx').on(t.changesetId, t.revision, t.position)],
)

export const findings = sqliteTable(
  'findings',
  {
    id: text('id').primaryKey(),
    changesetId: text('changeset_id')
      .notNull()
      .references(() => changesets.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    ruleId: text('rule_id').notNull(),
    severity: text('severity', { enum: ['critical', 'major', 'minor', 'info'] }).notNull(),
    /** 0 = critical … 3 = info: sorts and filters by minimum severity on an index. */
    severityRank: integer('severity_rank').notNull(),
    category: text('category').notNull(),
    /** Empty string for changeset-level findings, so ordering and uniqueness stay simple. */
    filePath: text('file_path').notNull(),
    line: integer('line'),
    endLine: integer('end_line'),
    message: text('message').notNull(),
    suggestion: text('suggestion'),
    fingerprint: text('fingerprint').notNull(),
    source: text('source', { enum: ['rule', 'ai'] }).notNull().default('rule'),
    status: text('status', { enum: FINDING_STATUSES }).notNull().default('open'),
    statusReason: text('status_reason'),
    /** Who last changed the status: a key name, or `system` for automatic resolution. */
    statusBy: text('status_by'),
    statusAt: text('status_at'),
    firstRevision: integer('first_revision').notNull(),
    lastRevision: integer('last_revision').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('findings_changeset_fingerprint_idx').on(t.changesetId, t.fingerprint),
    // The findings list's stable order: severity, file, line, id.
    index('findings_order_idx').on(t.changesetId, t.severityRank, t.filePath, t.line, t.id),
    index('findings_changeset_status_idx').on(t.changesetId, t.status),
  ],
)

/**
 * One row per committed review of a revision. Its NOT NULL run id is filled from a subquery that
 * only matches the run holding the lease, so inserting it aborts the whole commit batch when the
 * run is stale, and its primary key aborts a second commit of the same revision: exactly one set
 * of findings per revision, whatever the queue redelivers.
 */
export const reviewCommits = sqliteTable(
  'review_commits',
  {
    changesetId: text('changeset_id')
      .notNull()
      .references(() => changesets.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    runId: text('run_id').notNull(),
    committedAt: text('committed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.changesetId, t.revision] })],
)

/** The status history of a changeset: transitions and triage, newest last. */
export const changesetEvents = sqliteTable(
  'changeset_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    changesetId: text('changeset_id')
      .notNull()
      .references(() => changesets.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    detail: text('detail'),
    at: text('at').notNull(),
  },
  (t) => [index('changeset_events_changeset_idx').on(t.changesetId, t.id)],
)

export const GITHUB_INSTALLATION_STATUSES = ['active', 'suspended', 'deleted'] as const
export type GitHubInstallationStatus = (typeof GITHUB_INSTALLATION_STATUSES)[number]

/** A GitHub App installation and the tenant it owns; work stops unless it is `active`, data stays. */
export const githubInstallations = sqliteTable('github_installations', {
  id: integer('id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  accountLogin: text('account_login').notNull(),
  accountType: text('account_type').notNull(),
  status: text('status', { enum: GITHUB_INSTALLATION_STATUSES }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
})

/** Webhook deliveries already accepted, by `X-GitHub-Delivery`: a redelivery does nothing twice. */
export const githubDeliveries = sqliteTable('github_deliveries', {
  id: text('id').primaryKey(),
  event: text('event').notNull(),
  receivedAt: text('received_at').notNull(),
})

/**
 * A pull request's changeset. No foreign key: the row is written before the changeset so a
 * retried first push finds the id it already chose; a changeset deleted through the API leaves
 * a row the next push replaces.
 */
export const githubPullRequests = sqliteTable(
  'github_pull_requests',
  {
    changesetId: text('changeset_id').primaryKey(),
    installationId: integer('installation_id').notNull(),
    repositoryId: integer('repository_id').notNull(),
    number: integer('number').notNull(),
    owner: text('owner').notNull(),
    repo: text('repo').notNull(),
    state: text('state', { enum: ['open', 'closed'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('github_pull_requests_key_idx').on(t.installationId, t.repositoryId, t.number)],
)

/** One pushed head commit per revision, with what was published for it on GitHub. */
export const githubPullRevisions = sqliteTable(
  'github_pull_revisions',
  {
    changesetId: text('changeset_id').notNull(),
    revision: integer('revision').notNull(),
    headSha: text('head_sha').notNull(),
    checkRunId: integer('check_run_id'),
    /** Repository config at this commit (JSON); null when it was invalid. */
    config: text('config', { mode: 'json' }).$type<Record<string, unknown>>(),
    configError: text('config_error'),
    reviewId: integer('review_id'),
    completedAt: text('completed_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.changesetId, t.revision] }), index('github_pull_revisions_sha_idx').on(t.changesetId, t.headSha)],
)

/** Findings already posted to a pull request (inline, or in a review body), by fingerprint: never posted twice. */
export const githubComments = sqliteTable(
  'github_comments',
  {
    changesetId: text('changeset_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    revision: integer('revision').notNull(),
    /** GitHub's review comment id; null when the finding went into the review body. */
    commentId: integer('comment_id'),
    postedAt: text('posted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.changesetId, t.fingerprint] }), index('github_comments_comment_idx').on(t.commentId)],
)

export type ChangesetRow = typeof changesets.$inferSelect
export type NewChangesetRow = typeof changesets.$inferInsert
export type RevisionRow = typeof revisions.$inferSelect
export type ChangesetFileRow = typeof changesetFiles.$inferSelect
export type NewChangesetFileRow = typeof changesetFiles.$inferInsert
export type FindingRow = typeof findings.$inferSelect
export type NewFindingRow = typeof findings.$inferInsert
export type ApiKeyRow = typeof apiKeys.$inferSelect
