import { z } from '@hono/zod-openapi'
import { PROFILES, type SubmissionOptions } from '../review/types'
import { SeveritySchema } from './severity'

// The wire form of the engine's `SubmissionOptions` (which db/schema.ts stores); `satisfies`
// keeps the two from drifting apart.
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
  .openapi('ReviewOptions') satisfies z.ZodType<SubmissionOptions>

/** Review options as submitted and stored: the engine's options plus the AI-reviewer switch. */
export type ReviewOptions = z.infer<typeof ReviewOptionsSchema>
