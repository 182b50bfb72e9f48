/**
 * Normalises a submitted file path to the repository-relative, forward-slash form findings and
 * reports use, or explains why it cannot be one. Paths are data (never touched on disk), but
 * they are echoed into SARIF, Markdown and review comments, so anything that could point
 * outside the repository or smuggle control characters is refused rather than repaired.
 */
export type PathCheck = { ok: true; path: string } | { ok: false; reason: string }

// C0 controls, DEL and C1 controls; NUL is the classic truncation trick.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

export function normalizeFilePath(raw: string, maxLength: number): PathCheck {
  if (CONTROL.test(raw)) return { ok: false, reason: 'must not contain control characters (including NUL)' }
  if (raw.includes('\\')) return { ok: false, reason: 'must use forward slashes, not backslashes' }
  let path = raw
  while (path.startsWith('./')) path = path.slice(2)
  if (path === '') return { ok: false, reason: 'must not be empty' }
  if (path.startsWith('/')) return { ok: false, reason: 'must be relative to the repository root, not absolute' }
  if (/^[A-Za-z]:/.test(path)) return { ok: false, reason: 'must not start with a drive letter' }
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..')) return { ok: false, reason: 'must not contain `..` segments' }
  const normalized = segments.join('/')
  if (normalized === '') return { ok: false, reason: 'must name a file' }
  if (new TextEncoder().encode(normalized).length > maxLength) {
    return { ok: false, reason: `is longer than MAX_PATH_LENGTH (${maxLength} bytes)` }
  }
  return { ok: true, path: normalized }
}
