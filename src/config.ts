/**
 * Runtime limits read from `[vars]` in wrangler.toml. Every value has a safe default so a
 * missing or malformed var never takes the service down; `/health` reports the ones that were
 * malformed.
 */
export interface Limits {
  maxBodyBytes: number
  maxFiles: number
  maxFileDiffBytes: number
  /** Per-file bytes of the optional full new-side text (`files[].content`). */
  maxFileContentBytes: number
  maxAddedLines: number
  maxPathLength: number
  /**
   * Revisions one changeset may have. Each review stores at most DEFAULT_MAX_FINDINGS (1,000)
   * findings and they accumulate across revisions, so this is also what bounds a changeset's
   * findings (20 × 1,000 by default), and with them its reports, history and revision list.
   */
  maxRevisions: number
}

export interface Config {
  version: string
  limits: Limits
  reviewLeaseSeconds: number
  maxReviewAttempts: number
  /** Names of vars that were present but not valid; their defaults are in use. */
  invalid: string[]
}

// D1 rows are capped at 2 MB; a file's diff, its content and its other columns must fit in one
// row, so each is capped at this and so is their sum (src/changesets/prepare-files.ts).
export const D1_MAX_FILE_BYTES = 1_900_000

const DEFAULTS = {
  MAX_BODY_BYTES: 5 * 1024 * 1024,
  MAX_FILES: 300,
  MAX_FILE_DIFF_BYTES: 1024 * 1024,
  MAX_FILE_CONTENT_BYTES: 1024 * 1024,
  MAX_ADDED_LINES: 50_000,
  MAX_PATH_LENGTH: 1024,
  MAX_REVISIONS: 20,
  REVIEW_LEASE_SECONDS: 120,
  MAX_REVIEW_ATTEMPTS: 5,
} as const

type VarName = keyof typeof DEFAULTS

type ConfigVars = Partial<Record<VarName | 'APP_VERSION', string | undefined>>

/** Vars do not change within an isolate's env object, and every request reads them several times. */
const parsed = new WeakMap<ConfigVars, Config>()

export function readConfig(env: ConfigVars): Config {
  let config = parsed.get(env)
  if (!config) {
    config = parseConfig(env)
    Object.freeze(config.limits)
    parsed.set(env, Object.freeze(config))
  }
  return config
}

function parseConfig(env: ConfigVars): Config {
  const invalid: string[] = []
  const read = (name: VarName, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = env[name]
    if (raw === undefined || raw === '') return DEFAULTS[name]
    const value = Number(raw)
    if (!Number.isInteger(value) || value <= 0 || value > max) {
      invalid.push(name)
      return DEFAULTS[name]
    }
    return value
  }
  return {
    version: env.APP_VERSION || '0.0.0',
    limits: {
      maxBodyBytes: read('MAX_BODY_BYTES', 100 * 1024 * 1024),
      maxFiles: read('MAX_FILES', 5000),
      maxFileDiffBytes: read('MAX_FILE_DIFF_BYTES', D1_MAX_FILE_BYTES),
      maxFileContentBytes: read('MAX_FILE_CONTENT_BYTES', D1_MAX_FILE_BYTES),
      maxAddedLines: read('MAX_ADDED_LINES'),
      maxPathLength: read('MAX_PATH_LENGTH', 4096),
      maxRevisions: read('MAX_REVISIONS', 1000),
    },
    reviewLeaseSeconds: read('REVIEW_LEASE_SECONDS', 3600),
    maxReviewAttempts: read('MAX_REVIEW_ATTEMPTS', 50),
    invalid,
  }
}
