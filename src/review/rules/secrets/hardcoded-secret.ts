// Flags `password`/`secret`/`token`/`api_key`-style names assigned a literal that looks real, in any
// syntax (`=`, `:`, `=>`, YAML, JSON, TOML, ini). Known false positives: random-looking sample values
// in docs; placeholders, templates, env reads, UI labels and low-entropy test values are skipped.
import type { LineRule, RuleHit } from '../../types'
import { CONFIG_LANGUAGES, commentStart, isDevOrTestPath } from '../crypto/util'
import { PROVIDER_TOKEN, classifySecretName, envName, envRead, isCommittedEnvFile, isPlaceholder, maskSecret, shannonEntropy, type SecretKind } from './util'

const PREFILTER = /pass|secret|token|key|auth|pwd/i
/** `name = `, `"name": `, `name => `, `name := `, `config['name'] = ` (name captured in group 2). */
const ASSIGN = /(?<![\w$@.-])(["']?)([@$:]?[A-Za-z_][\w.-]{0,80})\1\s*(?:\]\s*)?(:=|=>|=(?![=~>])|:(?![:=]))[ \t]*/g
/** A Python or TypeScript annotation between the name and `=`: `password: str = "…"`. */
const ANNOTATION = /^[A-Za-z_][\w.]*(?:\[[\w., |]*\])?(?:\s*\|\s*[A-Za-z_][\w.]*)*\s*=(?!=)[ \t]*/
const AUTH_HEADER = /authorization["']?\s*[:=,]\s*["'`]?(?:bearer|basic|token)\s+([A-Za-z0-9._~+/=-]{16,})/gi
const STRING_PREFIX = /^(?:[rRbBuU]{1,2}|[fF][rR]?|[rR][fF]|@|\$@?|@\$)(?=["'`])/

const PASSWORD_HASH = /^\$(?:2[abxy]?|argon2\w*|pbkdf2[\w-]*|scrypt|[156])\$/
const PATH_OR_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|[.~]?\/|[A-Za-z]:\\)|\.(?:pem|key|json|p12|pfx|crt|cer|txt|ya?ml|env)$/i
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
const IDENTIFIER_LIKE = /^[A-Za-z]+(?:[._:-][A-Za-z]+)*$/
const TITLE_WORD = /^[A-Z][a-z]+$/
const LOCALE_PATH = /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|translations?|messages)(?:\/|$)/i

/** Reads a string literal (or, in config files, a bare value) starting at `i`. */
function readValue(text: string, i: number, bareAllowed: boolean): string | undefined {
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
  if (after !== '' && !/^(?:#|\\$|&&|;|,|}|\]|[A-Za-z_][\w.]*=)/.test(after)) return undefined
  return m[0]
}

function looksReal(value: string, kind: SecretKind, strict: boolean): boolean {
  if (isPlaceholder(value) || PROVIDER_TOKEN.test(value) || /\s/.test(value) || /[^\x21-\x7e]/.test(value)) return false
  if (PASSWORD_HASH.test(value) || PATH_OR_URL.test(value) || ENV_VAR_NAME.test(value)) return false
  const lower = value.toLowerCase()
  if (IDENTIFIER_LIKE.test(value) && /pass|secret|token|key|auth/.test(lower)) return false
  const length = value.length
  const entropy = shannonEntropy(value)
  if (strict) return length >= 16 && entropy >= 3.5
  if (kind === 'password') return length >= 6 && entropy >= 2.2 && !TITLE_WORD.test(value)
  return length >= 10 && entropy >= 3 && !IDENTIFIER_LIKE.test(value)
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
  check(ctx) {
    const text = ctx.line.text
    if (text.length > 2000 || !PREFILTER.test(text)) return undefined
    const file = ctx.file
    if (isCommittedEnvFile(file.path) || LOCALE_PATH.test(file.path)) return undefined
    const language = file.language
    const bareAllowed = CONFIG_LANGUAGES.has(language)
    const strictFile = file.isTest || language === 'markdown' || language === 'text' || isDevOrTestPath(file.path)
    const comment = commentStart(text, language)
    const hits: RuleHit[] = []
    const report = (name: string, value: string, kind: SecretKind) => {
      const what = kind === 'password' ? 'password' : 'secret'
      hits.push({
        line: ctx.line.newLine,
        message: `\`${name}\` is assigned a hard-coded ${what} (\`${maskSecret(value)}\`); anyone who can read the repository has it.`,
        suggestion: `Rotate the value (it stays in git history) and load it at runtime from ${envRead(language, envName(name) || 'SECRET')} or a secret manager.`,
      })
    }

    for (const m of text.matchAll(ASSIGN)) {
      const name = m[2]!
      const kind = classifySecretName(name, language)
      if (!kind) continue
      let at = m.index + m[0].length
      if (m[3] === ':' && !bareAllowed) {
        const annotation = ANNOTATION.exec(text.slice(at))
        if (annotation) at += annotation[0].length
      }
      const value = readValue(text, at, bareAllowed && m[3] !== '=>')
      if (value === undefined) continue
      if (looksReal(value, kind, strictFile || m.index >= comment)) report(name.replace(/^[@$:]/, ''), value, kind)
    }
    if (hits.length === 0 && /authorization/i.test(text)) {
      for (const m of text.matchAll(AUTH_HEADER)) {
        const token = m[1]!
        if (isPlaceholder(token) || PROVIDER_TOKEN.test(token) || shannonEntropy(token) < 3.5) continue
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
