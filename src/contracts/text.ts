import { z } from '@hono/zod-openapi'

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

export const nonBlank = (max: number, what: string) =>
  plainText(max, what).refine((value) => value.trim().length > 0, `${what} must not be blank`)

// Diffs are code and keep their bytes (form feeds, ESC in string literals), except NUL: text
// diffs never contain it, so it means binary content, which `git diff` summarises instead.
export const diffText = (what: string) => z.string().refine((value) => !value.includes('\u0000'), `${what} must not contain NUL bytes (binary content)`)
