import { z } from '@hono/zod-openapi'
import { LinksSchema } from './changeset'
import { ReviewOptionsSchema } from './review-options'
import { diffText, nonBlank, plainText } from './text'

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

export const SubmitResponseSchema = z
  .object({
    message: z.literal('Changeset submitted'),
    changeset_id: z.string().openapi({ example: '0b8f4f52-9a3b-4c57-8d7e-3c1a5e2d9f10' }),
    status: z.literal('pending'),
    revision: z.number().int(),
    links: LinksSchema,
  })
  .openapi('SubmitResponse')

export const RevisionSubmittedSchema = z
  .object({
    message: z.literal('Revision submitted'),
    changeset_id: z.string(),
    revision: z.number().int(),
    status: z.literal('pending'),
    links: LinksSchema,
  })
  .openapi('RevisionSubmitted')
