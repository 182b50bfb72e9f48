// Flags `password`/`secret`/`token`/`api_key`-style names assigned a literal that looks real, in any
// syntax (`=`, `:`, `=>`, YAML, JSON, TOML, ini). Known false positives: random-looking sample values
// in docs; placeholders, templates, env reads, UI labels and low-entropy test values are skipped.
import type { FileUnderReview, Language, LineContext, LineRule, RuleHit } from '../../types'
import { commentOffset, CONFIG_LANGUAGES, identifierWords, inPythonDocstring, isBlockCommentLine, isDevOrTestPath, isTestLikePath } from '../../source'
import { KV_CONNECTION, PROVIDER_TOKEN, classifySecretName, envName, envRead, isCommittedEnvFile, isPlaceholder, maskSecret, shannonEntropy, type SecretKind } from './util'
import { SAAS_API_KEY } from './saas-api-key'
import { inNamedTable, inSampleData } from './sample-data'
import { sharedWithPlainKey } from './shared-value'

/** Secret-like names, found in the casings code writes them (`password`, `apiKey`, `DB_PASSWORD`, `set_token`, `Authorization`). */
const NAME_WORDS = ['pass', 'secret', 'token', 'key', 'pwd', 'auth', 'login', 'basic']
/** Cipher constructors, spelled as their libraries spell them. */
const CIPHER_WORDS = ['Fernet', 'AES', 'ChaCha']
/**
 * Clients built from an id and a key passed by position, naming neither: `algoliasearch(appId, apiKey)`, Sequelize's
 * `new Sequelize(db, user, password)`, an LDAP `bind(dn, password)`, pika's `PlainCredentials(user, password)`.
 */
const CLIENT_WORDS = ['algoliasearch', 'Sequelize', 'bind', 'PlainCredentials']
/** The line gate: a secret-like name, a cipher constructor, a keyed client, or Twilio's `AC…` account SID. */
const PREFILTER = new RegExp([...NAME_WORDS, ...CIPHER_WORDS, ...CLIENT_WORDS, 'AC[0-9a-f]{32}'].join('|'), 'i')
/**
 * The file-level gate, the same words as case-sensitive literals for the per-file needle scan: every
 * way the rule reports needs one of them. About half the lines of an ordinary changeset sit in files
 * with none of them.
 */
const TRIGGER = [
  ...NAME_WORDS.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]),
  ...CIPHER_WORDS,
  ...CLIENT_WORDS,
  'AC',
]
/** Where a secret-like name may be; the whole name around it is then read by hand. */
const KEYWORD = /pass|secret|token|key|pwd/gi
/** After the name: `= `, `: `, `=> `, `:= `, or `] = ` for `config['name'] = `. */
const OPERATOR = /\s*(?:\]\s*)?(:=|=>|=(?![=~>])|:(?![:=]))[ \t]*/y
/** A Python or TypeScript annotation between the name and `=`: `password: str = "…"`. */
const ANNOTATION = /^[A-Za-z_][\w.]*(?:\[[\w., |]*\])?(?:\s*\|\s*[A-Za-z_][\w.]*)*\s*=(?!=)[ \t]*/
/** `Authorization: Bearer …`, and the Rails-style `Token token="…"` (quotes possibly escaped inside the header string). */
const AUTH_HEADER = /authorization["']?\s*[:=,]\s*["'`]?(?:bearer|basic|token)\s+(?:token=\\?["']?)?([A-Za-z0-9._~+/=-]{16,})/gi
const QUERY_PARAM = /[?&]([A-Za-z_][\w.-]*)=([A-Za-z0-9._~+/-]{16,})/g
const STRING_PREFIX = /^(?:[rRbBuU]{1,2}|[fF][rR]?|[rR][fF]|@|\$@?|@\$)(?=["'`])/

/**
 * Stored password hashes: modular crypt (`$2b$…`, `$argon2id$…`), Django's `algorithm$…`
 * (`pbkdf2_sha256$600000$…`) and Werkzeug's `method$salt$hash` (`pbkdf2:sha256:600000$…`, `scrypt:32768:8:1$…`).
 */
const PASSWORD_HASH =
  /^\$(?:2[abxy]?|argon2\w*|pbkdf2[\w-]*|scrypt|[156])\$|^(?:pbkdf2_sha(?:1|256)|argon2|bcrypt(?:_sha256)?|scrypt|(?:unsalted_)?(?:md5|sha1)|crypt)\$|^(?:pbkdf2:sha(?:1|256|512)(?::\d+)?|scrypt:\d+:\d+:\d+)\$/
/** An Ethereum address (`USDC_TOKEN = '0xA0b8…'`): a contract or wallet everyone can look up; a private key is 64 hex digits. */
const CHAIN_ADDRESS = /^0x[0-9a-fA-F]{40}$/
/** Subresource-integrity and CSP hashes (`sha384-oqVu…`): digests of public files. */
const INTEGRITY_HASH = /^sha(?:256|384|512)-[A-Za-z0-9+/]{20,}={0,2}$/
/** A path or URL, or a file name: key files (`.pem`), and the built assets a page loads (`reset-password.5d41402a.chunk.js`). */
const PATH_OR_URL =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|[.~]?\/|[A-Za-z]:\\)|\.(?:pem|key|json|p12|pfx|crt|cer|txt|ya?ml|env|[cm]?js|css|map|html?|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|wasm)$/i
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
/** Words joined by separators, also as a prefix or label (`auth:token:`, `__session`, `app.auth.token`, `@acme/auth:token`). */
const IDENTIFIER_LIKE = /^@?[._:/-]*[A-Za-z]+(?:[._:/-]+[A-Za-z]+)*[._:/-]*$/
/** A version tag closing a storage or message key (`acme.auth.accessToken.v3`, `orders:session:v2:`), bumped when the stored shape changes. */
const VERSION_TAG = /[._:/-]v\d+[._:/-]*$/
/**
 * A path of lower-case segments (`secret/data/orders/prod#stripe_key`, `projects/acme/secrets/db-password/versions/4`):
 * where a secret store keeps the value. Generated keys mix cases, so their slashes never make one.
 */
const STORE_PATH = /^[a-z][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*){2,}(?:#[a-z0-9_.-]+)?$/
/** Algorithm names (`aes-256-gcm`, `HS256`, `sha256`) name how a key is used, not the key. */
const ALGORITHM_NAME = /^(?:aes|des|3des|camellia|x?chacha20|rsa|ecdsa|ed25519|hmac|sha|[hrpe]s)[_-]?\d*(?:[_-](?:gcm|cbc|ctr|cfb|ofb|ecb|siv|poly1305|oaep|pss|sha\d+|\d+))*$/i
/** Keys made to be published: Stripe's `pk_live_…`/`pk_test_…`, Mapbox's `pk.eyJ…` browser tokens, and the client secret of one Stripe PaymentIntent or SetupIntent (`pi_…_secret_…`), handed to the browser to confirm that payment. */
const PUBLISHABLE_VALUE = /^pk(?:_(?:live|test)_|\.eyJ)|^(?:pi|seti)_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/
/** A value that names itself a development key: Django's `startproject` writes `django-insecure-…` for local work. */
const SELF_DECLARED_DEV = /^(?:django-)?insecure-|^(?:dev|local|development)[-_]/i
/** Algolia search-only keys (DocSearch, InstantSearch) sit next to the index they search and are public by design. */
const SEARCH_INDEX = /\bindex_?name\b|\bdocsearch\b/i
/** A comment that says the value is public: `apiKey: '…', // public, search-only`. */
const PUBLIC_COMMENT = /\bpublic\b|\bpublishable\b|\bsearch-only\b/i
const TITLE_WORD = /^[A-Z][a-z]+$/
/**
 * Sample data by path: Storybook's configuration, database seeds (`prisma/seed.ts`, `db/seeds/`,
 * `seed_data.py`), documentation code and CI-only settings (`settings/ci.py`).
 */
const SAMPLE_PATH = /(?:^|\/)\.?storybook\/|(?:^|[/._-])seed(?:s|ers?|ing|[_-]?data)?(?:[/._-]|$)|(?:^|\/)docs?\/|(?:^|\/)ci(?:[/._-]|$)|(?:^|\/)settings[/._-]ci\b/i
/** Test runner configuration (`playwright.config.ts`, `jest.config.js`) holds test logins. */
const TEST_CONFIG_PATH = /(?:^|\/)(?:playwright|cypress|jest|vitest|karma|wdio)\.config\.[cm]?[jt]s$/
/**
 * Test support kept beside the code: factory_boy's `factories.py`, fixtures, mocks (MSW's
 * `mocks/handlers.ts`), stubs and fakes, `test-utils`, runner setup files, and Storybook stories,
 * whose args are props made up to render a component (and which Storybook's test runner runs as
 * tests). Their keys are made up like those of the tests that use them.
 */
const TEST_SUPPORT_PATH =
  /\.stories\.[cm]?[jt]sx?$|\.story\.[jt]sx?$|(?:^|\/)(?:factories|fixtures?|__fixtures__|mocks?|__mocks__|stubs?|fakes?)(?:\/|\.(?:py|[cm]?[jt]sx?)$)|(?:^|\/)test[-_]?(?:utils?|helpers?|support)(?:\/|\.(?:py|[cm]?[jt]sx?)$)|(?:^|\/)(?:setupTests|(?:jest|vitest)\.setup)\.[cm]?[jt]sx?$/i
const LOCALE_PATH = /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|translations?|messages)(?:\/|$)/i

/**
 * An environment or settings read whose fallback literal follows: `os.getenv("X", `,
 * `env.str("X", default=`, `config.get('X', `, `process.env.X ?? `, `os.environ.get("X") or `, and
 * a schema default (`z.string().default(`, `Field(default=`). The fallback ships with the code and
 * is what runs wherever the variable is unset, so a real-looking one is as exposed as a literal.
 */
const ENV_FALLBACK = new RegExp(
  [
    // A read that takes the default as its second argument.
    // NestJS's `config.get<string>('X', '…')` names the type between the method and its arguments.
    /(?:os\.(?:getenv|environ\.get|environ\.setdefault)|getenv|environ\.get|env(?:\.(?:str|get))?|(?:this\.)?config(?:Service)?\.get(?:<\s*\w+\s*>)?|config)\(\s*["'`][\w.-]+["'`]\s*,\s*(?:default\s*=\s*)?/.source,
    // A read with no default, and a fallback after `??`, `||` or `or`.
    /(?:process\.env(?:\.[A-Za-z_]\w*|\[\s*["'`][\w.-]+["'`]\s*\])|import\.meta\.env\.[A-Za-z_]\w*|(?:Deno|Bun)\.env(?:\.get\(\s*["'][\w.-]+["']\s*\)|\.[A-Za-z_]\w*)|os\.(?:getenv|environ\.get)\(\s*["'][\w.-]+["']\s*\))\s*(?:\?\?|\|\||\bor\b)\s*/.source,
    /z\.string\(\)(?:\.(?:min|max|length|trim|nonempty)\([^()]*\))*\.default\(\s*/.source,
    /Field\(\s*(?:default\s*=\s*)?/.source,
    // Wrappers that hold the literal itself: pydantic's `SecretStr("…")`, and the key bytes for
    // `jose`, WebCrypto or `hmac` (`new TextEncoder().encode('…')`, `Buffer.from('…')`).
    /Secret(?:Str|Bytes)\(\s*/.source,
    /(?:new\s+TextEncoder\(\)\.encode|Buffer\.from|CryptoJS\.enc\.Utf8\.parse|utf8ToBytes)\(\s*/.source,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'y',
)

/** The first literal of a cookie signing key list: capture 2 (capture 1 is its quote). */
const SIGNING_KEY_LIST = /(?:\b(?:app|koa|server)\.keys\s*=|\bsecrets\s*:|\bnew\s+Keygrip\(|\bKeygrip\()\s*\[\s*(["'`])([^"'`\n]+)\1/
/** cookie-session's `keys: ['…']`, a name too common to read without the call on the same line. */
const COOKIE_SESSION_KEYS = /\bkeys\s*:\s*\[\s*(["'`])([^"'`\n]+)\1/

/**
 * A login call or basic-auth pair written with literals: the password is capture 1. Django's and
 * Flask's `self.client.login(…)` logs a test user into the test client, and an anonymous FTP login's
 * password is by convention an e-mail address anyone may send.
 */
const LOGIN_CALL = /(?:(?<!self\.client)\.login|\bHTTP(?:Basic|Digest)Auth|\bBasicAuth|\bPlainCredentials|\bauth\s*=\s*)\(\s*["'](?!anonymous["'])[^"'\n]{1,64}["']\s*,\s*["']([^"'\n]{1,128})["']\s*\)/

/**
 * Clients that take the password by position after other literals: Sequelize's `new Sequelize('db', 'user', '…', options)`
 * and an LDAP bind as a distinguished name (`client.bind('cn=svc,dc=example,dc=com', '…', cb)` in ldapjs and ldapts).
 * The password is capture 1.
 */
const POSITIONAL_LOGIN = /\bnew\s+Sequelize\(\s*["'][^"'\n]{1,64}["']\s*,\s*["'][^"'\n]{1,64}["']\s*,\s*["']([^"'\n]{1,128})["']|\.bind\(\s*["'](?:cn|uid|ou|dc|mail)=[^"'\n]*,[^"'\n]*["']\s*,\s*["']([^"'\n]{1,128})["']/i

/** express-basic-auth's `users: { admin: '…' }`: user names mapped to their passwords. */
const BASIC_AUTH_USERS = /\busers\s*:\s*\{([^{}]*)\}/
const USER_PASSWORD_PAIR = /["']?[\w.@-]+["']?\s*:\s*["']([^"'\n]{1,128})["']/g
/** `'Basic ' + Buffer.from('user:password')`, `btoa('user:password')`, `b64encode(b"user:password")`: the password is capture 1. */
const ENCODED_BASIC = /(?:Buffer\.from|\bbtoa|b64encode|encodebytes)\(\s*[bB]?["']([^"':\s]{1,64}):([^"'\s]{1,128})["']/
/** A Twilio client built from an account SID and its auth token (`twilio('AC…', '…')`, `Client("AC…", "…")`): the token is capture 1. */
const ACCOUNT_SID_AND_TOKEN = /\(\s*["']AC[0-9a-f]{32}["']\s*,\s*["']([0-9a-f]{32})["']/

/** `algoliasearch('APPID', '…')`, `algoliasearch.algoliasearch(…)`: the key is capture 1. */
const ALGOLIA_CLIENT_KEY = /\balgoliasearch\(\s*["'`][A-Z0-9]{6,16}["'`]\s*,\s*["'`]([^"'`\n]+)["'`]/
/**
 * Algolia calls that change an index or its keys. A search-only key (the one InstantSearch ships to the browser)
 * is refused by every one of them, so a file that makes them holds a key with write rights: the admin key or one
 * made for indexing.
 */
const ALGOLIA_WRITE =
  /\.(?:saveObjects?|partialUpdateObjects?|deleteObjects?|deleteBy|clearObjects|replaceAllObjects|setSettings|saveRules?|saveSynonyms?|clearRules|clearSynonyms|deleteIndex|copyIndex|moveIndex|operationIndex|addApiKey|updateApiKey|deleteApiKey|batch|multipleBatch)\(/
const WRITES_TO_ALGOLIA = new WeakMap<FileUnderReview, boolean>()

function writesToAlgolia(file: FileUnderReview): boolean {
  let known = WRITES_TO_ALGOLIA.get(file)
  if (known === undefined) {
    known = file.hunks.some((hunk) => hunk.lines.some((l) => l.kind !== 'del' && ALGOLIA_WRITE.test(l.text)))
    WRITES_TO_ALGOLIA.set(file, known)
  }
  return known
}

/**
 * A credential handed to its client's setter as the only argument: SendGrid's `sgMail.setApiKey('…')`,
 * `client.setAccessToken('…')`, `api.set_token("…")`. The setter's name (capture 1) says what the
 * literal (capture 2) is.
 */
const SECRET_SETTER = /\.set_?([A-Za-z]\w*)\(\s*["'`]([^"'`\n]+)["'`]\s*\)/

/** A symmetric key handed straight to its cipher: `Fernet(b"…")`, `AESGCM(b"…")`; the key is capture 1. */
const CIPHER_KEY = /\b(?:Fernet|MultiFernet|AESGCM|AESCCM|AESSIV|ChaCha20Poly1305)\(\s*\[?\s*[bB]?["']([^"'\n]{16,})["']\s*[,)\]]/

/** An environment read by a variable name, followed by a fallback: the name is capture 1 or 2. */
const NAMED_ENV_FALLBACK = /(?:process\.env|import\.meta\.env|Bun\.env)\.([A-Za-z_]\w*)\s*(?:\?\?|\|\|)|os\.(?:getenv|environ\.get)\(\s*["']([\w.-]+)["']\s*\)\s*or\b/g

/**
 * Secrets copied from library documentation (express-session's `'keyboard cat'`, jsonwebtoken's
 * `'shhhhh'`): well known, so in signature-cracking word lists, yet not placeholders anyone fills in.
 */
const DOCUMENTED_SAMPLE_SECRETS = new Set(['keyboard cat', 'shhhhh', 'shhhhhhared-secret'])

/** Words that say a key is meant to be read by anyone: `publicApiKey`, Supabase's `anonKey`, reCAPTCHA's `siteKey`. */
const PUBLIC_WORDS = new Set(['public', 'publishable', 'anon', 'site'])
/**
 * Browser analytics and monitoring SDKs, whose project tokens ship in every page that loads them
 * (`MIXPANEL_TOKEN`, `posthogKey`, Datadog RUM's `clientToken`): they identify a project and can
 * only send events to it. Pusher's app key is the browser half of its key pair (the secret is `PUSHER_SECRET`).
 */
const BROWSER_SDK_WORDS = new Set(['mixpanel', 'amplitude', 'posthog', 'segment', 'heap', 'hotjar', 'fullstory', 'logrocket', 'plausible', 'pendo', 'rum', 'pusher'])
/** Words a public name may still not carry: `VITE_API_SECRET` is a secret put where it leaks. */
const PRIVATE_WORDS = /secret|pass|pwd/i
/** Keys of those SDKs' back offices (`POSTHOG_PERSONAL_API_KEY`, `AMPLITUDE_ADMIN_KEY`) read and change data. */
const BACK_OFFICE_WORDS = new Set(['personal', 'admin', 'management', 'server', 'private', 'export'])

/**
 * A browser SDK's project token: `MIXPANEL_TOKEN`, `amplitudeApiKey`, and the client token or client
 * key a vendor issues for the browser half of its SDK (Datadog RUM's `clientToken`, Adyen's and
 * Unleash's front-end `clientKey`), which only identifies the account.
 */
function browserSdkToken(words: readonly string[]): boolean {
  if (words.some((w) => BACK_OFFICE_WORDS.has(w))) return false
  const last = words.at(-1)
  return words.some((w) => BROWSER_SDK_WORDS.has(w)) || (words.at(-2) === 'client' && (last === 'token' || last === 'key'))
}

/**
 * A name for a value shipped to the browser or published on purpose: the public words above, or a
 * bundler's public environment prefix (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `GATSBY_`, `EXPO_PUBLIC_`).
 */
function isPublicName(name: string): boolean {
  if (PRIVATE_WORDS.test(name)) return false
  const words = identifierWords(name)
  const [first, second] = words
  return (
    words.some((w) => PUBLIC_WORDS.has(w)) ||
    first === 'vite' ||
    first === 'gatsby' ||
    (first === 'react' && second === 'app') ||
    browserSdkToken(words) ||
    // `searchOnlyApiKey`, `ALGOLIA_SEARCH_ONLY_KEY`: a search service's browser key, read-only by design.
    (words.includes('search') && words.includes('only'))
  )
}

/** A key the code says is public: a search-only key beside its index, or a comment calling it public. */
function saidPublic(ctx: LineContext, name: string, comment: number): boolean {
  const text = ctx.line.text
  if (comment < text.length && PUBLIC_COMMENT.test(text.slice(comment))) return true
  if (!/api_?key|search/i.test(name)) return false
  return SEARCH_INDEX.test(text) || [...ctx.before(3), ...ctx.after(3)].some((line) => SEARCH_INDEX.test(line.text))
}

/**
 * The name of an entry in a secret store rather than the secret (`dbSecret = 'db-credentials'`,
 * `webhookSecret: 'stripe-webhook-secrets'`): a Kubernetes secret, a Secrets Manager id or a
 * Vault path ends in a word for the bundle it holds.
 */
const STORE_ENTRY_NAME = /[-_.](?:credentials|creds|secrets|keys|tokens|passwords)$/i

/** Words joined by `-`, `_` or `.`: `super-secret-key`, `my_jwt_secret_2024`. */
const PASSPHRASE = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$/

/**
 * `SECRET_KEY`, `jwtSecret`, `session_secret`: names that only ever hold the key itself, so even a
 * phrase (`'super-secret-key'`) is the key, and a guessable one. Names like `TOKEN_KEY` or `apiKey`
 * also hold storage keys and header names (`'auth_token'`, `'x-api-key'`), which phrases resemble.
 */
function namesSigningSecret(name: string): boolean {
  const words = identifierWords(name)
  const last = words.at(-1)
  return last === 'secret' || last === 'secretkey' || (last === 'key' && words.at(-2) === 'secret')
}

/** A readable prefix naming a token's kind (`acme_pat_`, `live_`, `tok_`): not part of its randomness. */
const KIND_PREFIX = /^(?:[a-z]+_)+/

/**
 * Long, with upper case, lower case and digits, and near-random: how generated production credentials
 * look. The length is that of the random part, after any kind prefix.
 */
function generatedLooking(value: string, entropy: number): boolean {
  const body = value.replace(KIND_PREFIX, '')
  return body.length >= 32 && entropy >= 4 && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value)
}

/**
 * A value that spells its own name (`WEBHOOK_SECRET = "webhook_secret"` in an enum, `apiKey: 'api-key'`):
 * the name of a field or kind, whatever the casing.
 */
function spellsName(value: string, name: string): boolean {
  const words = identifierWords(value)
  return words.length > 0 && words.join('_') === identifierWords(name).join('_')
}

/** Reads a string literal (or, in config files, a bare value) starting at `i`. */
function readValue(text: string, i: number, bareAllowed: boolean, oneWord = false): string | undefined {
  const prefix = STRING_PREFIX.exec(text.slice(i, i + 3))?.[0] ?? ''
  const q = text[i + prefix.length]
  if (q === '"' || q === "'" || q === '`') {
    const start = i + prefix.length + 1
    let k = start
    while (k < text.length && text[k] !== q) k += text[k] === '\\' ? 2 : 1
    if (k >= text.length) return undefined
    const value = text.slice(start, k)
    // Interpolated strings are built from variables; concatenation means the literal is only a part.
    if ((/[fF$]/.test(prefix) || q === '`') && value.includes('{')) return undefined
    if (/^\s*[+%]/.test(text.slice(k + 1))) return undefined
    return value
  }
  if (!bareAllowed) return undefined
  const rest = text.slice(i)
  const m = /^[^\s,;}\]]+/.exec(rest)
  if (!m || /^[$%!&*|>[{(]/.test(m[0])) return undefined
  const after = rest.slice(m[0].length).trim()
  if (!oneWord && after !== '' && !/^(?:#|\\$|&&|;|,|}|\]|[A-Za-z_][\w.]*=)/.test(after)) return undefined
  return m[0]
}

/**
 * The literal fallback of an environment or settings read starting at `at`, if it has one. The
 * fallback of a public variable (`import.meta.env.VITE_SEARCH_KEY ?? '…'`) is public too.
 */
function fallbackValue(text: string, at: number): string | undefined {
  ENV_FALLBACK.lastIndex = at
  const m = ENV_FALLBACK.exec(text)
  if (!m) return undefined
  const value = readValue(text, at + m[0].length, false)
  // The literal must close the read (or the expression): `getenv("X", "a") + suffix` builds a value.
  if (value === undefined || !/^[frbuFRBU]{0,2}["'`][^"'`]*["'`]\s*(?:\)|,|;|$|\}|#|\/\/)/.test(text.slice(at + m[0].length))) return undefined
  const variable = /[A-Z][A-Z0-9]*_[A-Z0-9_]+/.exec(m[0])?.[0]
  return variable !== undefined && isPublicName(variable) ? undefined : value
}

/** Nothing after the operator but an opening parenthesis, a line continuation or a comment. */
const VALUE_ON_NEXT_LINE = /^\s*[(\\]?\s*(?:(?:#|\/\/).*)?$/

/**
 * A value a formatter moved to the next line because it is long (`const KEY =\n  '…'`,
 * `SECRET_KEY = (\n    "…"\n)`): read there, reported on the line that names it.
 */
function continuedValue(ctx: LineContext, rest: string): string | undefined {
  if (!VALUE_ON_NEXT_LINE.test(rest)) return undefined
  const next = ctx.after(1)[0]?.text
  if (next === undefined) return undefined
  const at = next.length - next.trimStart().length
  return readValue(next, at, false) ?? fallbackValue(next, at)
}

/**
 * `code`: any real-looking value counts. `sample` (docs, dev and example paths, stories, comments):
 * only random-looking values. `test`: test code is full of made-up keys, so only a value shaped like
 * a generated production credential (long, mixed case and digits) counts.
 */
type Scrutiny = 'code' | 'sample' | 'test'

interface FileFacts {
  /** `.env` files (secrets/env-file reports them) and translation catalogues. */
  skip: boolean
  /** Config formats where a bare `password: value` is a literal. */
  bareAllowed: boolean
  /** How random a value must look to count: see `Scrutiny`. */
  scrutiny: Scrutiny
}

const FACTS = new WeakMap<FileUnderReview, FileFacts>()

function fileFacts(file: FileUnderReview): FileFacts {
  let facts = FACTS.get(file)
  if (!facts) {
    const language = file.language
    facts = {
      // Markdown is documentation: its sample credentials are examples (provider rules still catch real keys).
      skip: isCommittedEnvFile(file.path) || LOCALE_PATH.test(file.path) || language === 'markdown',
      bareAllowed: CONFIG_LANGUAGES.has(language),
      scrutiny:
        file.isTest || isTestLikePath(file.path) || TEST_CONFIG_PATH.test(file.path) || TEST_SUPPORT_PATH.test(file.path) ? 'test' : language === 'text' || isDevOrTestPath(file.path) || SAMPLE_PATH.test(file.path) ? 'sample' : 'code',
    }
    FACTS.set(file, facts)
  }
  return facts
}

/** Block-comment lines (` * password: …` in JSDoc) and Python docstrings hold usage examples, not configuration. */
function inDocs(ctx: LineContext): boolean {
  const language = ctx.file.language
  return isBlockCommentLine(ctx.line.text, language) || (language === 'python' && inPythonDocstring(ctx))
}

function isNameChar(c: number): boolean {
  // A-Z a-z 0-9 _ $ . -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 45
}

/** Words that mark a value as a stand-in for local work or a demo account: `dev-key-123`, `insecure-local-secret-1`, `demo1234`. */
const DEV_MARKER =
  /(?:^|[^a-z])(?:dev|development|local|demo|insecure|unsafe|default|notsecret|not[_-]secret|do[_-]not[_-]use|dontuse|secret|key|password|pass|pw|pwd|token|change|me|postgres|mysql|redis|mongo|db|admin|root|user)(?=$|[^a-z])/gi

/**
 * A phrase that opens by naming itself a development value and goes on in words (`development-auth-secret-at-least-32-chars`,
 * `local_signing_key_v2`): the stand-in a project writes for local runs, as Django's `django-insecure-` keys are. A generated
 * key after the word (`dev_8f3kQ2…`) is no phrase.
 */
const DEV_PHRASE = /^(?:django-)?(?:insecure|dev|local|development)(?:[-_.](?:[A-Za-z]+|\d{1,3}))+$/i

/** A value that says it is a development stand-in and has almost nothing random left once those words are gone. */
function isDevDefault(value: string): boolean {
  if (!/dev|local|demo|insecure|unsafe|default|not[_-]?secret|do[_-]?not[_-]?use/i.test(value)) return false
  return value.replace(DEV_MARKER, '').replace(/[^A-Za-z0-9]/g, '').length < 8
}

function looksReal(value: string, kind: SecretKind, scrutiny: Scrutiny, name = ''): boolean {
  if (scrutiny === 'code' && kind === 'secret' && DOCUMENTED_SAMPLE_SECRETS.has(value.toLowerCase())) return true
  if (isPlaceholder(value) || PROVIDER_TOKEN.test(value) || SAAS_API_KEY.test(value) || /\s/.test(value) || /[^\x21-\x7e]/.test(value)) return false
  if (PASSWORD_HASH.test(value) || PATH_OR_URL.test(value) || ENV_VAR_NAME.test(value) || isDevDefault(value) || DEV_PHRASE.test(value)) return false
  if (ALGORITHM_NAME.test(value) || PUBLISHABLE_VALUE.test(value) || INTEGRITY_HASH.test(value) || CHAIN_ADDRESS.test(value)) return false
  const lower = value.toLowerCase()
  if (scrutiny === 'code' && PASSPHRASE.test(value) && value.length >= 12 && namesSigningSecret(name) && !STORE_ENTRY_NAME.test(value)) return true
  if (IDENTIFIER_LIKE.test(value.replace(VERSION_TAG, '')) && /pass|secret|token|key|auth/.test(lower)) return false
  if (STORE_PATH.test(value)) return false
  const length = value.length
  const entropy = shannonEntropy(value)
  if (scrutiny === 'test') return generatedLooking(value, entropy)
  if (scrutiny === 'sample') return length >= 16 && entropy >= 3.5 && !SELF_DECLARED_DEV.test(value)
  if (kind === 'password') return length >= 6 && entropy >= 2.2 && !TITLE_WORD.test(value)
  // Letters-only values are names (`"_RSAPrivateKey"` type hints, `"Bearer"`), not generated keys.
  return length >= 10 && entropy >= 3 && !IDENTIFIER_LIKE.test(value) && !/^_*[A-Za-z]+$/.test(value)
}

/** A secret passed by position rather than assigned to a name of its own. */
interface PositionalSecret {
  /** Cheap test that the line can hold one. */
  may: (text: string) => boolean
  /** Candidates on the line, each a value to judge with the message and suggestion it would carry. */
  find: (text: string, language: Language) => Iterable<{ value: string; kind: SecretKind; name?: string; message: string; suggestion: string }>
}

const POSITIONAL: readonly PositionalSecret[] = [
  {
    // `jwt.sign(claims, process.env.JWT_SECRET || '…')`, `const FALLBACK = process.env.SIGNING_SECRET ?? '…'`: the variable read names the secret.
    may: (text) => /\?\?|\|\||\bor\b/.test(text),
    *find(text, language) {
      for (const m of text.matchAll(NAMED_ENV_FALLBACK)) {
        const name = m[1] ?? m[2]!
        const kind = classifySecretName(name, language)
        const value = kind ? fallbackValue(text, m.index) : undefined
        if (!kind || value === undefined) continue
        yield {
          value,
          kind,
          name,
          message: `The fallback for \`${name}\` is a hard-coded ${kind} (\`${maskSecret(value)}\`): it is used wherever the variable is unset, and anyone who can read the repository has it.`,
          suggestion: `Rotate the value and fail at startup when ${envRead(language, name)} is missing instead of falling back to a literal.`,
        }
      }
    },
  },
  {
    // Key lists for signed cookies: Koa's `app.keys = ['…']`, Remix's `secrets: ['…']`, cookie-session's and Keygrip's keys.
    may: (text) => text.includes('['),
    *find(text, language) {
      const m = SIGNING_KEY_LIST.exec(text) ?? (/\bcookieSession\b|\bcookie-session\b/.test(text) ? COOKIE_SESSION_KEYS.exec(text) : null)
      const value = m?.[2]
      if (value === undefined) return
      yield {
        value,
        kind: 'secret',
        message: `The cookie signing keys hold a hard-coded secret (\`${maskSecret(value)}\`); anyone who can read the repository can forge signed cookies and sessions.`,
        suggestion: `Rotate it and read the keys at runtime, e.g. from ${envRead(language, 'COOKIE_SECRETS')} split on commas.`,
      }
    },
  },
  {
    may: (text) => text.includes('.set'),
    *find(text, language) {
      const m = SECRET_SETTER.exec(text)
      const kind = m ? classifySecretName(m[1]!, language) : undefined
      if (!m || !kind || isPublicName(m[1]!)) return
      const value = m[2]!
      yield {
        value,
        kind,
        name: m[1]!,
        message: `\`set${m[1]}\` is given a hard-coded ${kind} (\`${maskSecret(value)}\`); anyone who can read the repository has it.`,
        suggestion: `Rotate the value (it stays in git history) and pass it from ${envRead(language, envName(m[1]!))} or a secret manager.`,
      }
    },
  },
  {
    may: (text) => text.includes('(') && /Fernet|AES|ChaCha/.test(text),
    *find(text, language) {
      const value = CIPHER_KEY.exec(text)?.[1]
      if (value === undefined) return
      yield {
        value,
        kind: 'secret',
        message: `The cipher's key is written into the code (\`${maskSecret(value)}\`); anyone who can read the repository can decrypt what it protects.`,
        suggestion: `Rotate the key, re-encrypt the data, and read the key at runtime from ${envRead(language, 'ENCRYPTION_KEY')} or a key manager.`,
      }
    },
  },
  {
    may: (text) => text.includes('users') && /basicAuth|basic[-_]auth/i.test(text),
    *find(text, language) {
      const users = BASIC_AUTH_USERS.exec(text)?.[1]
      if (users === undefined) return
      for (const m of users.matchAll(USER_PASSWORD_PAIR)) {
        yield {
          value: m[1]!,
          kind: 'password' as const,
          message: `The basic-auth user list holds a hard-coded password (\`${maskSecret(m[1]!)}\`); anyone who can read the repository can log in.`,
          suggestion: `Rotate it and read the users' passwords at runtime, e.g. from ${envRead(language, 'BASIC_AUTH_PASSWORD')}.`,
        }
      }
    },
  },
  {
    // An HTTP Basic header assembled from a literal `user:password`.
    may: (text) => text.includes('Basic') && text.includes(':'),
    *find(text, language) {
      const value = ENCODED_BASIC.exec(text)?.[2]
      if (value === undefined) return
      yield {
        value,
        kind: 'password',
        message: `A Basic \`Authorization\` header is built from a hard-coded user and password (\`${maskSecret(value)}\`); anyone who can read the repository can replay it.`,
        suggestion: `Rotate the password and build the header at runtime from ${envRead(language, 'SERVICE_PASSWORD')}.`,
      }
    },
  },
  {
    may: (text) => text.includes('AC'),
    *find(text, language) {
      const value = ACCOUNT_SID_AND_TOKEN.exec(text)?.[1]
      if (value === undefined) return
      yield {
        value,
        kind: 'secret',
        message: `The Twilio client is built with a hard-coded auth token (\`${maskSecret(value)}\`); anyone who can read the repository can send messages and read logs on the account.`,
        suggestion: `Rotate the auth token and read it at runtime from ${envRead(language, 'TWILIO_AUTH_TOKEN')}.`,
      }
    },
  },
  {
    may: (text) => text.includes('Sequelize') || text.includes('.bind('),
    *find(text, language) {
      const m = POSITIONAL_LOGIN.exec(text)
      const value = m?.[1] ?? m?.[2]
      if (value === undefined) return
      yield {
        value,
        kind: 'password',
        message: `A hard-coded password (\`${maskSecret(value)}\`) is passed after the ${m![1] !== undefined ? 'database and user name' : 'bind DN'}; anyone who can read the repository can log in.`,
        suggestion: `Rotate it and read it at runtime from ${envRead(language, m![1] !== undefined ? 'DB_PASSWORD' : 'LDAP_BIND_PASSWORD')} or a secret manager.`,
      }
    },
  },
  {
    // `smtp.login("alerts@example.com", "…")`, `HTTPBasicAuth("svc", "…")`, `auth=("svc", "…")`: a user and a password, by position.
    may: (text) => text.includes('('),
    *find(text, language) {
      const m = LOGIN_CALL.exec(text)
      const value = m?.[1]
      if (value === undefined) return
      yield {
        value,
        kind: 'password',
        message: `A hard-coded password (\`${maskSecret(value)}\`) is passed with the user name; anyone who can read the repository can log in.`,
        suggestion: `Rotate it and read it at runtime from ${envRead(language, 'SERVICE_PASSWORD')} or a secret manager.`,
      }
    },
  },
]

/** The first real-looking secret the line passes by position, with what to say about it. */
// `password == "…"`, `"…" === token`: the name compared (its last part) and the literal on the other side.
const COMPARED = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*[!=]==?\s*(?=[rRbBuU]?["'`])|(?<=["'`])\s*[!=]==?\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)/g

// What a branch does when it refuses the value: raise, throw, return an error or false.
const REFUSAL = /\b(?:raise|throw)\b|\breturn\s+(?:False|false|None|null|undefined|-1)\b|\breturn\b.*\b(?:errors?|invalid|reject\w*|denied|status\(\s*4\d\d|abort)\b|\babort\(\s*4\d\d/i

/** `if password == "letmein123": raise WeakPassword()`: a literal a check turns away is a denylist entry, not a credential. */
function rejects(ctx: LineContext): boolean {
  const text = ctx.line.text
  const rest = text.slice(Math.max(text.lastIndexOf(':'), text.lastIndexOf(')')) + 1)
  const next = ctx.after(1)[0]?.text ?? ''
  return REFUSAL.test(rest) || REFUSAL.test(next)
}

/** A password or token checked against a literal written in the code (`if password == "S3cr3t!"`): the literal is the credential. */
function comparedSecret(ctx: LineContext, language: Language, scrutiny: Scrutiny): { message: string; suggestion: string } | undefined {
  const text = ctx.line.text
  for (const m of text.matchAll(COMPARED)) {
    // An equality check whose branch refuses the value is a denylist; `!==` then refusing is the credential check itself.
    if (!m[0].includes('!') && rejects(ctx)) continue
    const name = (m[1] ?? m[2]!).replace(/^.*\./, '')
    // `typeof password !== 'string'` compares the value's type.
    if (m[1] !== undefined && /\btypeof\s+$/.test(text.slice(0, m.index))) continue
    const kind = classifySecretName(name, language)
    if (kind !== 'password' && kind !== 'secret') continue
    let value: string | undefined
    if (m[1] !== undefined) value = readValue(text, m.index + m[0].length, false)
    else {
      // The literal ends where the match starts: walk back to its opening quote.
      const close = m.index - 1
      const q = text[close]!
      const open = text.lastIndexOf(q, close - 1)
      value = open >= 0 ? text.slice(open + 1, close) : undefined
    }
    if (value === undefined || !looksReal(value, kind, scrutiny, name)) continue
    return {
      message: `\`${name}\` is checked against a hard-coded ${kind} (\`${maskSecret(value)}\`): anyone who can read the repository can pass the check.`,
      suggestion: `Rotate it and compare against a value loaded at runtime (${envRead(language, envName(name) || 'SECRET')} or a secret manager), hashed with a password hash and compared in constant time.`,
    }
  }
  return undefined
}

function positionalSecret(text: string, language: Language, scrutiny: Scrutiny): { message: string; suggestion: string } | undefined {
  for (const source of POSITIONAL) {
    if (!source.may(text)) continue
    for (const use of source.find(text, language)) if (looksReal(use.value, use.kind, scrutiny, use.name)) return { message: use.message, suggestion: use.suggestion }
  }
  return undefined
}

export const hardcodedSecret: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/hardcoded-secret',
    title: 'Hard-coded password or secret',
    severity: 'major',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'Passwords, API keys and signing secrets written into source or config are readable by everyone with the repository and stay in its history. Values are checked for entropy; placeholders (`changeme`, `<...>`, `${VAR}`), environment reads and low-entropy values in test files are ignored.',
    examples: {
      bad: 'DB_PASSWORD = "Tr0ub4dor&3x"\napi_key = "9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c"\n',
      good: 'DB_PASSWORD = os.environ["DB_PASSWORD"]\napi_key = os.getenv("API_KEY", "")\npassword = "changeme"\ntoken = "<your-token>"\n',
    },
  },
  trigger: TRIGGER,
  check(ctx) {
    const text = ctx.line.text
    if (text.length > 2000 || !PREFILTER.test(text)) return undefined
    const file = ctx.file
    const facts = fileFacts(file)
    if (facts.skip) return undefined
    const language = file.language
    const hits: RuleHit[] = []
    let comment = -1

    KEYWORD.lastIndex = 0
    for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
      // Widen the keyword to the whole name: `db_password`, `this.apiKey`, `x-api-key`, `$token`.
      let start = m.index
      while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--
      let end = m.index + m[0].length
      while (end < text.length && isNameChar(text.charCodeAt(end))) end++
      KEYWORD.lastIndex = end
      // A quoted key (`"password": …`, `['api_key'] = …`) closes with the quote it opened with.
      const open = text[start - 1]
      // `cond ? 'errors.wrong_password' : 'errors.generic'`: a ternary's branch, not a key.
      if ((open === '"' || open === "'") && text.slice(0, start - 1).trimEnd().endsWith('?')) continue
      OPERATOR.lastIndex = (open === '"' || open === "'") && text[end] === open ? end + 1 : end
      const op = OPERATOR.exec(text)
      if (!op) continue
      const raw = text.slice(start, end)
      const name = raw.replace(/^[$@.-]+/, '')
      const kind = classifySecretName(name, language)
      if (!kind || (kind === 'secret' && isPublicName(name))) continue
      // `Server=…;Password=…` is a connection string: secrets/connection-string-password reports it.
      // A quoted value (`connect(user="app", password="…")`) is a keyword argument, not part of one.
      if (kind === 'password' && KV_CONNECTION.test(text) && !/^[rRbBuU]?["']/.test(text.slice(OPERATOR.lastIndex))) continue
      let at = OPERATOR.lastIndex
      if (op[1] === ':' && !facts.bareAllowed) {
        const annotation = ANNOTATION.exec(text.slice(at))
        if (annotation) at += annotation[0].length
      }
      // `--password=…` on a command line: the value is one shell word, other arguments may follow.
      const flag = raw.startsWith('-') && facts.bareAllowed
      const value = readValue(text, at, facts.bareAllowed && op[1] !== '=>', flag) ?? fallbackValue(text, at) ?? (facts.bareAllowed ? undefined : continuedValue(ctx, text.slice(at)))
      if (value === undefined || spellsName(value, name)) continue
      if (comment === -1) comment = commentOffset(text, language)
      const scrutiny = facts.scrutiny === 'code' && start >= comment ? 'sample' : facts.scrutiny
      if (!looksReal(value, kind, scrutiny, name)) continue
      if (scrutiny !== 'test' && !looksReal(value, kind, 'test', name) && (inSampleData(ctx, name, start) || inNamedTable(ctx, start))) continue
      if (sharedWithPlainKey(ctx, value, language)) continue
      if (inDocs(ctx)) break
      if (kind === 'secret' && !PRIVATE_WORDS.test(name) && saidPublic(ctx, name, comment)) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`${name}\` is assigned a hard-coded ${kind} (\`${maskSecret(value)}\`); anyone who can read the repository has it.`,
        suggestion: `Rotate the value (it stays in git history) and load it at runtime from ${envRead(language, envName(name) || 'SECRET')} or a secret manager.`,
      })
    }
    if (hits.length === 0) {
      const use = positionalSecret(text, language, facts.scrutiny)
      if (use && !inDocs(ctx)) hits.push({ line: ctx.line.newLine, ...use })
    }
    if (hits.length === 0 && text.includes('algoliasearch(')) {
      const key = ALGOLIA_CLIENT_KEY.exec(text)?.[1]
      if (key !== undefined && looksReal(key, 'secret', facts.scrutiny) && writesToAlgolia(file) && !inDocs(ctx)) {
        hits.push({
          line: ctx.line.newLine,
          message: `The Algolia client is built with a hard-coded key (\`${maskSecret(key)}\`) that this file uses to write to the index, so it is not a search-only key: anyone who can read the repository can change or delete the indices.`,
          suggestion: `Rotate the key in the Algolia dashboard and read it from ${envRead(language, 'ALGOLIA_ADMIN_KEY')}; ship only a search-only key to the browser.`,
        })
      }
    }
    if (hits.length === 0 && text.includes('==') && !CONFIG_LANGUAGES.has(language)) {
      const compared = comparedSecret(ctx, language, facts.scrutiny)
      if (compared && !inDocs(ctx)) hits.push({ line: ctx.line.newLine, ...compared })
    }
    if (hits.length === 0 && text.includes('=') && (text.includes('?') || text.includes('&'))) {
      for (const m of text.matchAll(QUERY_PARAM)) {
        const [name, value] = [m[1]!, m[2]!]
        if (!classifySecretName(name, language) || !looksReal(value, 'secret', facts.scrutiny === 'test' ? 'test' : 'sample') || inDocs(ctx)) continue
        hits.push({
          line: ctx.line.newLine,
          message: `URL query parameter \`${name}\` carries a hard-coded credential (\`${maskSecret(value)}\`); it ends up in logs and browser history too.`,
          suggestion: `Rotate it, read it from ${envRead(language, envName(name))}, and send it in a header (e.g. \`Authorization\`) rather than the URL.`,
        })
      }
    }
    if (hits.length === 0 && /authorization/i.test(text)) {
      for (const m of text.matchAll(AUTH_HEADER)) {
        const token = m[1]!
        if (isPlaceholder(token) || PROVIDER_TOKEN.test(token) || SAAS_API_KEY.test(token) || shannonEntropy(token) < 3.5 || inDocs(ctx)) continue
        if (facts.scrutiny === 'test' && !generatedLooking(token, shannonEntropy(token))) continue
        hits.push({
          line: ctx.line.newLine,
          message: `Hard-coded \`Authorization\` header credential (\`${maskSecret(token)}\`); anyone who can read the repository can replay it.`,
          suggestion: `Revoke the credential and build the header at runtime from ${envRead(language, 'API_TOKEN')}.`,
        })
      }
    }
    return hits
  },
}
