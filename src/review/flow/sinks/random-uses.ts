/**
 * What a random value's use looks like when it only shapes timing or the page, so a local named
 * like a secret (`nonce`, `token`) but used that way is not one; and what a random value that is
 * not a secret at all looks like: one of several existing values picked, a helper named for variety
 * (jitter, a sample, demo data), a name that labels or places the value. Shared by the Python and
 * JS/TS flow matchers and the insecure-random line rule, which judge the same uses with different reach.
 */
import type { SNode } from '../../syntax/tree'
import { rootOf } from '../text'
import type { MatchContext } from './common'

/**
 * A retry or back-off delay, a `Retry-After` header, an animation's duration (`wait`, not the `await` of a line that stores
 * the value). Milliseconds are a word of their own (`ms`) or the end of a duration's name (`ttlMs`, `elapsed_ms`); the
 * pattern is case-blind, so a bare `ms` ending a word would also take `sms`, `items` and `params` for timing.
 */
export const TIMING_USE = /jitter|backoff|delay|sleep|timeout|interval|retry|retries|(?<![a-z])wait|latency|duration|throttle|animation|(?<![a-z])(?:ttl|elapsed|poll|age|period|time)?_?ms\b|seconds?\b|setTimeout/i

/** A dismissed banner, a colour, a React `key`. */
export const PRESENTATION_USE = /banner|dismiss|toast|theme|colou?r|className|style|animation|placeholder|\bkey=\{/i

/** Helpers whose randomness only needs variety: a MIME boundary, jitter, a shuffle or sample, demo or mock data. */
export const NOT_SECRET_FUNCTION = /boundary|jitter|backoff|delay|shuffle|sample|color|colour|demo|mock|fake/i

/** Names that label or place a value rather than hold a secret: `session_name`, `shard_key`, `cache_bust_token`, `trace_id`. */
export const NOT_A_SECRET_NAME = /(?:name|label|title|shard|partition|bucket|slot)s?$|(?:shard|partition|bucket|cache|sort|idempotency|dedup|correlation|trace|span)_?(?:key|token|id)s?$|cache_?bust/i

/**
 * The parameters of an OAuth authorization request (a URL's query or the object it is built from): its `state` is the
 * CSRF token that ties the callback to this browser (RFC 6749 §10.12), so a guessable one lets another site complete
 * a login into its own account.
 */
const OAUTH_REQUEST_FIELD = /^(client_id|clientId|redirect_uri|redirectUri|response_type|responseType|code_challenge|codeChallenge)$/

/** `fields` hold an OAuth authorization request's parameters, so their `state` is a secret. */
export function oauthRequest(fields: ReadonlyMap<string, unknown> | undefined): boolean {
  for (const key of fields?.keys() ?? []) if (OAUTH_REQUEST_FIELD.test(key)) return true
  return false
}

/**
 * One of several existing values picked (`random.choice(API_KEYS)`, `keys[Math.floor(Math.random() * keys.length)]`,
 * `tokens[random.randrange(len(tokens))]`) spreads load over secrets made elsewhere; it does not make one.
 * Capture 1, 2 or 3 is the collection.
 */
const PICK = /\brandom\.(?:choice|sample)\(\s*([A-Za-z_][\w.]*)\s*[,)]|([A-Za-z_$][\w$.]*)\[\s*Math\.floor\(\s*Math\.random\(\s*\)\s*\*\s*\2\.length\s*\)\s*\]|([A-Za-z_][\w.]*)\[\s*random\.(?:randrange|randint)\(\s*(?:0\s*,\s*)?len\(\s*\3\s*\)/
/** Collections that are character sets: picking from them, over and over, builds a new secret. */
const CHARSET = /alphabet|char|letter|digit|ascii|string\.|hex|symbol|word|pool|vocab|consonant|vowel/i
/** A pick repeated to build a value: a loop, a comprehension, a join or an accumulation on the same line. */
const REPEATED = /\bjoin\b|\brange\(|\bfor\b|\bwhile\b|\+=|\.map\(|Array\.from|\.repeat\(/

/** The text of 1-based line `line` of the file `node` is in: where a random value was made. */
export function lineOfFile(node: SNode, line: number | undefined, m: MatchContext): string {
  if (line === undefined) return ''
  const root = rootOf(node)
  return m.text(root).split('\n', line)[line - 1] ?? ''
}

/** True when the line's random call picks one existing value rather than building a new one. */
export function picksExisting(code: string): boolean {
  const pick = PICK.exec(code)
  return !!pick && !CHARSET.test(pick[1] ?? pick[2] ?? pick[3]!) && !REPEATED.test(code)
}
