import { z } from 'zod'
import { parseFlatYaml, YamlError } from '../cli/yaml-subset.mjs'
import { PROFILES, SEVERITIES, type ReviewOptions, type Severity } from '../review/types'

export const CONFIG_FILE = '.code-review.yml'
export const DEFAULT_FAIL_ON = 'major'
export const DEFAULT_MAX_INLINE_COMMENTS = 25

/** `.code-review.yml` as the App applies it: the CLI's keys plus the two only a pull request has. */
export interface RepoConfig {
  options: ReviewOptions
  failOn: Severity | 'none'
  drafts: boolean
  maxInlineComments: number
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? 'a list' : String(value))

const oneOf = <T extends string>(allowed: readonly T[]) =>
  z.custom<T>((v) => typeof v === 'string' && (allowed as readonly string[]).includes(v), {
    error: (issue) => `must be one of ${allowed.join(', ')} (got ${show(issue.input)})`,
  })

const wholeNumber = (min: number, max: number) =>
  z.custom<number>((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, {
    error: (issue) => `must be a whole number from ${min} to ${max} (got ${show(issue.input)})`,
  })

const stringList = (maxLength: number) =>
  z
    .custom<unknown[]>((v) => Array.isArray(v), {
      error: (issue) => `must be a list, e.g. [${typeof issue.input === 'string' ? issue.input : 'item'}] or one \`- item\` per line (got ${show(issue.input)})`,
    })
    .pipe(
      z.array(
        z.custom<string>((v) => typeof v === 'string' && v.trim() !== '' && v.length <= maxLength, {
          error: (issue) =>
            typeof issue.input === 'string' && issue.input.length > maxLength
              ? `is longer than ${maxLength} characters`
              : `must be a non-empty string (got ${show(issue.input)})`,
        }),
      ),
    )

// Same keys, limits and wording as the CLI's reader (src/cli/review-config.mjs).
const KEYS = {
  profile: oneOf(PROFILES),
  min_severity: oneOf(SEVERITIES),
  fail_on: oneOf([...SEVERITIES, 'none'] as const),
  enable: stringList(100),
  disable: stringList(100),
  ignore_paths: stringList(300),
  max_findings: wholeNumber(1, 1000),
  drafts: z.custom<boolean>((v) => typeof v === 'boolean', { error: (issue) => `must be true or false (got ${show(issue.input)})` }),
  max_inline_comments: wholeNumber(0, 100),
} as const

export type RepoConfigResult = { ok: true; config: RepoConfig } | { ok: false; error: string }

export function defaultRepoConfig(): RepoConfig {
  return { options: {}, failOn: DEFAULT_FAIL_ON, drafts: false, maxInlineComments: DEFAULT_MAX_INLINE_COMMENTS }
}

/** Validates the file's text; the error names the line, the key and what would be accepted. */
export function parseRepoConfig(text: string): RepoConfigResult {
  let entries
  try {
    entries = parseFlatYaml(text)
  } catch (err) {
    if (err instanceof YamlError) return { ok: false, error: `${CONFIG_FILE} line ${err.line}: ${err.message}` }
    throw err
  }
  const values: Record<string, unknown> = {}
  for (const [key, { value, line }] of entries) {
    const schema = (KEYS as Record<string, z.ZodType>)[key]
    if (!schema) return { ok: false, error: `${CONFIG_FILE} line ${line}: unknown key \`${key}\`${suggestKey(key)}` }
    if (value === null) continue
    const parsed = schema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const item = typeof issue.path[0] === 'number' ? ` item ${issue.path[0] + 1}` : ''
      return { ok: false, error: `${CONFIG_FILE} line ${line}: \`${key}\`${item} ${issue.message}` }
    }
    values[key] = parsed.data
  }
  const { fail_on, drafts, max_inline_comments, ...options } = values
  const defaults = defaultRepoConfig()
  return {
    ok: true,
    config: {
      options: options as ReviewOptions,
      failOn: (fail_on as RepoConfig['failOn'] | undefined) ?? defaults.failOn,
      drafts: (drafts as boolean | undefined) ?? defaults.drafts,
      maxInlineComments: (max_inline_comments as number | undefined) ?? defaults.maxInlineComments,
    },
  }
}

function suggestKey(key: string): string {
  const normal = key.toLowerCase().replaceAll('-', '_')
  if (normal in KEYS) return `; did you mean \`${normal}\`?`
  return `; the keys are ${Object.keys(KEYS).join(', ')}`
}
