// corpus: path=src/contracts/schemas.ts
import { z } from 'zod';

export const Severity = z.enum(['critical', 'major', 'minor', 'info']);

export const FindingSchema = z.object({
  id: z.string().uuid(),
  rule_id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  severity: Severity,
  file_path: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  message: z.string().max(2_000),
  suggestion: z.string().max(2_000).nullable(),
  status: z.enum(['open', 'accepted', 'dismissed']).default('open'),
});
export type Finding = z.infer<typeof FindingSchema>;

export const TriageSchema = z
  .object({
    status: z.enum(['accepted', 'dismissed']),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .refine((v) => v.status !== 'dismissed' || Boolean(v.reason), { message: 'a dismissal needs a reason', path: ['reason'] });

export const ListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  severity: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(Severity))
    .optional(),
});

export function toFindingJson(row: {
  id: string;
  ruleId: string;
  severity: z.infer<typeof Severity>;
  filePath: string | null;
  line: number | null;
  message: string;
  suggestion: string | null;
  status: 'open' | 'accepted' | 'dismissed';
}): Finding {
  return {
    id: row.id,
    rule_id: row.ruleId,
    severity: row.severity,
    file_path: row.filePath,
    line: row.line,
    message: row.message,
    suggestion: row.suggestion,
    status: row.status,
  };
}
