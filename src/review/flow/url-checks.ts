/**
 * Whether a check on a URL's text pins the host it points to (CWE-20: incomplete URL substring
 * sanitization, incomplete hostname regexp). A redirect or a server-side fetch behind a check that
 * does not is still open: `"example.com" in url` passes `https://evil.io/?example.com`,
 * `startswith("https://example.com")` passes `https://example.com.evil.io`, `endswith("example.com")`
 * passes `evilexample.com`, and `/^https?:\/\/www.example.com/` passes `wwwXexample.com` and
 * `www.example.com.evil.io`. Each judge returns why the check falls short, or undefined when it
 * pins the host or is no host check at all (a path prefix, a scheme test, a version pattern).
 */

/** A check that looks like it confines a URL to a host, and why it does not. */
export interface WeakUrlCheck {
  /** The check as written, shortened for messages. */
  check: string
  line: number
  why: string
}

/** A domain name as written in code: labels joined by dots, ending in an alphabetic top-level label. */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i

/** `https://example.com`, `//cdn.example.com`: a scheme and host with nothing after it to end the host. */
const OPEN_HOST_PREFIX = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/\\?#@]+)$/i

/** Why `value.startswith(prefix)` does not pin the host, for a prefix that names one. */
export function prefixShortfall(prefix: string): string | undefined {
  const m = OPEN_HOST_PREFIX.exec(prefix)
  if (!m || !DOMAIN.test(m[1]!.replace(/:\d+$/, ''))) return undefined
  return `nothing ends the host after \`${prefix}\`, so \`${prefix}.evil.example\` passes it`
}

/** Why `host.endswith(suffix)` does not pin the host: a domain suffix with no leading dot. */
export function suffixShortfall(suffix: string): string | undefined {
  if (!DOMAIN.test(suffix)) return undefined
  return `a host only ending in \`${suffix}\` may be \`evil${suffix}\``
}

/** `.example.com`: a suffix that keeps a host inside one domain. */
export function suffixPinsHost(suffix: string): boolean {
  return suffix.startsWith('.') && DOMAIN.test(suffix.slice(1))
}

/** Why `needle in url` (or `url.includes(needle)`) does not pin the host: the text may sit anywhere in the URL. */
export function substringShortfall(needle: string): string | undefined {
  const host = OPEN_HOST_PREFIX.exec(needle.replace(/\/$/, ''))?.[1] ?? needle.replace(/^\./, '')
  if (!DOMAIN.test(host)) return undefined
  return `\`${needle}\` may appear anywhere in the URL, as in \`https://evil.example/?${needle}\``
}

/** A host written in a pattern: labels of letters, digits and groups joined by `\.` or a bare `.`, ending in a literal top-level label. */
const PATTERN_HOST = /((?:[a-z0-9-]+|\([^()]*\))(?:\\?\.(?:[a-z0-9-]+|\([^()]*\)))*\\?\.[a-z]{2,})(?![a-z0-9-])/i

/**
 * Why a regular expression tested against a URL does not pin its host, for a pattern that names one.
 * `anchored`: the call matches at the start only (Python's `re.match`, `fullmatch`).
 */
export function hostPatternShortfall(pattern: string, anchored = false): string | undefined {
  const m = PATTERN_HOST.exec(pattern)
  if (!m) return undefined
  const host = m[1]!
  const before = pattern.slice(0, m.index)
  const after = pattern.slice(m.index + host.length)
  // A bare `.` between labels matches any character: `www.example.com` lets `wwwXexample.com` through.
  if (/(^|[^\\])\.(?=[a-z0-9(])/i.test(host.replace(/\([^()]*\)/g, 'x'))) return `its \`.\` is not escaped and matches any character (\`${host.replace(/\\\./g, '.').replace(/\./, 'X')}\` passes)`
  // Only a pattern about a URL or a host counts: a scheme before it, or nothing but an anchor.
  if (!/:\\?\/\\?\/\)?\??$|^\^?$|@$/.test(before.replace(/\(\?:www\\\.\)\?$|\(www\\\.\)\?$/, ''))) return undefined
  if (!anchored && !before.startsWith('^')) return 'it is not anchored at the start, so the host may sit anywhere in the URL'
  // The host must end where the pattern says: a slash, a port, a query or the end of the text.
  if (!/^(\$|\\?\/|:|\(\\?\/|\(\?:\\?\/|\[\/|\[\\\/|\(\$|\\?\?|#|\(\?=|\(\?!)/.test(after) && !/^\(.*\$\)/.test(after)) return 'nothing in it ends the host, so `…example.com.evil.example` passes'
  return undefined
}
