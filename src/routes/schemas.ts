import { z } from '@hono/zod-openapi'
import { CATEGORIES, PROFILES, SEVERITIES } from '../review/types'
import { CHANGESET_STATUSES, FINDING_STATUSES, VERDICTS } from '../db/schema'

/** `content` of a JSON request or response body in a route definition. */
export const jsonContent = <T>(schema: T) => ({ 'application/json': { schema } })

// C0 controls other than tab, LF and CR, plus DEL and the C1 controls: never meaningful in
// prose, and written raw into a Markdown report or a terminal they hide text or drive the
// terminal (ESC sequences). `file_path` refuses the same set (src/changesets/paths.ts).
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/

/** Human-written text (titles, names, descriptions, reasons): bounded, no control characters. */
export const plainText = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} must be at most ${max} characters`)
    .refine((value) => !CONTROL_IN_TEXT.test(value), `${what} must not contain control characters (tab and line breaks are fine)`)

const nonBlank = (max: number, what: string) =>
  plainText(max, what).refine((value) => value.trim().length > 0, `${what} must not be blank`)

// Diffs are code and keep their bytes (form feeds, ESC in string literals), except NUL: text
// diffs never contain it, so it means binary content, which `git diff` summarises instead.
const diffText = (what: string) => z.string().refine((value) => !value.includes('\u0000'), `${what} must not contain NUL bytes (binary content)`)

export const SeveritySchema = z.enum(SEVERITIES).openapi('Severity')
export const CategorySchema = z.enum(CATEGORIES).openapi('Category')
export const ChangesetStatusSchema = z.enum(CHANGESET_STATUSES).openapi('ChangesetStatus')
export const FindingStatusSchema = z.enum(FINDING_STATUSES).openapi('FindingStatus')
export const VerdictSchema = z.enum(VERDICTS).openapi('Verdict')

export const ReviewOptionsSchema = z
  .object({
    min_severity: SeveritySchema.optional().openapi({ description: 'Drop findings below this severity.' }),
    disable: z.array(z.string().min(1).max(100)).max(200).optional().openapi({
      description: 'Rule ids or pack names to turn off.',
      example: ['hygiene', 'js/loose-equality'],
    }),
    enable: z.array(z.string().min(1).max(100)).max(200).optional().openapi({
      description: 'Rule ids or pack names to turn on even if the profile leaves them off.',
    }),
    ignore_paths: z.array(z.string().min(1).max(300)).max(100).optional().openapi({
      description: 'Glob patterns of paths not to review.',
      example: ['docs/**', '**/*.snap'],
    }),
    max_findings: z.number().int().min(1).max(1000).optional().openapi({
      description: 'Keep at most this many findings (most severe first); the rest are counted as truncated.',
    }),
    profile: z.enum(PROFILES).optional().openapi({
      description: '`strict` runs every rule, `default` the recommended set, `prototype` only real bugs and security holes.',
    }),
    include_generated: z.boolean().optional().openapi({
      description: 'Also review lock files, `dist/`, `vendor/` and minified files.',
    }),
    ai: z.boolean().optional().openapi({ description: 'Run the AI reviewer for this submission when the deployment has one.' }),
  })
  .openapi('ReviewOptions')

export const FileInputSchema = z
  .object({
    file_path: z.string().min(1, 'file_path must not be empty').openapi({ example: 'app/db.py' }),
    diff_content: diffText('diff_content').openapi({
      example: '@@ -0,0 +1,2 @@\n+def find(cur, name):\n+    cur.execute(f"SELECT * FROM users WHERE name = \'{name}\'")\n',
    }),
    content: diffText('content')
      .optional()
      .openapi({
        description:
          'Optional: the whole file as it reads after the change (new side). With it the analysis sees complete functions, so it can follow data ' +
          'from a source outside the hunks to a sink on an added line and back. Findings are still reported only on lines the diff adds ' +
          '(or on a statement whose flow an added line creates). Counts towards `MAX_BODY_BYTES`; at most `MAX_FILE_CONTENT_BYTES` per file, ' +
          'and its diff and content together must fit one stored row (1,900,000 bytes). Ignored when its lines disagree with the diff\'s added lines.',
        example: 'import sqlite3\n\ndef find(cur, name):\n    cur.execute(f"SELECT * FROM users WHERE name = \'{name}\'")\n',
      }),
  })
  .openapi('FileInput')

/** The diffs of one revision: either per-file diffs or one whole `git diff` output. */
const diffInputFields = {
  files: z.array(FileInputSchema).min(1, 'files must contain at least one file').optional().openapi({
    description: 'One entry per file. Give either `files` or `diff`.',
  }),
  diff: diffText('diff').min(1, 'diff must not be empty').optional().openapi({
    description: 'A whole multi-file unified diff (what `git diff main...` prints), split into files server-side.',
  }),
}

const exactlyOneSource = (body: { files?: unknown; diff?: unknown }, ctx: z.RefinementCtx) => {
  if (body.files === undefined && body.diff === undefined) {
    ctx.addIssue({ code: 'custom', path: ['files'], message: 'Give either `files` or `diff`' })
  } else if (body.files !== undefined && body.diff !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['diff'], message: 'Give either `files` or `diff`, not both' })
  }
}

export const SubmitChangesetSchema = z
  .object({
    title: nonBlank(200, 'title').openapi({ example: 'Add user search' }),
    description: plainText(20_000, 'description').nullish().openapi({ example: 'Adds /users/search backed by SQL.' }),
    author: nonBlank(100, 'author').openapi({ example: 'ada' }),
    ...diffInputFields,
    options: ReviewOptionsSchema.optional(),
  })
  .superRefine(exactlyOneSource)
  .openapi('SubmitChangeset')

export const SubmitRevisionSchema = z
  .object({ ...diffInputFields, options: ReviewOptionsSchema.optional() })
  .superRefine(exactlyOneSource)
  .openapi('SubmitRevision')

export const LinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/changesets/6f9c…' }),
    findings: z.string(),
    events: z.string(),
    report: z.string(),
  })
  .openapi('ChangesetLinks')

export const SubmitResponseSchema = z
  .object({
    message: z.literal('Changeset submitted'),
    changeset_id: z.string().openapi({ example: '0b8f4f52-9a3b-4c57-8d7e-3c1a5e2d9f10' }),
    status: z.literal('pending'),
    revision: z.number().int(),
    links: LinksSchema,
  })
  .openapi('SubmitResponse')

export const CountsSchema = z.record(z.string(), z.number().int())

export const SummarySchema = z
  .object({
    files_reviewed: z.number().int(),
    files_skipped: z.number().int(),
    lines_added: z.number().int(),
    lines_removed: z.number().int(),
    findings_total: z.number().int(),
    by_severity: CountsSchema.openapi({ example: { critical: 1, major: 2, minor: 0, info: 3 } }),
    by_category: CountsSchema.openapi({ example: { security: 2, bug: 1 } }),
    by_status: CountsSchema.openapi({ example: { open: 5, dismissed: 1, resolved: 0 } }),
    verdict: VerdictSchema.nullable(),
  })
  .openapi('Summary')

export const ChangesetSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    author: z.string(),
    status: ChangesetStatusSchema,
    verdict: VerdictSchema.nullable(),
    revision: z.number().int(),
    file_count: z.number().int(),
    error: z.string().nullable().openapi({ description: 'Why the review failed, when `status` is `failed`.' }),
    warnings: z.array(z.string()),
    description_ai: z.string().nullable(),
    options: ReviewOptionsSchema.nullable(),
    attempts: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    started_at: z.string().nullable(),
    completed_at: z.string().nullable(),
    summary: SummarySchema,
    links: LinksSchema,
  })
  .openapi('Changeset')

export const ChangesetIdParamSchema = z.object({
  changeset_id: z.string().min(1).max(100).openapi({ param: { name: 'changeset_id', in: 'path' } }),
})

export const FindingSchema = z
  .object({
    id: z.string(),
    rule_id: z.string().openapi({ example: 'python/sql-injection' }),
    severity: SeveritySchema,
    category: CategorySchema,
    file_path: z.string().nullable().openapi({ description: '`null` for changeset-level findings.' }),
    line: z.number().int().nullable().openapi({ description: 'New-side line; `null` for file- or changeset-level findings.' }),
    end_line: z.number().int().nullable().openapi({
      description: 'Last line of the offending statement when it spans several lines (`line` is its first); `null` for one-line findings.',
    }),
    message: z.string(),
    suggestion: z.string().nullable(),
    fingerprint: z.string().openapi({ description: 'Stable across revisions: rule + path + normalised line content.' }),
    source: z.enum(['rule', 'ai']),
    status: FindingStatusSchema,
    status_reason: z.string().nullable(),
    status_by: z.string().nullable().openapi({ description: 'The API key name that last triaged it, or `system`.' }),
    status_at: z.string().nullable(),
    first_revision: z.number().int(),
    last_revision: z.number().int(),
    created_at: z.string(),
  })
  .openapi('Finding')

export const PageQuerySchema = {
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size (1–100).' }),
  // A cursor carries its list's filters and last sort key (a file path, say), so it is as long as they are.
  cursor: z.string().max(32_768).optional().openapi({ description: 'Opaque cursor from `next_cursor`; carries the filters and page size.' }),
}

export const FindingIdParamSchema = ChangesetIdParamSchema.extend({
  finding_id: z.string().min(1).max(100).openapi({ param: { name: 'finding_id', in: 'path' } }),
})

export const TriageSchema = z
  .object({
    status: FindingStatusSchema.openapi({ description: '`dismissed` (false positive / does not apply), `resolved` (fixed), or `open` (reopen).' }),
    reason: plainText(2000, 'reason').optional().openapi({ example: 'Test fixture, not a real credential' }),
    expected_status: FindingStatusSchema.optional().openapi({
      description: 'Apply only if the finding still has this status; otherwise 409 `conflict` (optimistic concurrency).',
    }),
  })
  .openapi('Triage')

export const ChangesetListItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    author: z.string(),
    status: ChangesetStatusSchema,
    verdict: VerdictSchema.nullable(),
    revision: z.number().int(),
    file_count: z.number().int(),
    open_findings: CountsSchema.openapi({ example: { critical: 0, major: 1, minor: 2, info: 0 } }),
    created_at: z.string(),
    updated_at: z.string(),
    completed_at: z.string().nullable(),
    links: LinksSchema,
  })
  .openapi('ChangesetListItem')

export const FileSchema = z
  .object({
    id: z.string(),
    file_path: z.string(),
    old_path: z.string().nullable(),
    change_type: z.string().nullable(),
    language: z.string().nullable(),
    binary: z.boolean(),
    additions: z.number().int(),
    deletions: z.number().int(),
    skipped: z.string().nullable().openapi({ description: 'Why the file was not reviewed, if it was not.' }),
    problems: z.array(z.object({ message: z.string(), diffLine: z.number().int().optional() })),
    revision: z.number().int(),
    open_findings: CountsSchema,
  })
  .openapi('ChangesetFile')

export const FileWithDiffSchema = FileSchema.extend({
  diff_content: z.string(),
  content: z.string().nullable().openapi({ description: 'The full new-side text the client sent with the file; `null` when it sent none.' }),
}).openapi('ChangesetFileWithDiff')

export const RevisionSchema = z
  .object({
    number: z.number().int(),
    status: ChangesetStatusSchema,
    file_count: z.number().int(),
    additions: z.number().int(),
    deletions: z.number().int(),
    error: z.string().nullable(),
    summary: z
      .object({
        files_reviewed: z.number().int(),
        files_skipped: z.number().int(),
        lines_added: z.number().int(),
        lines_removed: z.number().int(),
        findings: z.number().int(),
        new_findings: z.number().int(),
        resolved_findings: z.number().int(),
        by_severity: CountsSchema,
        by_category: CountsSchema,
        truncated: z.number().int(),
        suppressed: z.number().int(),
        parse_problems: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'Frozen when the revision’s review completed; `null` before.' }),
    created_at: z.string(),
    completed_at: z.string().nullable(),
  })
  .openapi('Revision')
