/**
 * Turns a model's reply into data we can trust the shape of. The reply is untrusted twice over
 * (the model, and the diff that may have steered it), so nothing of it survives unvalidated:
 * findings are checked one by one and only the summary is kept as free text, trimmed and capped.
 */
import { z } from 'zod'
import { CATEGORIES, SEVERITIES } from '../review/types'

export const MAX_SUMMARY_CHARS = 1500

const lowercase = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value)
const capped = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim())
    .pipe(z.string().min(1))
    .transform((s) => (s.length > max ? `${s.slice(0, max - 1)}…` : s))

export const AiFindingSchema = z.object({
  path: z.string().trim().min(1).max(1024),
  line: z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v), z.number().int().positive()),
  // `critical` is accepted here and capped later, so a model that overrates is corrected, not ignored.
  severity: z.preprocess(lowercase, z.enum(SEVERITIES)),
  category: z.preprocess(lowercase, z.enum(CATEGORIES)),
  title: capped(160),
  message: capped(2000),
  suggestion: z
    .string()
    .nullish()
    .transform((s) => {
      const trimmed = s?.trim()
      return trimmed ? trimmed.slice(0, 2000) : null
    }),
})
export type AiFinding = z.infer<typeof AiFindingSchema>

const ReplySchema = z.object({
  summary: z.string().optional(),
  findings: z.array(z.unknown()).optional(),
})

export type ParsedReply =
  | { ok: true; summary: string | null; findings: AiFinding[]; droppedInvalid: number }
  | { ok: false }

export function parseAiReply(text: string): ParsedReply {
  const json = extractJson(text)
  if (json === undefined) return { ok: false }
  const reply = ReplySchema.safeParse(json)
  if (!reply.success || (reply.data.summary === undefined && reply.data.findings === undefined)) return { ok: false }
  const findings: AiFinding[] = []
  let droppedInvalid = 0
  for (const item of reply.data.findings ?? []) {
    const parsed = AiFindingSchema.safeParse(item)
    if (parsed.success) findings.push(parsed.data)
    else droppedInvalid++
  }
  return { ok: true, summary: cleanSummary(reply.data.summary), findings, droppedInvalid }
}

/** The JSON object in a reply: bare, inside a code fence, or after a reasoning model's `<think>` block. */
function extractJson(text: string): unknown {
  const body = text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim()
  const fenced = /```(?:json|JSON)?\s*\n?([\s\S]*?)\n?\s*```/.exec(body)
  const candidates = [fenced?.[1], body, body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1)]
  for (const candidate of candidates) {
    if (!candidate || !candidate.trim().startsWith('{')) continue
    try {
      return JSON.parse(candidate)
    } catch {
      // Try the next, looser reading.
    }
  }
  return undefined
}

function cleanSummary(summary: string | undefined): string | null {
  const text = summary?.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim()
  if (!text) return null
  return text.length > MAX_SUMMARY_CHARS ? `${text.slice(0, MAX_SUMMARY_CHARS - 1)}…` : text
}
