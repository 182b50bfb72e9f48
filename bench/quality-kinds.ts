/**
 * The kinds the quality corpus is labelled with, and which rule reports which kind. Labels name
 * kinds, never rule ids, so the corpus survives rules being renamed, split or replaced by another
 * engine: a finding counts as a hit only when its rule maps to the label's kind.
 */

/** Security problems, with the CWE each kind is drawn from. */
const SECURITY_KINDS = {
  'sql-injection': 'CWE-89',
  'command-injection': 'CWE-78',
  'code-injection': 'CWE-94/95',
  'path-traversal': 'CWE-22',
  xss: 'CWE-79',
  'open-redirect': 'CWE-601',
  ssrf: 'CWE-918',
  'unsafe-deserialization': 'CWE-502',
  'template-injection': 'CWE-1336',
  xxe: 'CWE-611',
  'weak-hash': 'CWE-327/916 (MD5/SHA-1 for passwords, signatures, tokens)',
  'weak-cipher': 'CWE-327 (DES, RC4, Blowfish, ECB)',
  'insecure-random': 'CWE-338',
  'hardcoded-secret': 'CWE-798/321 (credentials and signing keys in source)',
  'jwt-weak': 'CWE-347 (signature not verified, alg none)',
  'tls-verify-disabled': 'CWE-295',
  'debug-mode': 'CWE-489/215',
  'insecure-cookie': 'CWE-614/1004',
  'permissive-cors': 'CWE-942',
  'insecure-temp-file': 'CWE-377',
  'cleartext-http': 'CWE-319',
  'prompt-injection': 'LLM01',
  'xpath-injection': 'CWE-643',
  'ldap-injection': 'CWE-90',
  'nosql-injection': 'CWE-943 (MongoDB operators or $where code from request data)',
  'regex-injection': 'CWE-730/1333 (a pattern from request data: ReDoS, match-all)',
  'trust-boundary': 'CWE-501 (request data stored in the server-side session as if the server had set it)',
  'mass-assignment': 'CWE-915 (a whole request object bound onto a model or record that persists)',
  'prototype-pollution': 'CWE-1321 (request-chosen keys written through __proto__/constructor: nested writes, path setters, deep merges)',
  'timing-unsafe-comparison': 'CWE-208 (a secret, token or signature compared with == instead of a constant-time compare)',
  'insecure-permissions': 'CWE-732 (world-writable chmod modes, a umask that keeps the world write bit)',
  'sensitive-logging': 'CWE-532/312 (passwords, tokens and keys written to logs or console output)',
  'error-exposure': 'CWE-209/497 (a stack trace or an unexpected exception\'s text sent to the client)',
  'log-injection': 'CWE-117 (raw request text written into a log message line)',
  'header-injection': 'CWE-113 (request data choosing a response header\'s name or a value that matters: Content-Type, Content-Disposition, cache, CSP, CORS)',
  'csrf-disabled': 'CWE-352 (CSRF protection switched off for state-changing views under cookie/session auth)',
  'missing-authorization': 'CWE-862/306 (a login or permission check taken off code that stays)',
} as const

/** Statement-shaped bugs: what the code does is not what it says. */
const BUG_KINDS = {
  'finally-control-flow': 'return/break/continue in finally swallows the exception',
  'mutate-while-iterating': 'adding to or removing from a collection inside a loop over it',
  'readonly-file-write': 'writing to a file opened for reading only',
  'bare-except': 'except: catches SystemExit and KeyboardInterrupt',
  'swallowed-exception': 'an exception caught and dropped',
  'mutable-default-argument': 'a shared mutable default',
  'literal-identity': '`is` against a literal',
  'nan-comparison': 'comparing with NaN is always false',
  'none-comparison': '== None',
  'loose-equality': '== in JavaScript',
  'invalid-typeof': 'typeof compared with an impossible string',
  'parseint-radix': 'parseInt without a radix',
  'unhandled-promise': 'a promise chain with no rejection handler',
  'missing-await': 'a coroutine called and never awaited',
  'blocking-in-async': 'blocking I/O or sleep inside async code',
  'async-in-loop-callback': 'await inside forEach or an async predicate',
  'assert-runtime-check': 'assert used for a check that -O removes',
  'deprecated-api': 'utcnow, on_event and the like',
} as const

/** Style and hygiene: legitimate in the right place, noise in the wrong one. */
const HYGIENE_KINDS = {
  'console-log': '',
  'print-statement': '',
  'debugger-statement': '',
  'todo-comment': '',
  'commented-out-code': '',
  'lint-suppression': '',
  'long-line': '',
  'oversized-file': '',
  'merge-conflict-marker': '',
  'focused-test': '',
  'skipped-test': '',
  'no-tests': '',
} as const

export type Kind = keyof typeof SECURITY_KINDS | keyof typeof BUG_KINDS | keyof typeof HYGIENE_KINDS

export const KIND_NOTES: Readonly<Record<Kind, string>> = { ...SECURITY_KINDS, ...BUG_KINDS, ...HYGIENE_KINDS }

export const KINDS: ReadonlySet<string> = new Set(Object.keys(KIND_NOTES))

export function isKind(value: string): value is Kind {
  return KINDS.has(value)
}

/**
 * Rule id → kind. Current rules first, then ids a data-flow engine is likely to use, so its
 * findings are scored from the first run; extend this table when a rule is added.
 */
export const RULE_KINDS: Readonly<Record<string, Kind>> = {
  // secrets pack: every credential shape is one kind
  'secrets/aws-access-key': 'hardcoded-secret',
  'secrets/google-credentials': 'hardcoded-secret',
  'secrets/azure-storage-key': 'hardcoded-secret',
  'secrets/vcs-token': 'hardcoded-secret',
  'secrets/package-registry-token': 'hardcoded-secret',
  'secrets/slack-token': 'hardcoded-secret',
  'secrets/webhook-url': 'hardcoded-secret',
  'secrets/telegram-bot-token': 'hardcoded-secret',
  'secrets/stripe-key': 'hardcoded-secret',
  'secrets/saas-api-key': 'hardcoded-secret',
  'secrets/private-key': 'hardcoded-secret',
  'secrets/jwt': 'hardcoded-secret',
  'secrets/connection-string-password': 'hardcoded-secret',
  'secrets/hardcoded-secret': 'hardcoded-secret',
  'secrets/env-file': 'hardcoded-secret',
  // injection pack
  'python/sql-injection': 'sql-injection',
  'js/sql-injection': 'sql-injection',
  'go/sql-injection': 'sql-injection',
  'java/sql-injection': 'sql-injection',
  'php/sql-injection': 'sql-injection',
  'python/shell-injection': 'command-injection',
  'js/shell-injection': 'command-injection',
  'go/shell-injection': 'command-injection',
  'ruby/shell-injection': 'command-injection',
  'python/code-eval': 'code-injection',
  'js/code-eval': 'code-injection',
  'python/unsafe-deserialization': 'unsafe-deserialization',
  'injection/unsafe-deserialization': 'unsafe-deserialization',
  'js/unsafe-deserialization': 'unsafe-deserialization',
  'js/xss-sink': 'xss',
  'python/unsafe-markup': 'xss',
  'python/path-traversal': 'path-traversal',
  'js/path-traversal': 'path-traversal',
  'security/prompt-injection': 'prompt-injection',
  'python/prompt-injection': 'prompt-injection',
  'js/prompt-injection': 'prompt-injection',
  // crypto pack
  'crypto/weak-password-hash': 'weak-hash',
  'crypto/insecure-random': 'insecure-random',
  'crypto/weak-cipher': 'weak-cipher',
  'crypto/tls-verify-disabled': 'tls-verify-disabled',
  'crypto/insecure-download': 'cleartext-http',
  'crypto/jwt-verify-disabled': 'jwt-weak',
  'crypto/permissive-cors': 'permissive-cors',
  'crypto/insecure-cookie': 'insecure-cookie',
  'crypto/debug-mode': 'debug-mode',
  'js/debug-mode': 'debug-mode',
  // bugs and async packs
  'python/bare-except': 'bare-except',
  'python/base-exception-swallowed': 'swallowed-exception',
  'python/swallowed-exception': 'swallowed-exception',
  'python/mutable-default-argument': 'mutable-default-argument',
  'python/is-literal': 'literal-identity',
  'python/nan-comparison': 'nan-comparison',
  'js/nan-comparison': 'nan-comparison',
  'python/none-comparison': 'none-comparison',
  'python/assert-runtime-check': 'assert-runtime-check',
  'js/invalid-typeof': 'invalid-typeof',
  'js/loose-equality': 'loose-equality',
  'js/parseint-radix': 'parseint-radix',
  'js/map-parseint': 'parseint-radix',
  'js/unhandled-promise-chain': 'unhandled-promise',
  'python/missing-await': 'missing-await',
  'js/missing-await': 'missing-await',
  'python/sync-query-in-async': 'blocking-in-async',
  'python/blocking-sleep-in-async': 'blocking-in-async',
  'python/blocking-http-in-async': 'blocking-in-async',
  'python/blocking-io-in-async': 'blocking-in-async',
  'js/blocking-io-in-async': 'blocking-in-async',
  'js/await-in-foreach': 'async-in-loop-callback',
  'js/async-predicate': 'async-in-loop-callback',
  'python/datetime-utcnow': 'deprecated-api',
  'python/fastapi-on-event': 'deprecated-api',
  // hygiene and changeset packs
  'hygiene/merge-conflict-marker': 'merge-conflict-marker',
  'hygiene/debugger-statement': 'debugger-statement',
  'js/console-log': 'console-log',
  'python/print-statement': 'print-statement',
  'hygiene/blanket-lint-suppression': 'lint-suppression',
  'hygiene/commented-out-code': 'commented-out-code',
  'hygiene/todo-comment': 'todo-comment',
  'hygiene/oversized-file': 'oversized-file',
  'hygiene/long-line': 'long-line',
  'changeset/focused-test': 'focused-test',
  'changeset/skipped-test': 'skipped-test',
  'changeset/no-tests': 'no-tests',
  // likely ids of flow-aware and structural rules
  'python/command-injection': 'command-injection',
  'js/command-injection': 'command-injection',
  'python/xss': 'xss',
  'js/xss': 'xss',
  'js/dom-xss': 'xss',
  'js/react-dangerous-html': 'xss',
  'ts/angular-bypass-security': 'xss',
  'python/jinja2-autoescape-off': 'xss',
  'python/open-redirect': 'open-redirect',
  'js/open-redirect': 'open-redirect',
  'python/ssrf': 'ssrf',
  'js/ssrf': 'ssrf',
  'python/template-injection': 'template-injection',
  'js/template-injection': 'template-injection',
  'python/xxe': 'xxe',
  'js/xxe': 'xxe',
  'python/xpath-injection': 'xpath-injection',
  'js/xpath-injection': 'xpath-injection',
  'python/ldap-injection': 'ldap-injection',
  'js/ldap-injection': 'ldap-injection',
  'python/nosql-injection': 'nosql-injection',
  'js/nosql-injection': 'nosql-injection',
  'python/trust-boundary': 'trust-boundary',
  'js/trust-boundary': 'trust-boundary',
  'python/mass-assignment': 'mass-assignment',
  'python/serializer-all-fields': 'mass-assignment',
  'js/mass-assignment': 'mass-assignment',
  'python/regex-injection': 'regex-injection',
  'js/regex-injection': 'regex-injection',
  'security/redos': 'regex-injection',
  'js/prototype-pollution': 'prototype-pollution',
  'js/timing-unsafe-comparison': 'timing-unsafe-comparison',
  'python/timing-unsafe-comparison': 'timing-unsafe-comparison',
  'python/insecure-temp-file': 'insecure-temp-file',
  'python/tempfile-mktemp': 'insecure-temp-file',
  'js/insecure-temp-file': 'insecure-temp-file',
  'crypto/weak-hash': 'weak-hash',
  'crypto/hardcoded-signing-key': 'hardcoded-secret',
  'crypto/jwt-hardcoded-secret': 'hardcoded-secret',
  'crypto/cleartext-http': 'cleartext-http',
  'python/cleartext-http': 'cleartext-http',
  'js/cleartext-http': 'cleartext-http',
  'python/finally-control-flow': 'finally-control-flow',
  'python/return-in-finally': 'finally-control-flow',
  'js/finally-control-flow': 'finally-control-flow',
  'js/no-unsafe-finally': 'finally-control-flow',
  'python/mutate-while-iterating': 'mutate-while-iterating',
  'python/modified-iterating-list': 'mutate-while-iterating',
  'js/mutate-while-iterating': 'mutate-while-iterating',
  'python/readonly-file-write': 'readonly-file-write',
  'python/write-to-readonly-file': 'readonly-file-write',
  'js/write-to-readonly-file': 'readonly-file-write',
  'python/insecure-file-permissions': 'insecure-permissions',
  'js/insecure-file-permissions': 'insecure-permissions',
  'python/weak-cipher-parameters': 'weak-cipher',
  'js/weak-cipher-parameters': 'weak-cipher',
  'python/weak-key-derivation': 'weak-hash',
  'js/weak-key-derivation': 'weak-hash',
  'python/sensitive-logging': 'sensitive-logging',
  'js/sensitive-logging': 'sensitive-logging',
  'python/error-exposure': 'error-exposure',
  'js/error-exposure': 'error-exposure',
  'python/log-injection': 'log-injection',
  'js/log-injection': 'log-injection',
  'python/log-injection-argument': 'log-injection',
  'js/log-injection-argument': 'log-injection',
  'python/header-injection': 'header-injection',
  'js/header-injection': 'header-injection',
  'python/header-injection-value': 'header-injection',
  'js/header-injection-value': 'header-injection',
  'crypto/csrf-disabled': 'csrf-disabled',
  'crypto/auth-check-removed': 'missing-authorization',
}

/**
 * Finding kinds that also satisfy a label of another kind, where one is a special case of the
 * other: server-side template injection is code execution (CWE-1336 is a child of CWE-94), so a
 * code-injection finding on it is the right kind.
 */
export const ALSO_ACCEPTED: Readonly<Partial<Record<Kind, readonly Kind[]>>> = {
  'template-injection': ['code-injection'],
  // A stack trace in a response is what debug mode serves; batches written before error-exposure existed label it debug-mode.
  'debug-mode': ['error-exposure'],
}

export function satisfies(labelKind: string, findingKind: string): boolean {
  if (labelKind === findingKind) return true
  return isKind(labelKind) && (ALSO_ACCEPTED[labelKind]?.includes(findingKind as Kind) ?? false)
}

export interface KindLookup {
  kind: string
  /** `table`: listed above; `name`: the id's last segment is a kind; `none`: the id itself stands in. */
  via: 'table' | 'name' | 'none'
}

/**
 * A rule not in the table still scores when its id ends in a kind (`python/open-redirect`);
 * otherwise its id is its kind, so it can never hit a label and every finding of it is counted.
 */
export function kindOf(ruleId: string): KindLookup {
  const listed = Object.hasOwn(RULE_KINDS, ruleId) ? RULE_KINDS[ruleId] : undefined
  if (listed) return { kind: listed, via: 'table' }
  const last = ruleId.slice(ruleId.lastIndexOf('/') + 1)
  if (isKind(last)) return { kind: last, via: 'name' }
  return { kind: ruleId, via: 'none' }
}
